import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certify, lapjv, solveAssignment } from '../../../../src/core/matching/index.js';
import { lapSparse, SPARSE_MIN_N, type SparseStats } from '../../../../src/core/matching/lapsparse.js';

/** The cost of an assignment. */
function costOf(n: number, c: ArrayLike<number>, rowsol: Int32Array): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += c[i * n + rowsol[i]!]!;
  return total;
}

/** A seeded linear congruential generator (values in [0, 1)), so instances repeat from run to run. */
function rng(seed: number): () => number {
  let s = Math.abs(seed) % 2147483648;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('lapSparse: a sparse start priced out against every cell', () => {
  it('returns only certified optima, the dense optimum, whatever few cells it keeps per row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 24 }),
        fc.constantFrom(3, 40, 100_000),
        fc.constantFrom(1, 2, 4, 32),
        fc.integer(),
        (n, maxCost, keep, seed) => {
          const next = rng(seed);
          const c = Int32Array.from({ length: n * n }, () => Math.floor(next() * (maxCost + 1)));
          const stats: SparseStats = { rounds: 0, cells: 0 };
          const sparse = lapSparse(n, c, { stride: n, shift: 0 }, maxCost, keep, stats);
          const dense = lapjv(n, c, maxCost);
          // a few cells per row are enough to get there within the rounds (1 or 2 may not be)
          if (keep >= 4) expect(sparse).not.toBeNull();
          if (sparse === null) return;
          expect(certify(n, c, sparse)).toBe(true);
          expect(costOf(n, c, sparse.rowsol)).toBe(costOf(n, c, dense.rowsol));
          expect(stats.rounds).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 400, seed: 160 },
    );
  });

  it('adds the cells an optimum needs in further rounds when the first subgraph lacks them', () => {
    const n = 60;
    const next = rng(1);
    const c = Uint16Array.from({ length: n * n }, () => Math.floor(next() * 1001));
    const stats: SparseStats = { rounds: 0, cells: 0 };
    const sparse = lapSparse(n, c, { stride: n, shift: 0 }, 1000, 8, stats);
    expect(sparse).not.toBeNull();
    expect(stats.rounds).toBeGreaterThan(1);
    expect(certify(n, c, sparse!)).toBe(true);
    expect(costOf(n, c, sparse!.rowsol)).toBe(costOf(n, c, lapjv(n, c, 1000).rowsol));
  });

  it('reads a pair of equal slots from one stored column, taking the steps it takes on the expanded matrix', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer(), (m, seed) => {
        // n = 2m: m stored columns, each read as two equal columns
        const n = 2 * m;
        const next = rng(seed);
        const stored = Uint8Array.from({ length: n * m }, () => Math.floor(next() * 39));
        const expanded = Uint8Array.from({ length: n * n }, (_, k) => stored[Math.floor(k / n) * m + ((k % n) >> 1)]!);
        const shape = { stride: m, shift: 1 };
        const grouped = lapSparse(n, stored, shape, 38, 4);
        const plain = lapSparse(n, expanded, { stride: n, shift: 0 }, 38, 4);
        expect(grouped).not.toBeNull();
        expect([...grouped!.rowsol]).toEqual([...plain!.rowsol]);
        expect([...grouped!.v]).toEqual([...plain!.v]);
        expect(certify(n, stored, grouped!, shape)).toBe(true);
      }),
      { numRuns: 200, seed: 161 },
    );
  });

  it('gives up (null) on costs beyond its range and on a single row', () => {
    expect(lapSparse(3, Float64Array.of(0, 1, 2, 3, 4, 5, 6, 7, 2 ** 40), { stride: 3, shift: 0 }, 2 ** 40)).toBeNull();
    expect(lapSparse(1, Uint8Array.of(4), { stride: 1, shift: 0 }, 4)).toBeNull();
  });

  it('is deterministic and reads the matrix row by row at any stride', () => {
    const n = 30;
    const stride = 33;
    const next = rng(11);
    const wide = Uint8Array.from({ length: n * stride }, () => Math.floor(next() * 39));
    const plain = Uint8Array.from({ length: n * n }, (_, k) => wide[Math.floor(k / n) * stride + (k % n)]!);
    const a = lapSparse(n, wide, { stride, shift: 0 }, 38)!;
    const b = lapSparse(n, plain, { stride: n, shift: 0 }, 38)!;
    expect([...a.rowsol]).toEqual([...b.rowsol]);
    expect([...a.v]).toEqual([...b.v]);
    expect([...lapSparse(n, wide, { stride, shift: 0 }, 38)!.rowsol]).toEqual([...a.rowsol]);
  });
});

