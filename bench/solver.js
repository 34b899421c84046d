// Benchmark of the matching solver against scipy.optimize.linear_sum_assignment.
//   npx tsc -p tsconfig.json && node bench/solver.js [--quick] [--json]
// Prints one line per case: `solver n=2000 topic: 0.21 s, scipy 0.18 s, ratio 1.17; cpu 0.13 s,
// scipy 0.11 s, cpu ratio 1.18` — the CPU-time ratio is the meaningful one on a loaded machine.
// Both sides get the same float64 matrix; both time only the solve (median of a few runs
// after a warm-up); on the all-eligible instances our optimum must equal scipy's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_WEIGHTS, solveAssignment } from '../dist/core/matching/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** xorshift32: a seeded generator, so every run benchmarks the same instances. */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** People with 3 of 12 topics, one of 5 locations, one of 8 departments (as bit masks). */
function people(n, next) {
  return Array.from({ length: n }, () => {
    let topics = 0;
    while (popcount(topics) < 3) topics |= 1 << Math.floor(next() * 12);
    return { topics, location: Math.floor(next() * 5), department: Math.floor(next() * 8) };
  });
}

function popcount(x) {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/** scorePair's rule with the default weights: topic 10 each, same location 5, other department 3. */
export function topicMatrix(rows, cols, seed) {
  const next = rng(seed);
  const a = people(rows, next);
  const b = people(cols, next);
  const w = new Float64Array(rows * cols);
  const { topic, location, department } = DEFAULT_WEIGHTS;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      w[i * cols + j] =
        popcount(a[i].topics & b[j].topics) * topic +
        (a[i].location === b[j].location ? location : 0) +
        (a[i].department !== b[j].department ? department : 0);
    }
  }
  return w;
}

function wideMatrix(rows, cols, seed) {
  const next = rng(seed);
  const w = new Float64Array(rows * cols);
  for (let k = 0; k < w.length; k++) w[k] = Math.floor(next() * 1_000_001);
  return w;
}

/** Each column repeated `times` times, for scipy's view of a capacity-`times` mentee. */
export function expandColumns(w, rows, cols, times) {
  const out = new Float64Array(rows * cols * times);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      for (let k = 0; k < times; k++) out[i * cols * times + j * times + k] = w[i * cols + j];
    }
  }
  return out;
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)];
}

function scipy(dir, matrix, rows, cols, runs) {
  const file = join(dir, 'matrix.f64');
  writeFileSync(file, Buffer.from(matrix.buffer, matrix.byteOffset, matrix.byteLength));
  const res = spawnSync('python3', [join(here, 'scipy_lsa.py'), file, String(rows), String(cols), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  rmSync(file, { force: true });
  if (res.status !== 0) throw new Error(`scipy_lsa.py failed: ${res.stderr || res.error}`);
  return JSON.parse(res.stdout.trim().split('\n').pop());
}

/** Times solveAssignment: `runs` runs after `warmup` untimed ones (V8 compiles the hot loops). */
function ours(problem, runs, warmup = 2) {
  let result;
  for (let r = 0; r < warmup; r++) result = solveAssignment(problem);
  const seconds = [];
  const cpu = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    result = solveAssignment(problem);
    const c1 = process.cpuUsage(c0);
    seconds.push((performance.now() - t) / 1000);
    cpu.push((c1.user + c1.system) / 1e6);
  }
  return { seconds: median(seconds), runs: seconds, cpu, result };
}

/**
 * One case, {label, rows, cols, capacity, weights, runs}: our solver against scipy on the
 * same matrix (columns expanded to `capacity` slots for scipy), `dir` for the matrix file.
 * Every pair is eligible, so our optimum must equal scipy's (`optimumMatches`).
 */
export function compare(c, dir) {
  const problem = {
    rows: c.rows,
    cols: c.cols,
    weights: c.weights,
    colCapacity: c.capacity === 1 ? undefined : new Array(c.cols).fill(c.capacity),
  };
  // ours is timed before and after scipy, so a change in the machine's load hits both
  const cold = performance.now();
  solveAssignment(problem);
  const first = (performance.now() - cold) / 1000;
  const before = ours(problem, Math.ceil(c.runs / 2));
  const matrix = c.capacity === 1 ? c.weights : expandColumns(c.weights, c.rows, c.cols, c.capacity);
  const theirs = scipy(dir, matrix, c.rows, c.cols * c.capacity, c.runs);
  const after = ours(problem, Math.ceil(c.runs / 2), 0);
  const mine = { runs: [...before.runs, ...after.runs], result: after.result };
  mine.seconds = median(mine.runs);
  mine.cpu = median([...before.cpu, ...after.cpu]);
  return {
    case: c.label,
    ours: mine.seconds,
    scipy: theirs.seconds,
    ratio: mine.seconds / theirs.seconds,
    oursCpu: mine.cpu,
    scipyCpu: theirs.cpu,
    cpuRatio: mine.cpu / theirs.cpu,
    total: mine.result.total,
    scipyTotal: theirs.total,
    optimumMatches: mine.result.total === theirs.total,
    method: mine.result.method,
    oursFirstRun: first,
    oursRuns: mine.runs,
    scipyRuns: theirs.runs,
  };
}

/** `0.21 s, scipy 0.18 s, ratio 1.17; cpu …, cpu ratio 1.18` (and a mismatch note when the optima differ). */
export function describe(r) {
  return (
    `${r.ours.toFixed(2)} s, scipy ${r.scipy.toFixed(2)} s, ratio ${r.ratio.toFixed(2)}; ` +
    `cpu ${r.oursCpu.toFixed(2)} s, scipy ${r.scipyCpu.toFixed(2)} s, cpu ratio ${r.cpuRatio.toFixed(2)}` +
    (r.optimumMatches ? ', same optimum' : `  OPTIMUM MISMATCH ours ${r.total} scipy ${r.scipyTotal}`)
  );
}

/** Runs every case; returns one record per case and prints its line. */
export function run({ quick = false, json = false } = {}) {
  const sizes = quick ? [500, 1000] : [500, 1000, 2000];
  const cases = [];
  for (const n of sizes) {
    for (const kind of ['topic', 'wide']) {
      const seed = n * 31 + (kind === 'wide' ? 7 : 3);
      const weights = kind === 'topic' ? topicMatrix(n, n, seed) : wideMatrix(n, n, seed);
      cases.push({ label: `n=${n} ${kind}`, rows: n, cols: n, capacity: 1, weights, runs: 5 });
    }
  }
  const teams = quick ? [] : ['topic', 'wide'];
  for (const kind of teams) {
    const seed = 3000 * 31 + (kind === 'wide' ? 7 : 3);
    const weights = kind === 'topic' ? topicMatrix(3000, 1500, seed) : wideMatrix(3000, 1500, seed);
    cases.push({ label: `teams 3000x1500 ${kind}`, rows: 3000, cols: 1500, capacity: 2, weights, runs: 3 });
  }

  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const out = [];
  try {
    for (const c of cases) {
      const record = compare(c, dir);
      out.push(record);
      if (!json) console.log(`solver ${c.label}: ${describe(record)}`);
      if (!record.optimumMatches) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify(out, null, 2));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run({ quick: process.argv.includes('--quick'), json: process.argv.includes('--json') });
}
