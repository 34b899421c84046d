// Start-up cost of the CLI as a ratio to a bare `node -e 0`, measured in the same run, in
// wall time and in CPU time (user + system; a busy machine disturbs it far less).
// Targets (issue 16): --version ≤ 1.2×, round list ≤ 1.6×.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, median, wallMs } from './lib/timing.js';

const bin = fileURLToPath(new URL('../bin/tandem.js', import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), 'tandem-bench-')), 'small.db');
const env = { ...process.env, TANDEM_DB: db, NO_COLOR: '1' };
const node = (args) => wallMs(process.execPath, args, env);
node([bin, 'round', 'create', '2026', '--start', '2026-01-15', '-q']);
for (let i = 0; i < 20; i++) node([bin, 'participant', 'add', '--round', '2026', '--name', `P${i}`, '--email', `p${i}@example.com`, '--role', i % 2 ? 'mentee' : 'mentor', '-q']);

const cases = { 'node -e 0': ['-e', '0'], 'tandem --version': [bin, '--version'], 'tandem round list': [bin, 'round', 'list'] };
const TARGETS = [['tandem --version', 1.2], ['tandem round list', 1.6]];
const wall = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const cpu = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const runs = Number(process.env.BENCH_RUNS ?? 25);
for (let i = 0; i < 3; i++) for (const args of Object.values(cases)) node(args); // warm the file cache
// Interleaved, so a busy machine slows every case alike.
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    wall[name].push(node(args));
    cpu[name].push(cpuMs(process.execPath, args, env));
  }
}
// The median is the figure; the fastest runs are printed too, since on a shared machine
// they show the cost of the work itself with the least interference.
const base = median(wall['node -e 0']);
const fastest = Math.min(...wall['node -e 0']);
const cpuBase = median(cpu['node -e 0']);
console.log(`startup (median of ${runs} runs, ratio to node -e 0 = ${base.toFixed(1)} ms wall, ${cpuBase.toFixed(0)} ms CPU; fastest ${fastest.toFixed(1)} ms)`);
for (const [name, target] of TARGETS) {
  const m = median(wall[name]);
  const ratio = m / base;
  const cpuRatio = median(cpu[name]) / cpuBase;
  const best = Math.min(...wall[name]) / fastest;
  const ok = (r) => (r <= target ? 'ok' : 'OVER');
  console.log(
    `  ${name.padEnd(18)} ${m.toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)} ${ok(ratio)}  CPU ${median(cpu[name]).toFixed(0).padStart(4)} ms  ratio ${cpuRatio.toFixed(2)} ${ok(cpuRatio)}  (target ≤ ${target})  fastest-run ratio ${best.toFixed(2)}`,
  );
}
