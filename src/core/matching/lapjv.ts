/**
 * Dense square linear assignment (minimum cost), Jonker & Volgenant 1987 ("LAPJV"):
 * column reduction, reduction transfer, two passes of augmenting row reduction, then
 * shortest augmenting paths (Dijkstra on the dense reduced costs) for the rows still free.
 *
 * Costs must be integers (as doubles) so every comparison is exact; the caller keeps them
 * small enough that all sums stay below 2^53 (see assignment.ts) and checks the returned
 * duals with `certify`, an LP-duality certificate of optimality.
 */
export interface LapSolution {
  /** Column of each row. */
  rowsol: Int32Array;
  /** Row of each column. */
  colsol: Int32Array;
  /** Row duals. */
  u: Float64Array;
  /** Column duals. */
  v: Float64Array;
}

/** Integer costs in the narrowest array that holds them (less memory traffic). */
export type CostArray = Float64Array | Int32Array | Uint16Array | Uint8Array;

/**
 * How the n×n costs are stored: row i starts at i·stride and column j reads stored column
 * j >> shift, so runs of 2^shift equal columns (a mentee's slots) are stored once. The
 * plain row-major matrix is { stride: n, shift: 0 }.
 */
export interface CostShape {
  stride: number;
  shift: number;
}

/** Prices and distances: int32 when the costs allow it (integer arithmetic, half the memory traffic), else doubles. */
type Prices = Int32Array | Float64Array;

interface PriceKind {
  make(n: number): Prices;
  /** Marks a column whose distance is final: below every value a search stores. */
  sentinel: number;
  /** Above every value a search compares. */
  far: number;
  /** The lowest price this kind may hold; a search that would go lower gives up (null). */
  lowest: number;
}

const DOUBLES: PriceKind = { make: (n) => new Float64Array(n), sentinel: -Infinity, far: Infinity, lowest: -Infinity };
const INT32: PriceKind = { make: (n) => new Int32Array(n), sentinel: -(2 ** 31), far: 2 ** 31 - 1, lowest: -(2 ** 30) };

/** Largest cost for int32 prices: with costs in [0, 2^29] and prices ≥ −2^30 every stored value fits. */
const INT32_COST = 2 ** 29;

/**
 * Solves the n×n assignment problem for the row-major cost matrix `c` (minimises).
 * `maxCost` (an upper bound on the costs, when the caller knows one) lets small costs run
 * on int32 prices; a price that would leave their range makes the solve start over on doubles.
 */
export function lapjv(n: number, c: CostArray, maxCost = c instanceof Uint8Array ? 0xff : c instanceof Uint16Array ? 0xffff : Infinity, shape: CostShape = { stride: n, shift: 0 }): LapSolution {
  if (maxCost <= INT32_COST) {
    const s = solve(n, c, shape, INT32);
    if (s) return s;
  }
  return solve(n, c, shape, DOUBLES)!;
}

