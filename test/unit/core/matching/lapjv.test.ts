import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certify, lapjv, solveAssignment } from '../../../../src/core/matching/index.js';

describe('lapjv prices', () => {
  it('int32 prices take the same steps as doubles (same assignment, same duals)', () => {
    fc.assert(
      // n × n costs from the first n² values drawn (n ≤ 40)
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 1600 }), (drawn) => {
        const n = Math.floor(Math.sqrt(drawn.length));
        const costs = drawn.slice(0, n * n);
        const small = lapjv(n, Int32Array.from(costs), 5);
        const doubles = lapjv(n, Float64Array.from(costs));
        expect([...small.rowsol]).toEqual([...doubles.rowsol]);
        expect([...small.v]).toEqual([...doubles.v]);
        expect(small.v).toBeInstanceOf(Float64Array);
        expect(certify(n, Uint16Array.from(costs), small)).toBe(true);
        const bytes = lapjv(n, Uint8Array.from(costs));
        expect([...bytes.rowsol]).toEqual([...doubles.rowsol]);
        expect([...bytes.v]).toEqual([...doubles.v]);
      }),
      { numRuns: 300, seed: 16 },
    );
  });

  it('columns stored once per pair of equal slots take the same steps as the expanded matrix', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 800 }), (drawn) => {
        // n = 2m: m stored columns, each read as two equal columns
        const m = Math.floor(Math.sqrt(drawn.length / 2));
        const n = 2 * m;
        if (m === 0) return;
        const stored = Uint16Array.from(drawn.slice(0, n * m));
        const expanded = Uint16Array.from({ length: n * n }, (_, k) => stored[Math.floor(k / n) * m + ((k % n) >> 1)]!);
        const shape = { stride: m, shift: 1 };
        const grouped = lapjv(n, stored, 5, shape);
        const plain = lapjv(n, expanded, 5);
        expect([...grouped.rowsol]).toEqual([...plain.rowsol]);
        expect([...grouped.v]).toEqual([...plain.v]);
        expect(certify(n, stored, grouped, shape)).toBe(true);
        expect(certify(n, expanded, grouped)).toBe(true);
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('starts over on doubles when a price would leave the int32 range', () => {
    // the stated bound is wrong: reduction transfer would push both prices below −2^30
    const big = 2 ** 31 - 1;
    const c = Int32Array.of(0, big, big, 0);
    const sol = lapjv(2, c, 1);
    expect([...sol.rowsol]).toEqual([0, 1]);
    expect(certify(2, c, sol)).toBe(true);
  });
});

describe('teams of two with some pairs forbidden', () => {
  it('the dense path (no coverage level when every slot can be filled) agrees with the flow', () => {
    const rows = 40;
    const cols = 20;
    const weights = Array.from({ length: rows * cols }, (_, k) => (k * 7919) % 39);
    const allowed = Array.from({ length: rows * cols }, (_, k) => (k % 97 === 3 ? 0 : 1));
    const problem = { rows, cols, weights, allowed, colCapacity: new Array<number>(cols).fill(2) };
    const dense = solveAssignment(problem, 'dense');
    const flow = solveAssignment(problem, 'flow');
    expect([dense.covered, dense.count, dense.total]).toEqual([flow.covered, flow.count, flow.total]);
    expect(dense.covered).toBe(cols);
  });
});

describe('forbidden pairs tried at a small cost first', () => {
  it('gives the exact optimum (dense agrees with the flow) when weights are large', () => {
    const problem = fc
      .record({ rows: fc.integer({ min: 2, max: 8 }), cols: fc.integer({ min: 1, max: 4 }) })
      .chain(({ rows, cols }) =>
        fc.record({
          rows: fc.constant(rows),
          cols: fc.constant(cols),
          weights: fc.array(fc.constantFrom(0, 1, 30_000, 60_000), { minLength: rows * cols, maxLength: rows * cols }),
          allowed: fc.array(fc.integer({ min: 0, max: 5 }).map((x) => (x === 0 ? 0 : 1)), { minLength: rows * cols, maxLength: rows * cols }),
          colCapacity: fc.constant(new Array<number>(cols).fill(2)),
        }),
      );
    fc.assert(
      fc.property(problem, (p) => {
        const dense = solveAssignment(p, 'dense');
        const flow = solveAssignment(p, 'flow');
        expect([dense.covered, dense.count, dense.total]).toEqual([flow.covered, flow.count, flow.total]);
      }),
      { numRuns: 1500, seed: 18 },
    );
  });
});
