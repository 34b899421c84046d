import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certify, lapjv, solveAssignment } from '../../../../src/core/matching/index.js';

/** Minimum-cost permutation by trying them all (n ≤ 7). */
function bestPermutation(n: number, c: ArrayLike<number>): number {
  let best = Infinity;
  const used = new Array<boolean>(n).fill(false);
  const go = (i: number, sum: number): void => {
    if (sum >= best) return;
    if (i === n) {
      best = sum;
      return;
    }
    for (let j = 0; j < n; j++) {
      if (used[j]) continue;
      used[j] = true;
      go(i + 1, sum + c[i * n + j]!);
      used[j] = false;
    }
  };
  go(0, 0);
  return n === 0 ? 0 : best;
}

describe('lapjv', () => {
  it('handles the trivial sizes', () => {
    expect([...lapjv(0, new Float64Array(0)).rowsol]).toEqual([]);
    expect([...lapjv(1, Float64Array.of(4)).rowsol]).toEqual([0]);
    expect([...lapjv(2, Float64Array.of(1, 0, 0, 1)).rowsol]).toEqual([1, 0]);
  });

  it('finds the optimal permutation and proves it (random, many ties)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n * n, maxLength: n * n })),
        ),
        ([n, costs]) => {
          for (const c of [Float64Array.from(costs), Int32Array.from(costs), Uint16Array.from(costs)]) {
            const sol = lapjv(n, c);
            let sum = 0;
            for (let i = 0; i < n; i++) sum += c[i * n + sol.rowsol[i]!]!;
            expect(sum).toBe(bestPermutation(n, c));
            expect(certify(n, c, sol)).toBe(true);
          }
        },
      ),
      { numRuns: 1500, seed: 3 },
    );
  });

  it('certify rejects an assignment that is not optimal', () => {
    const c = Float64Array.of(5, 1, 1, 5);
    const sol = lapjv(2, c);
    expect(certify(2, c, sol)).toBe(true);
    const wrong = { ...sol, rowsol: Int32Array.of(0, 1), colsol: Int32Array.of(0, 1) };
    expect(certify(2, c, wrong)).toBe(false);
  });
});

describe('solveAssignment', () => {
  it.each([
    ['negative', [-1, 0, 0, 0]],
    ['fractional', [0.5, 0, 0, 0]],
    ['NaN', [Number.NaN, 0, 0, 0]],
    ['infinite', [Number.POSITIVE_INFINITY, 0, 0, 0]],
  ])('rejects %s weights', (_name, weights) => {
    expect(() => solveAssignment({ rows: 2, cols: 2, weights })).toThrow(RangeError);
  });

  it('ignores the weights of forbidden cells', () => {
    const got = solveAssignment({ rows: 2, cols: 2, weights: [Number.NaN, 1, 2, -5], allowed: [0, 1, 1, 0] });
    expect(got.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('refuses the dense path when both sides have capacities above 1', () => {
    expect(() => solveAssignment({ rows: 2, cols: 2, weights: [1, 1, 1, 1], rowCapacity: [2, 2], colCapacity: [2, 2] }, 'dense')).toThrow(
      RangeError,
    );
  });

  it('throws rather than answer inexactly when the weights are too large for the encoding', () => {
    const big = 2 ** 48;
    const p = { rows: 3, cols: 3, weights: new Array<number>(9).fill(big), allowed: [1, 1, 1, 1, 1, 1, 1, 1, 0] };
    expect(() => solveAssignment(p)).toThrow(RangeError);
    // with every pair allowed no level is needed and the dense path is exact
    expect(solveAssignment({ ...p, allowed: undefined }).total).toBe(3 * big);
  });

  it.each([
    ['square', 40, 40],
    ['more rows', 50, 30],
    ['more columns', 25, 45],
  ])('dense and flow agree on larger problems (%s, ties, forbidden pairs, coverage)', (_name, rows, cols) => {
    let s = rows * 1000 + cols;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const wide of [false, true]) {
      const weights = Array.from({ length: rows * cols }, () => Math.floor(next() * (wide ? 1_000_000 : 4)));
      const allowed = Array.from({ length: rows * cols }, () => (next() < 0.15 ? 0 : 1));
      const colCapacity = Array.from({ length: cols }, () => 1 + Math.floor(next() * 3));
      const colCovered = Array.from({ length: cols }, () => next() < 0.3);
      const p = { rows, cols, weights, allowed, colCapacity, colCovered };
      const dense = solveAssignment(p, 'dense');
      const flow = solveAssignment(p, 'flow');
      expect(dense.method).toBe('dense');
      expect([dense.covered, dense.count, dense.total]).toEqual([flow.covered, flow.count, flow.total]);
    }
  });
});
