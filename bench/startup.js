// Start-up cost of the CLI as a ratio to a bare `node -e 0`, measured in the same run.
// Targets (issue 2): --version ≤ 1.3×, round list ≤ 1.6×.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tandem.js', import.meta.url));
const db = join(mkdtempSync(join(tmpdir(), 'tandem-bench-')), 'small.db');
const env = { ...process.env, TANDEM_DB: db, NO_COLOR: '1' };
const run = (args) => {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
run([bin, 'round', 'create', '2026', '--start', '2026-01-15', '-q']);
for (let i = 0; i < 20; i++) run([bin, 'participant', 'add', '--round', '2026', '--name', `P${i}`, '--email', `p${i}@example.com`, '--role', i % 2 ? 'mentee' : 'mentor', '-q']);

const cases = { 'node -e 0': ['-e', '0'], 'tandem --version': [bin, '--version'], 'tandem round list': [bin, 'round', 'list'] };
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const runs = Number(process.env.BENCH_RUNS ?? 25);
for (let i = 0; i < 3; i++) for (const args of Object.values(cases)) run(args); // warm the file cache
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(cases)) times[name].push(run(args));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// The median is the figure; the fastest runs are printed too, since on a shared machine
// they show the cost of the work itself with the least interference.
const base = median(times['node -e 0']);
const fastest = Math.min(...times['node -e 0']);
console.log(`startup (median of ${runs} runs, ratio to node -e 0 = ${base.toFixed(1)} ms; fastest ${fastest.toFixed(1)} ms)`);
for (const [name, target] of [['tandem --version', 1.3], ['tandem round list', 1.6]]) {
  const m = median(times[name]);
  const ratio = m / base;
  const best = Math.min(...times[name]) / fastest;
  console.log(`  ${name.padEnd(18)} ${m.toFixed(1).padStart(6)} ms  ratio ${ratio.toFixed(2)}  (target ≤ ${target}) ${ratio <= target ? 'ok' : 'OVER'}  fastest-run ratio ${best.toFixed(2)}`);
}
