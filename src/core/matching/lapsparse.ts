import { certify, exchange, flipPath, reduceColumns, type CostArray, type CostShape, type LapSolution } from './lapjv.js';

/**
 * Dense assignment solved on a sparse subgraph first, then priced out against the full matrix.
 *
 * An optimal assignment of a large matrix uses few cells of each row: those whose cost is
 * close to the row's and the column's minima. So the n×n problem is first solved on a
 * subgraph — per row about `keep` cells of smallest column-reduced cost
 * (c[i][j] − min_i c[i][j]; every cell tied with the last one too), plus the cell (i, i),
 * so that a perfect matching always exists — with the steps of LAPJV (column reduction,
 * reduction transfer, augmenting row reduction, shortest augmenting paths), each row scan
 * reading a row's few cells instead of all n columns.
 *
 * The subgraph's optimum is then checked against every cell: row i is priced out when some
 * column j has c[i][j] − v[j] below the reduced cost of its own cell. Such rows get those
 * cells added and are augmented again, up to MAX_ROUNDS rounds. When no row is priced out,
 * (u, v) with u[i] = c[i][rowsol[i]] − v[rowsol[i]] is a feasible dual of the full problem
 * complementary to the assignment, which proves it optimal: `certify` checks exactly that,
 * and only a certified solution is returned. Null when the rounds do not settle it or the
 * subgraph would be nearly dense (ties everywhere): the caller solves the dense problem.
 *
 * Costs are integers ≤ maxCost ≤ 2^29; prices and distances are doubles (exact: every value
 * stays far below 2^53). Deterministic: rows, cells and ties are taken in index order.
 */

/** Cells kept per row, at least (every cell tied with the last one comes too), per slot of a stored column. */
const SPARSE_ROW = 32;
/** Most cells a row keeps on average, in units of `keep` (more: ties everywhere, solve dense). */
const ROW_MOST = 8;
/** Rounds of pricing out before the caller falls back to the dense solver. */
const MAX_ROUNDS = 8;
/** The threshold of a row is taken from every SAMPLE-th column. */
const SAMPLE = 4;
/** Smallest n worth a sparse start (below, the dense scans are cheap anyway). */
export const SPARSE_MIN_N = 700;
/** Largest cost the sparse start accepts (column minima in an Int32Array). */
const SPARSE_MAX_COST = 2 ** 29;

/** What a sparse solve did (for tests and the bench). */
export interface SparseStats {
  /** Rounds of augmentation (1 when the first subgraph held an optimum). */
  rounds: number;
  /** Cells in the last subgraph. */
  cells: number;
}

/** The subgraph in compressed rows: row i's cells are col[start[i] .. start[i+1]), with their costs. */
interface Graph {
  start: Int32Array;
  col: Int32Array;
  cost: Int32Array;
}

/**
 * Solves the n×n problem with costs c stored as `shape` says (row i at i·stride, column j
 * at stored column j >> shift), all integers in [0, maxCost], or returns null (then use the
 * dense solver). `keep`: cells kept per row at first (tests make it small to exercise the
 * pricing rounds); `stats`, when given, is filled in.
 */
export function lapSparse(
  n: number,
  c: CostArray,
  shape: CostShape,
  maxCost: number,
  keep = SPARSE_ROW << shape.shift,
  stats: SparseStats = { rounds: 0, cells: 0 },
): LapSolution | null {
  if (n < 2 || !(maxCost <= SPARSE_MAX_COST)) return null;
  const rowsol = new Int32Array(n).fill(-1);
  const colsol = new Int32Array(n).fill(-1);
  const matches = new Int32Array(n);
  const cmin = new Int32Array(n);
  const { stride, shift } = shape;
  reduceColumns(n, c, stride, shift, cmin, rowsol, colsol, matches);
  let g = subgraph(n, c, shape, keep, cmin);
  if (!g) return null;
  const v = Float64Array.from(cmin);
  const free = new Int32Array(n);
  let numfree = transferReductions(n, g, rowsol, matches, v, free);
  arr(n, g, rowsol, colsol, v, free, numfree);

  const search = new Search(n);
  for (let round = 0; ; round++) {
    stats.rounds = round + 1;
    stats.cells = g.start[n]!;
    numfree = 0;
    for (let i = 0; i < n; i++) if (rowsol[i]! < 0) free[numfree++] = i;
    for (let f = 0; f < numfree; f++) if (!search.augment(g, free[f]!, rowsol, colsol, v)) return null;
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const j = rowsol[i]!;
      u[i] = c[i * stride + (j >> shift)]! - v[j]!;
    }
    const sol = { rowsol, colsol, u, v };
    if (certify(n, c, sol, shape)) return sol;
    if (round + 1 >= MAX_ROUNDS) return null;
    const priced = priceOut(n, c, shape, u, v);
    g = withCells(n, c, shape, g, priced);
    if (!g) return null;
    for (const i of priced.keys()) {
      colsol[rowsol[i]!] = -1;
      rowsol[i] = -1;
    }
  }
}