function solve(n: number, c: CostArray, { stride, shift }: CostShape, kind: PriceKind): LapSolution | null {
  const rowsol = new Int32Array(n).fill(-1);
  const colsol = new Int32Array(n).fill(-1);
  const u = new Float64Array(n);
  const v = kind.make(n);
  if (n === 0) return { rowsol, colsol, u, v: new Float64Array(0) };
  if (n === 1) {
    rowsol[0] = 0;
    colsol[0] = 0;
    return { rowsol, colsol, u, v: Float64Array.of(c[0]!) };
  }
  const free = new Int32Array(n);
  const matches = new Int32Array(n);

  reduceColumns(n, c, stride, shift, v, rowsol, colsol, matches);

  // REDUCTION TRANSFER from rows assigned exactly once.
  let numfree = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[numfree++] = i;
    } else if (matches[i] === 1) {
      const j1 = rowsol[i]!;
      const base = i * stride;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = c[base + (j >> shift)]! - v[j]!;
        if (h < min) min = h;
      }
      v[j1] = v[j1]! - min;
      if (v[j1]! < kind.lowest) return null;
    }
  }

  // AUGMENTING ROW REDUCTION, twice. Each step keeps every assigned row on a column of
  // minimum reduced cost, which is all the augmentation phase needs. A budget guards
  // against long exchange chains on degenerate (tied) costs; rows left over are simply
  // handled by the augmentation phase.
  let budget = 64 * n;
  for (let pass = 0; pass < 2 && numfree > 0 && budget > 0; pass++) {
    let k = 0;
    const prvnumfree = numfree;
    numfree = 0;
    while (k < prvnumfree) {
      if (--budget < 0) break;
      const i = free[k++]!;
      const base = i * stride;
      let umin = c[base]! - v[0]!;
      let j1 = 0;
      let usubmin = Infinity;
      let j2 = -1;
      for (let j = 1; j < n; j++) {
        const h = c[base + (j >> shift)]! - v[j]!;
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
      const i0 = exchange(i, j1, j2, umin, usubmin, rowsol, colsol, v);
      if (umin < usubmin && v[j1]! < kind.lowest) return null;
      if (i0 >= 0) {
        if (umin < usubmin) free[--k] = i0;
        else free[numfree++] = i0;
      }
    }
    if (budget < 0) break;
  }
  // the free rows, recomputed (a broken-off pass leaves its list partial)
  numfree = 0;
  for (let i = 0; i < n; i++) if (rowsol[i]! < 0) free[numfree++] = i;

  // AUGMENTATION: a shortest augmenting path from each free row. During one search d[j]
  // holds the column's distance plus its price (dist + v[j]): the inner loop then compares
  // c − h with d[j] and reads v[j] only when a distance improves. All values are integers
  // below 2^53 (see assignment.ts), so this is exact.
  const d = kind.make(n);
  const pred = new Int32Array(n);
  const collist = new Int32Array(n);
  const done = kind.make(n);
  for (let f = 0; f < numfree; f++) {
    if (!augmentRow(n, c, stride, shift, free[f]!, rowsol, colsol, v, d, pred, collist, done, kind)) return null;
  }

  for (let i = 0; i < n; i++) {
    const j = rowsol[i]!;
    u[i] = c[i * stride + (j >> shift)]! - v[j]!;
  }
  return { rowsol, colsol, u, v: v instanceof Float64Array ? v : Float64Array.from(v) };
}

/**
 * COLUMN REDUCTION: v[j] = min_i c[i][j], rows scanned in memory order, the first minimum
 * wins; each column goes to the row of its minimum, a row taking several keeps the
 * cheapest (the last such column on ties). matches[i]: how many columns chose row i.
 */