describe('solveAssignment on large plain matrices (the sparse start)', () => {
  /** scorePair-like integer scores with many ties (0..38), as bench/solver.js's topic instances. */
  function topicWeights(n: number, seed: number, cols = n): Float64Array {
    const next = rng(seed);
    const people = (count: number): { topics: number; location: number; department: number }[] =>
      Array.from({ length: count }, () => {
        let topics = 0;
        while (popcount(topics) < 3) topics |= 1 << Math.floor(next() * 12);
        return { topics, location: Math.floor(next() * 5), department: Math.floor(next() * 8) };
      });
    const a = people(n);
    const b = people(cols);
    return Float64Array.from({ length: n * cols }, (_, k) => {
      const x = a[Math.floor(k / cols)]!;
      const y = b[k % cols]!;
      return popcount(x.topics & y.topics) * 10 + (x.location === y.location ? 5 : 0) + (x.department !== y.department ? 3 : 0);
    });
  }

  function popcount(x: number): number {
    let k = 0;
    for (; x; x &= x - 1) k++;
    return k;
  }

  it.each([
    ['topic scores', SPARSE_MIN_N + 100, (n: number) => topicWeights(n, 5)],
    ['wide scores', SPARSE_MIN_N, (n: number) => Float64Array.from({ length: n * n }, rng(9)).map((x) => Math.floor(x * 1_000_001))],
  ])('%s: the maximum total of the dense solver, the same pairs on every run', (_name, n, make) => {
    const weights = make(n);
    const got = solveAssignment({ rows: n, cols: n, weights });
    let max = 0;
    for (const x of weights) max = Math.max(max, x);
    const dense = lapjv(n, Float64Array.from(weights, (x) => max - x));
    let best = 0;
    for (let i = 0; i < n; i++) best += weights[i * n + dense.rowsol[i]!]!;
    expect(got.method).toBe('dense');
    expect(got.count).toBe(n);
    expect(got.total).toBe(best);
    expect(solveAssignment({ rows: n, cols: n, weights })).toEqual(got);
  });

  it.each([
    ['dense', SPARSE_MIN_N - 100, 0],
    ['sparse start', SPARSE_MIN_N + 100, 0],
    ['a weight above 255 in the last cell', SPARSE_MIN_N + 100, 300],
  ])('%s: the byte complements of the weights (255 − w) give the pairs of the general encoding (K − w)', (_name, n, last) => {
    const weights = topicWeights(n, 3);
    if (last > 0) weights[n * n - 1] = last;
    const allowed = new Uint8Array(n * n).fill(1);
    const got = solveAssignment({ rows: n, cols: n, weights });
    expect(got.count).toBe(n);
    expect(solveAssignment({ rows: n, cols: n, weights, allowed })).toEqual(got);
  });

  it('teams of two: the optimum of the expanded matrix, from one stored column per mentee', () => {
    const rows = SPARSE_MIN_N + 100;
    const cols = rows / 2;
    const weights = topicWeights(rows, 8, cols);
    const got = solveAssignment({ rows, cols, weights, colCapacity: new Array<number>(cols).fill(2) });
    // the expanded matrix: mentee j's two slots are columns 2j and 2j + 1
    const expanded = Float64Array.from({ length: rows * rows }, (_, k) => 38 - weights[Math.floor(k / rows) * cols + ((k % rows) >> 1)]!);
    const dense = lapjv(rows, expanded);
    let best = 0;
    for (let i = 0; i < rows; i++) best += 38 - expanded[i * rows + dense.rowsol[i]!]!;
    expect(got.method).toBe('dense');
    expect(got.count).toBe(rows);
    expect(got.covered).toBe(cols);
    expect(got.total).toBe(best);
    // every pair allowed in so many words: the cell-by-cell fill, the same costs and pairs
    const allowed = new Uint8Array(rows * cols).fill(1);
    expect(solveAssignment({ rows, cols, weights, allowed, colCapacity: new Array<number>(cols).fill(2) })).toEqual(got);
  });
});