/**
 * The subgraph: per row about `keep` cells of smallest column-reduced cost (see rowLimit;
 * tied cells stay together) and the cell (i, i). Null when the rows keep more than
 * ROW_MOST·keep cells on average (ties everywhere: then the dense solver is the faster one).
 */
function subgraph(n: number, c: CostArray, { stride, shift }: CostShape, keep: number, cmin: Int32Array): Graph | null {
  const best = new Float64Array(Math.ceil(keep / SAMPLE));
  const start = new Int32Array(n + 1);
  const most = ROW_MOST * keep;
  let cap = 4 * n * keep;
  let col = new Int32Array(cap);
  let cost = new Int32Array(cap);
  let e = 0;
  for (let i = 0; i < n; i++) {
    const base = i * stride;
    const limit = rowLimit(n, c, base, shift, cmin, best);
    if (e + n + 1 > cap) {
      cap = Math.max(e + n + 1, 2 * cap);
      const col2 = new Int32Array(cap);
      const cost2 = new Int32Array(cap);
      col2.set(col.subarray(0, e));
      cost2.set(cost.subarray(0, e));
      col = col2;
      cost = cost2;
    }
    start[i] = e;
    const from = e;
    e = keepCells(n, c, base, shift, cmin, limit, col, cost, e);
    if (!col.subarray(from, e).includes(i)) {
      col[e] = i;
      cost[e++] = c[base + (i >> shift)]!;
    }
    if (e > (i + 1) * most) return null;
  }
  start[n] = e;
  return { start, col, cost };
}

/**
 * The subgraph with the cells `added` (row → columns) appended to their rows; null when it
 * would hold more than a quarter of a large matrix (the dense solver is faster then).
 */
function withCells(n: number, c: CostArray, { stride, shift }: CostShape, g: Graph, added: Map<number, number[]>): Graph | null {
  let total = g.start[n]!;
  for (const cells of added.values()) total += cells.length;
  if (total > n * n / 4 && n >= SPARSE_MIN_N) return null;
  const start = new Int32Array(n + 1);
  const col = new Int32Array(total);
  const cost = new Int32Array(total);
  let e = 0;
  for (let i = 0; i < n; i++) {
    start[i] = e;
    const from = g.start[i]!;
    const to = g.start[i + 1]!;
    col.set(g.col.subarray(from, to), e);
    cost.set(g.cost.subarray(from, to), e);
    e += to - from;
    for (const j of added.get(i) ?? []) {
      col[e] = j;
      cost[e++] = c[i * stride + (j >> shift)]!;
    }
  }
  start[n] = e;
  return { start, col, cost };
}

/**
 * The row's limit: its cells of column-reduced cost below it are kept. One more than the
 * m-th smallest column-reduced cost among every SAMPLE-th cell, m = keep / SAMPLE, so that
 * about `keep` cells lie below it, every cell tied with the last one too. `best`: m slots.
 */
function rowLimit(n: number, c: CostArray, base: number, shift: number, cmin: Int32Array, best: Float64Array): number {
  const m = best.length;
  let count = 0;
  let worst = Infinity;
  for (let j = 0; j < n; j += SAMPLE) {
    const x = c[base + (j >> shift)]! - cmin[j]!;
    if (x < worst) {
      let p = count < m ? count++ : m - 1;
      for (; p > 0 && best[p - 1]! > x; p--) best[p] = best[p - 1]!;
      best[p] = x;
      if (count === m) worst = best[m - 1]!;
    }
  }
  return best[count - 1]! + 1;
}

/** Appends the row's cells of column-reduced cost below `limit` at col/cost[e..]; returns the new end. */
function keepCells(n: number, c: CostArray, base: number, shift: number, cmin: Int32Array, limit: number, col: Int32Array, cost: Int32Array, e: number): number {
  for (let j = 0; j < n; j++) {
    const x = c[base + (j >> shift)]!;
    if (x - cmin[j]! < limit) {
      col[e] = j;
      cost[e++] = x;
    }
  }
  return e;
}

/** REDUCTION TRANSFER from rows assigned exactly once, over their cells; returns the free rows (in `free`). */
function transferReductions(n: number, g: Graph, rowsol: Int32Array, matches: Int32Array, v: Float64Array, free: Int32Array): number {
  let numfree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numfree++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowsol[i]!;
      let min = Infinity;
      for (let p = g.start[i]!; p < g.start[i + 1]!; p++) {
        const j = g.col[p]!;
        if (j === j1) continue;
        const h = g.cost[p]! - v[j]!;
        if (h < min) min = h;
      }
      if (min < Infinity) v[j1] = v[j1]! - min;
    }
  }
  return numfree;
}