export function reduceColumns(
  n: number,
  c: CostArray,
  stride: number,
  shift: number,
  v: Int32Array | Float64Array,
  rowsol: Int32Array,
  colsol: Int32Array,
  matches: Int32Array,
): void {
  const colmin = new Int32Array(n);
  for (let j = 0; j < n; j++) v[j] = c[j >> shift]!;
  for (let i = 1; i < n; i++) {
    const base = i * stride;
    for (let j = 0; j < n; j++) {
      const h = c[base + (j >> shift)]!;
      if (h < v[j]!) {
        v[j] = h;
        colmin[j] = i;
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    const imin = colmin[j]!;
    if (++matches[imin]! === 1) {
      rowsol[imin] = j;
      colsol[j] = imin;
    } else if (v[j]! < v[rowsol[imin]!]!) {
      const j1 = rowsol[imin]!;
      rowsol[imin] = j;
      colsol[j] = imin;
      colsol[j1] = -1;
    } else {
      colsol[j] = -1;
    }
  }
}

/**
 * One shortest augmenting path from the free row `freerow` (Dijkstra on the dense reduced
 * costs), then the prices of the scanned columns and the flip of the path. A function of
 * its own so V8 optimises it as a whole (one big lapjv was compiled on-stack piecemeal).
 *
 * The loops run over the columns in index order, straight through the cost row (no index
 * list to follow): a column whose distance is final is marked by d[j] = −∞, which no
 * relaxation can beat, and its d is kept in `done` beside its place in `collist`.
 */
function augmentRow(
  n: number,
  c: CostArray,
  stride: number,
  shift: number,
  freerow: number,
  rowsol: Int32Array,
  colsol: Int32Array,
  v: Prices,
  d: Prices,
  pred: Int32Array,
  collist: Int32Array,
  done: Prices,
  kind: PriceKind,
): boolean {
  const sentinel = kind.sentinel;
  const fbase = freerow * stride;
  for (let j = 0; j < n; j++) {
    d[j] = c[fbase + (j >> shift)]!;
    pred[j] = freerow;
  }
  // collist[0..low) scanned, [low..up) final at the current minimum, not yet scanned
  let low = 0;
  let up = 0;
  let min = 0;
  let endofpath = -1;
  while (endofpath < 0) {
    if (up === low) {
      // the next level: every unfinished column at the smallest distance, in index order
      min = kind.far;
      for (let j = 0; j < n; j++) {
        const dj = d[j]!;
        if (dj === sentinel) continue;
        const h = dj - v[j]!;
        if (h <= min) {
          if (h < min) {
            up = low;
            min = h;
          }
          collist[up++] = j;
        }
      }
      for (let k = low; k < up; k++) {
        const j = collist[k]!;
        done[k] = d[j]!;
        d[j] = sentinel;
        if (endofpath < 0 && colsol[j]! < 0) endofpath = j;
      }
      if (endofpath >= 0) break;
    }
    const j1 = collist[low]!;
    const i = colsol[j1]!;
    const base = i * stride;
    const h = c[base + (j1 >> shift)]! - v[j1]! - min;
    low++;
    for (let j = 0; j < n; j++) {
      const w2 = c[base + (j >> shift)]! - h;
      if (w2 < d[j]!) {
        pred[j] = i;
        if (w2 - v[j]! === min) {
          if (colsol[j]! < 0) {
            endofpath = j;
            break;
          }
          done[up] = w2;
          collist[up++] = j;
          d[j] = sentinel;
        } else d[j] = w2;
      }
    }
  }
  // prices of the columns with final distances (those at the last level keep theirs)
  for (let k = 0; k < up; k++) {
    const j = collist[k]!;
    const price = done[k]! - min;
    if (price < kind.lowest) return false;
    v[j] = price;
  }
  flipPath(freerow, endofpath, pred, rowsol, colsol);
  return true;
}

/**
 * One step of augmenting row reduction: row i, whose two smallest reduced costs are umin
 * at column j1 and usubmin at j2, takes j1 and lowers its price by the difference; on a tie
 * it takes j2 instead when j1 is taken. Returns the row it displaced, or −1.
 */
export function exchange(
  i: number,
  j1: number,
  j2: number,
  umin: number,
  usubmin: number,
  rowsol: Int32Array,
  colsol: Int32Array,
  v: Int32Array | Float64Array,
): number {
  let i0 = colsol[j1]!;
  if (umin < usubmin) v[j1] = v[j1]! - (usubmin - umin);
  else if (i0 >= 0) {
    j1 = j2;
    i0 = colsol[j2]!;
  }
  if (i0 >= 0) rowsol[i0] = -1;
  rowsol[i] = j1;
  colsol[j1] = i;
  return i0;
}

/** Flips the alternating path that ends at the free column `endofpath` (pred: the row before each column). */
export function flipPath(freerow: number, endofpath: number, pred: Int32Array, rowsol: Int32Array, colsol: Int32Array): void {
  let i: number;
  do {
    i = pred[endofpath]!;
    colsol[endofpath] = i;
    const j1 = endofpath;
    endofpath = rowsol[i]!;
    rowsol[i] = j1;
  } while (i !== freerow);
}

/** Bound on |costs| and |duals| under which c − u − v is computed exactly. */
const EXACT = 2 ** 51;

const exactInt = (x: number): boolean => Number.isInteger(x) && Math.abs(x) <= EXACT;

/**
 * LP-duality certificate: the assignment is a permutation, every reduced cost
 * c[i][j] − u[i] − v[j] is ≥ 0 and those of assigned cells are 0. Costs and duals are
 * integers of magnitude ≤ 2^51, so each reduced cost is below 2^53 and computed exactly:
 * `true` proves the assignment optimal whatever happened inside the solver.
 */
export function certify(n: number, c: CostArray, s: LapSolution, { stride, shift }: CostShape = { stride: n, shift: 0 }): boolean {
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const j = s.rowsol[i]!;
    if (j < 0 || j >= n || seen[j] || s.colsol[j] !== i) return false;
    seen[j] = 1;
    if (!exactInt(s.u[i]!)) return false;
    if (c[i * stride + (j >> shift)]! - s.u[i]! - s.v[j]! !== 0) return false;
  }
  for (let j = 0; j < n; j++) if (!exactInt(s.v[j]!)) return false;
  // integer arrays hold small integers by construction; doubles are checked
  if (c instanceof Float64Array) for (let k = 0; k < n * stride; k++) if (!exactInt(c[k]!)) return false;
  for (let i = 0; i < n; i++) {
    const base = i * stride;
    const ui = s.u[i]!;
    for (let j = 0; j < n; j++) if (c[base + (j >> shift)]! - ui - s.v[j]! < 0) return false;
  }
  return true;
}
