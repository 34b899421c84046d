// `pair match --dry-run --json` end to end on a round of 2000 mentors and 2000 mentees
// (issue 3: under 1.5 s), as a ratio to `node -e 0` measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tandem.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-match-'));
const db = join(dir, 'match.db');
const env = { ...process.env, TANDEM_DB: db, TANDEM_TODAY: '2026-03-01', NO_COLOR: '1' };
const TOPICS = ['instagram', 'tiktok', 'snapchat', 'twitter', 'linkedin', 'facebook', 'youtube', 'hashtags', 'homepage', 'online applications', 'podcasts', 'ai tools'];
const LOCATIONS = ['Hamburg', 'München', 'Köln', 'Stuttgart', 'Berlin'];
const DEPARTMENTS = ['IT', 'Sales', 'HR', 'Finance', 'Production', 'Marketing', 'Logistics'];
let seed = 42;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const pick = (list, k) => [...new Set(Array.from({ length: k }, () => list[rand(list.length)]))];

const rows = ['name,email,role,department,location,topics'];
for (let i = 0; i < 4000; i++) {
  const role = i < 2000 ? 'mentor' : 'mentee';
  rows.push(`P${i},p${i}@example.com,${role},${DEPARTMENTS[rand(7)]},${LOCATIONS[rand(5)]},${pick(TOPICS, 3).join(';')}`);
}
writeFileSync(join(dir, 'p.csv'), `${rows.join('\n')}\n`);
const tandem = (...args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, out: r.stdout };
};
tandem('round', 'create', 'R', '--start', '2026-01-15', '-q');
tandem('participant', 'import', join(dir, 'p.csv'), '--round', 'R', '-q');
const runs = [];
let pairs = 0;
for (let i = 0; i < 5; i++) {
  const r = tandem('pair', 'match', '--round', 'R', '--dry-run', '--json', '-q');
  runs.push(r.ms);
  pairs = JSON.parse(r.out).pairs.length;
}
const base = [];
for (let i = 0; i < 5; i++) {
  const s = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  base.push(Number(process.hrtime.bigint() - s) / 1e6);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = median(runs);
console.log(`pair match --dry-run --json, 2000 x 2000: ${(m / 1000).toFixed(2)} s end to end (${pairs} pairs; target < 1.5 s) ${m < 1500 ? 'ok' : 'OVER'}; node -e 0 = ${median(base).toFixed(0)} ms`);