/** AUGMENTING ROW REDUCTION, two passes over the free rows with a budget (as in the dense lapjv), on the rows' cells. */
function arr(n: number, g: Graph, rowsol: Int32Array, colsol: Int32Array, v: Float64Array, free: Int32Array, numfree: number): void {
  const { start, col, cost } = g;
  let budget = 64 * n;
  for (let pass = 0; pass < 2 && numfree > 0 && budget > 0; pass++) {
    let k = 0;
    const prvnumfree = numfree;
    numfree = 0;
    while (k < prvnumfree) {
      if (--budget < 0) return;
      const i = free[k++]!;
      let umin = Infinity;
      let usubmin = Infinity;
      let j1 = -1;
      let j2 = -1;
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        const j = col[p]!;
        const h = cost[p]! - v[j]!;
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      // a row with a single cell: left to the augmentation
      if (j2 < 0) continue;
      const i0 = exchange(i, j1, j2, umin, usubmin, rowsol, colsol, v);
      if (i0 >= 0) {
        if (umin < usubmin) free[--k] = i0;
        else free[numfree++] = i0;
      }
    }
  }
}

/**
 * The cells that price a row out: c[i][j] − v[j] below u[i], the reduced cost of the row's
 * own cell. Returns them by row (rows in index order).
 */
function priceOut(n: number, c: CostArray, { stride, shift }: CostShape, u: Float64Array, v: Float64Array): Map<number, number[]> {
  const added = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const base = i * stride;
    const ui = u[i]!;
    for (let j = 0; j < n; j++) {
      if (c[base + (j >> shift)]! - v[j]! < ui) {
        const cells = added.get(i);
        if (cells) cells.push(j);
        else added.set(i, [j]);
      }
    }
  }
  return added;
}

/**
 * Shortest augmenting paths (Dijkstra) on the subgraph, the columns of one distance taken
 * level by level as in the dense lapjv. Its arrays are reused from search to search; only
 * the columns a search touched are reset.
 */
class Search {
  private readonly d: Float64Array;
  private readonly pred: Int32Array;
  /** 0 untouched, 1 reached (distance tentative), 2 final. */
  private readonly state: Uint8Array;
  private readonly todo: Int32Array;
  private readonly ready: Int32Array;
  private readonly touched: Int32Array;

  constructor(n: number) {
    this.d = new Float64Array(n);
    this.pred = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.todo = new Int32Array(n);
    this.ready = new Int32Array(n);
    this.touched = new Int32Array(n);
  }

  /** One augmenting path from `freerow`, prices updated; false when the subgraph has none. */
  augment(g: Graph, freerow: number, rowsol: Int32Array, colsol: Int32Array, v: Float64Array): boolean {
    const { start, col, cost } = g;
    const { d, pred, state, todo, ready, touched } = this;
    let ntouched = 0;
    let ntodo = 0;
    let nready = 0;
    let low = 0;
    for (let p = start[freerow]!; p < start[freerow + 1]!; p++) {
      const j = col[p]!;
      const h = cost[p]! - v[j]!;
      if (state[j] === 0) {
        state[j] = 1;
        touched[ntouched++] = j;
        todo[ntodo++] = j;
        d[j] = h;
        pred[j] = freerow;
      } else if (h < d[j]!) {
        d[j] = h;
        pred[j] = freerow;
      }
    }
    let min = 0;
    let endofpath = -1;
    while (endofpath < 0) {
      if (low === nready) {
        // the next level: every reached column at the smallest distance, in the order reached
        min = Infinity;
        let kept = 0;
        for (let t = 0; t < ntodo; t++) {
          const j = todo[t]!;
          if (state[j] === 2) continue;
          todo[kept++] = j;
          if (d[j]! < min) min = d[j]!;
        }
        ntodo = kept;
        if (ntodo === 0) break;
        kept = 0;
        for (let t = 0; t < ntodo; t++) {
          const j = todo[t]!;
          if (d[j] === min) {
            state[j] = 2;
            ready[nready++] = j;
            if (endofpath < 0 && colsol[j]! < 0) endofpath = j;
          } else todo[kept++] = j;
        }
        ntodo = kept;
        if (endofpath >= 0) break;
      }
      const j1 = ready[low++]!;
      const i = colsol[j1]!;
      // the row's own cell is tight: its reduced cost is the row's dual (found among the
      // row's cells, which the relaxation reads next anyway: the matrix row is far away)
      let own = 0;
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        if (col[p] === j1) {
          own = cost[p]!;
          break;
        }
      }
      const h = own - v[j1]! - min;
      for (let p = start[i]!; p < start[i + 1]!; p++) {
        const j = col[p]!;
        const s = state[j]!;
        if (s === 2) continue;
        const w2 = cost[p]! - v[j]! - h;
        if (s === 0) {
          state[j] = 1;
          touched[ntouched++] = j;
          todo[ntodo++] = j;
          d[j] = w2;
          pred[j] = i;
        } else if (w2 < d[j]!) {
          d[j] = w2;
          pred[j] = i;
        } else continue;
        if (w2 === min) {
          if (colsol[j]! < 0) {
            endofpath = j;
            break;
          }
          state[j] = 2;
          ready[nready++] = j;
        }
      }
    }
    if (endofpath >= 0) {
      // prices of the columns with final distances (those at the last level keep theirs)
      for (let t = 0; t < nready; t++) {
        const j = ready[t]!;
        v[j] = v[j]! + d[j]! - min;
      }
      flipPath(freerow, endofpath, pred, rowsol, colsol);
    }
    for (let t = 0; t < ntouched; t++) state[touched[t]!] = 0;
    return endofpath >= 0;
  }
}
