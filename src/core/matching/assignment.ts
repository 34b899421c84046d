import { FlowGraph } from './flow.js';
import { certify, lapjv, type CostArray } from './lapjv.js';
import { lapSparse, SPARSE_MIN_N } from './lapsparse.js';

/**
 * A bipartite b-matching problem: rows are mentors, columns mentees. Weights are
 * non-negative safe integers, row-major (rows × cols). Coverage is counted on columns.
 */
export interface AssignmentProblem {
  rows: number;
  cols: number;
  weights: ArrayLike<number>;
  /** rows × cols; non-zero = the pair may be chosen. Default: every pair. */
  allowed?: ArrayLike<number> | undefined;
  /** Most pairs per row; default 1. */
  rowCapacity?: ArrayLike<number> | undefined;
  /** Most pairs per column; default 1. */
  colCapacity?: ArrayLike<number> | undefined;
  /** Columns that already have a pair elsewhere: a pair there adds no coverage. */
  colCovered?: ArrayLike<number | boolean> | undefined;
}

export interface AssignmentSolution {
  /** Chosen [row, col] pairs, sorted by row, then column. */
  pairs: [number, number][];
  /** Columns not covered before that got at least one pair. */
  covered: number;
  /** Number of pairs. */
  count: number;
  /** Sum of the chosen weights. */
  total: number;
  method: 'dense' | 'flow';
}

export type SolveMethod = 'auto' | 'dense' | 'flow';

/** Largest dense (square, after expansion and padding) matrix the dense path will build: 5000 × 5000, e.g. 5000 mentors and 2500 mentees in teams of two (at most 200 MB of costs). */
export const DENSE_MAX_CELLS = 25_000_000;
const SAFE = Number.MAX_SAFE_INTEGER;
/** Matrices from this many cells keep their byte complements (see scanWeights): below, a second pass costs nothing. */
const BYTES_MIN = 250_000;

/*
 * Exactness of the lexicographic encoding (coverage, then pairs, then score).
 *
 * Let P be an upper bound on the number of pairs, wmax the largest allowed weight and
 * S = P·wmax ≥ the score of any feasible set of pairs (weights are ≥ 0).
 *
 * Flow path. Arc costs: mentor→mentee wmax − w ∈ [0, wmax]; a mentee's first unit, if it
 * is not covered yet, 0; every other unit into the sink A = S + 1. A flow of value F with
 * c newly covered mentees and score σ costs at least F·wmax + A·(F − c) − σ, with equality
 * when each newly covered mentee's first unit takes its free arc, as any cheapest flow
 * does. Successive shortest paths ends with a cheapest flow among the maximum flows: for
 * F = F_max it maximises A·c + σ, which since 0 ≤ σ ≤ S < A is the lexicographic maximum
 * of (c, σ). Maximum coverage and maximum flow are reached together (augmenting an s–t
 * path never lowers the flow through an inner node, so a flow of maximum coverage
 * augments to a maximum flow without losing any), so this is the optimum of
 * (coverage, pairs, score). Every arc costs at most K = A + wmax and every potential is a
 * sum of shortest-path distances, at most V·K in absolute value; we require 4·V·K ≤ 2^53
 * so all arithmetic is on integers below 2^53, hence exact. The final potentials are
 * checked as an optimality certificate (FlowGraph.minCostMaxFlow).
 *
 * Dense path (one side has all capacities 1; the other side is expanded into one slot
 * per unit of capacity, so a pair can never be chosen twice). Slot weight
 * w' = w + B + (first slot of an uncovered mentee ? A : 0) for an allowed pair, 0 for a
 * forbidden one or a padding cell, with B = S + 1 when some pair is forbidden (else every
 * assignment has the same number of pairs: B = 0) and A = B·P + S + 1 when coverage can
 * vary (else 0). Any valid b-matching with c newly covered mentees, p pairs and score σ
 * gives an assignment of weight A·c + B·p + σ (units on first slots first; other cells
 * fill the permutation at weight ≥ 0), and any assignment, forbidden cells dropped, is a
 * valid b-matching whose (c, p, σ) reach at least its weight that way. Since σ ≤ S < B
 * and B·p + σ ≤ B·P + S < A, the heaviest assignment is the lexicographic optimum of
 * (c, p, σ). Costs are K − w' ∈ [0, K] with K = A + B + wmax; we require 8·n·K ≤ 2^53 for
 * the n×n padded matrix, and whatever the solver did, its answer is only used once
 * certify() has verified integer duals of magnitude ≤ 2^51 that are feasible and
 * complementary to it, which proves it optimal exactly.
 *
 * Sizes supported: anything within those bounds, e.g. 4000 × 4000 with wmax ≤ 10^6 and no
 * forbidden pair, or with forbidden pairs wmax ≤ 10^4 at n = 2000 on the dense path, and
 * the flow path up to P·wmax·V ≈ 2·10^15. Beyond them `auto` picks the other path, and
 * when neither is safe a RangeError is thrown rather than an inexact answer returned.
 */

interface Normalised {
  R: number;
  C: number;
  w: ArrayLike<number>;
  /** Allowed cells (rows with capacity × columns with capacity); null = every such cell. */
  ok: Uint8Array | null;
  rowCap: Int32Array;
  colCap: Int32Array;
  covered: Uint8Array;
  edges: number;
  wmax: number;
  P: number;
  /** Allowed cells per row among the active columns, per column among the active rows. */
  rowDeg: Int32Array;
  colDeg: Int32Array;
  /** 255 − w of every cell of a large square problem where every pair is allowed, every capacity is 1 and every weight is at most 255; else null. */
  bytes: Uint8Array | null;
}

/**
 * The largest weight of w[0..cells) (−1 when one is not a non-negative integer) and, while
 * every weight is at most 255, their complements 255 − w in `bytes` (null once one is not):
 * the simple dense path's costs up to a constant, so it need not read the weights again.
 */
function scanWeights(w: ArrayLike<number>, cells: number, bytes: Uint8Array | null): [number, Uint8Array | null] {
  let wmax = 0;
  let bad = false;
  for (let k = 0; k < cells; k++) {
    const x = w[k]!;
    if (x > wmax) wmax = x;
    // integer and >= 0 (NaN fails the first test; Infinity is caught by wmax below)
    if (Math.floor(x) !== x || x < 0) bad = true;
    if (bytes !== null) {
      if (x <= 255) bytes[k] = 255 - x;
      else bytes = null;
    }
  }
  return [bad || wmax > SAFE ? -1 : wmax, bytes];
}

function normalise(p: AssignmentProblem): Normalised {
  const R = p.rows;
  const C = p.cols;
  if (!Number.isInteger(R) || !Number.isInteger(C) || R < 0 || C < 0) throw new RangeError('bad problem size');
  if (p.weights.length < R * C) throw new RangeError('weights must have rows × cols entries');
  if (p.allowed && p.allowed.length < R * C) throw new RangeError('allowed must have rows × cols entries');
  const w = p.weights;
  const rowCap = new Int32Array(R);
  const colCap = new Int32Array(C);
  const covered = new Uint8Array(C);
  for (let i = 0; i < R; i++) rowCap[i] = Math.max(0, Math.min(C, Math.floor(p.rowCapacity?.[i] ?? 1)));
  for (let j = 0; j < C; j++) {
    colCap[j] = Math.max(0, Math.min(R, Math.floor(p.colCapacity?.[j] ?? 1)));
    covered[j] = p.colCovered?.[j] ? 1 : 0;
  }
  const rowDeg = new Int32Array(R);
  const colDeg = new Int32Array(C);
  let ok: Uint8Array | null = null;
  let edges = 0;
  let wmax = 0;
  let bad = false;
  const allowed = p.allowed;
  let bytes: Uint8Array | null = null;
  const everyCell = !allowed && rowCap.every((x) => x > 0) && colCap.every((x) => x > 0);
  if (everyCell) {
    // the common dense case: one linear pass, no per-cell bookkeeping
    const cells = R * C;
    const unit = R === C && rowCap.every((x) => x === 1) && colCap.every((x) => x === 1);
    [wmax, bytes] = scanWeights(w, cells, unit && cells >= BYTES_MIN ? new Uint8Array(cells) : null);
    if (wmax < 0) bad = true;
    rowDeg.fill(C);
    colDeg.fill(R);
    edges = cells;
  } else {
    if (allowed) ok = new Uint8Array(R * C);
    for (let i = 0; i < R; i++) {
      if (rowCap[i] === 0) continue;
      const base = i * C;
      let deg = 0;
      for (let j = 0; j < C; j++) {
        if (colCap[j] === 0) continue;
        if (ok !== null) {
          if (!allowed![base + j]) continue;
          ok[base + j] = 1;
        }
        const x = w[base + j]!;
        if (!(x >= 0 && x <= SAFE && Math.floor(x) === x)) bad = true;
        if (x > wmax) wmax = x;
        deg++;
        colDeg[j]!++;
      }
      rowDeg[i] = deg;
      edges += deg;
    }
  }
  if (bad) throw new RangeError('weights must be non-negative safe integers');
  let sumR = 0;
  let sumC = 0;
  for (let i = 0; i < R; i++) {
    rowCap[i] = Math.min(rowCap[i]!, rowDeg[i]!);
    sumR += rowCap[i]!;
  }
  for (let j = 0; j < C; j++) {
    colCap[j] = Math.min(colCap[j]!, colDeg[j]!);
    sumC += colCap[j]!;
  }
  return { R, C, w, ok, rowCap, colCap, covered, edges, wmax, P: Math.min(sumR, sumC, edges), rowDeg, colDeg, bytes };
}

function finish(pairs: [number, number][], n: Normalised, method: 'dense' | 'flow'): AssignmentSolution {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const got = new Uint8Array(n.C);
  let total = 0;
  let covered = 0;
  for (const [i, j] of pairs) {
    total += n.w[i * n.C + j]!;
    if (!got[j] && !n.covered[j]) covered++;
    got[j] = 1;
  }
  return { pairs, covered, count: pairs.length, total, method };
}

function allowedCell(n: Normalised, i: number, j: number): boolean {
  return n.rowCap[i]! > 0 && n.colCap[j]! > 0 && (n.ok === null || n.ok[i * n.C + j] === 1);
}

interface DensePlan {
  rowSlot: Int32Array;
  colSlot: Int32Array;
  /** Per column slot: 1 when it is the first slot of a mentee not covered yet. */
  colFirst: Uint8Array;
  Rs: number;
  Cs: number;
  size: number;
  A: number;
  B: number;
  K: number;
  /** Some valid b-matching fills every column slot (and Rs ≥ Cs). */
  fills: boolean;
}

/** The dense plan: slots per side, levels and the padded size, or null when not applicable/safe. */
function densePlan(n: Normalised): DensePlan | null {
  const rowsUnit = n.rowCap.every((c) => c <= 1);
  const colsUnit = n.colCap.every((c) => c <= 1);
  if (!rowsUnit && !colsUnit) return null;
  let Rs = 0;
  let Cs = 0;
  for (let i = 0; i < n.R; i++) Rs += n.rowCap[i]!;
  for (let j = 0; j < n.C; j++) Cs += n.colCap[j]!;
  const size = Math.max(Rs, Cs);
  if (size * size > DENSE_MAX_CELLS) return null;
  const rowSlot = new Int32Array(Rs);
  const colSlot = new Int32Array(Cs);
  const colFirst = new Uint8Array(Cs);
  for (let i = 0, a = 0; i < n.R; i++) for (let k = 0; k < n.rowCap[i]!; k++) rowSlot[a++] = i;
  for (let j = 0, b = 0; j < n.C; j++) {
    for (let k = 0; k < n.colCap[j]!; k++, b++) {
      colSlot[b] = j;
      colFirst[b] = k === 0 && !n.covered[j] ? 1 : 0;
    }
  }
  // complete: every active row × active column allowed (then the pair count is fixed)
  let activeCells = 0;
  let activeRows = 0;
  for (let i = 0; i < n.R; i++) if (n.rowCap[i]! > 0) activeRows++;
  for (let j = 0; j < n.C; j++) if (n.colCap[j]! > 0) activeCells += activeRows;
  const complete = n.edges === activeCells;
  const P = Math.min(Rs, Cs);
  const S = P * n.wmax;
  const someFirst = colFirst.includes(1);
  const someOther = colFirst.includes(0);
  const B = complete ? 0 : S + 1;
  // when every column slot can be filled, the most pairs fill them all and cover everyone
  const fills = Rs >= Cs && (complete || columnSlotsFill(n, Cs));
  const coverageVaries = someFirst && someOther && !fills;
  const A = coverageVaries ? B * P + S + 1 : 0;
  const K = A + B + n.wmax;
  if (!(8 * size * K <= SAFE)) return null;
  return { rowSlot, colSlot, colFirst, Rs, Cs, size, A, B, K, fills };
}

/**
 * True when some valid b-matching fills every column slot, by Hall's condition checked on
 * degrees (sufficient, not necessary; linear after one pass over the cells at most). Take
 * any k column slots X. They span at least m = ⌈k / most slots of a column⌉ columns, so
 * every row forbidden with fewer than m active columns neighbours X with all its slots:
 * |N(X)| ≥ G(m), the slots of those rows. And N(X) holds all the row slots allowed with
 * any one column of X: |N(X)| ≥ δ, the fewest of any column. If max(δ, G(m)) ≥ k for every
 * k ≤ Cs, no X violates Hall's condition and a matching fills every column slot.
 */
function columnSlotsFill(n: Normalised, Cs: number): boolean {
  const { R, C, ok, rowCap, colCap, rowDeg, colDeg } = n;
  let activeCols = 0;
  let capC = 0;
  for (let j = 0; j < C; j++) {
    if (colCap[j]! > 0) activeCols++;
    capC = Math.max(capC, colCap[j]!);
  }
  // δ: the fewest row slots allowed with an active column (with one slot per row, its degree)
  let slots: ArrayLike<number> = colDeg;
  if (!rowCap.every((x) => x <= 1)) {
    const sum = new Float64Array(C);
    for (let i = 0; i < R; i++) {
      const cap = rowCap[i]!;
      if (cap === 0) continue;
      const base = i * C;
      for (let j = 0; j < C; j++) if (ok === null || ok[base + j]) sum[j]! += cap;
    }
    slots = sum;
  }
  let delta = Infinity;
  for (let j = 0; j < C; j++) if (colCap[j]! > 0) delta = Math.min(delta, slots[j]!);
  // G(m): the slots of the rows forbidden with fewer than m active columns
  const byForbidden = new Float64Array(activeCols + 2);
  for (let i = 0; i < R; i++) if (rowCap[i]! > 0) byForbidden[activeCols - rowDeg[i]! + 1]! += rowCap[i]!;
  let g = 0;
  let m = 0;
  for (let k = 1; k <= Cs; k++) {
    while (m < Math.ceil(k / capC)) g += byForbidden[++m]!;
    if (Math.max(delta, g) < k) return false;
  }
  return true;
}

/** The narrowest typed array holding integers 0..K exactly: less memory traffic in the solver. */
function costArray(K: number, cells: number): CostArray {
  if (K <= 0xff) return new Uint8Array(cells);
  if (K <= 0xffff) return new Uint16Array(cells);
  if (K <= 0x7fffffff) return new Int32Array(cells);
  return new Float64Array(cells);
}

/** c[to + k] = K − w[from + k] for k < len: a small function of its own, so V8 compiles the loop once, not on-stack in every call. */
function complement(c: CostArray, to: number, w: ArrayLike<number>, from: number, len: number, K: number): void {
  for (let k = 0; k < len; k++) c[to + k] = K - w[from + k]!;
}

/**
 * log2 of the slots of every column when a column's slots are interchangeable and can be
 * stored once: every active column has the same capacity, a power of two above 1, no
 * coverage level tells first slots apart, and padding columns come in whole groups. Else 0.
 */
function slotShift(n: Normalised, plan: DensePlan): number {
  if (plan.A !== 0) return 0;
  let cap = 0;
  for (let j = 0; j < n.C; j++) {
    const x = n.colCap[j]!;
    if (x === 0) continue;
    if (cap === 0) cap = x;
    else if (x !== cap) return 0;
  }
  const shift = Math.log2(cap);
  return Number.isInteger(shift) && (plan.size - plan.Cs) % cap === 0 ? shift : 0;
}

/**
 * A forbidden cell only has to cost more than any optimum would gain by using it. When
 * every column slot can be filled (plan.fills) and coverage is fixed (A = 0), forbidden and
 * padding cells are first tried at 0xffff, in a Uint16 matrix (half the memory traffic of
 * the exact encoding's int32): the assignments that use no forbidden cell cost the same
 * there as in the exact matrix, up to the padding's constant, so an optimum of this matrix
 * that uses none (every column slot on an allowed pair) is the problem's optimum. Else the
 * exact encoding answers.
 */
function solveDense(n: Normalised, plan: DensePlan): [number, number][] | null {
  const { A, B, K, Cs, fills } = plan;
  if (fills && A === 0 && B > 0 && K > 0xffff && K - B < 0xffff) {
    const pairs = solveDenseWith(n, plan, 0xffff);
    if (pairs && pairs.length === Cs) return pairs;
  }
  return solveDenseWith(n, plan, K);
}

/** The dense solve with padding and forbidden cells at cost `fill` (K: the exact encoding). */
function solveDenseWith(n: Normalised, plan: DensePlan, fill: number): [number, number][] | null {
  const { rowSlot, colSlot, colFirst, Rs, Cs, size, A, B, K } = plan;
  const { w, ok } = n;
  const C = n.C;
  const simple = A === 0 && B === 0 && ok === null && Rs === n.R && Cs === C;
  // equal slots of a column are stored once: row a of the matrix is `stride` stored columns
  const shift = simple ? 0 : slotShift(n, plan);
  const stride = size >> shift;
  // square, weights of one byte: their complements from normalise() are the costs (K − w
  // shifted by the constant 255 − K, which changes no step of the solvers)
  const bytes = simple && size === n.R && size === C ? n.bytes : null;
  const maxCost = bytes ? 0xff : fill;
  const c = bytes ?? costArray(fill, size * stride);
  if (simple && !bytes) {
    // no levels, no slots, nothing forbidden: c = K − w, row by row, padding rows at K
    const cells = Rs * C;
    if (size === C) complement(c, 0, w, 0, cells, K);
    else {
      c.fill(K);
      for (let i = 0; i < Rs; i++) complement(c, i * size, w, i * C, C, K);
    }
    if (Rs < size) c.fill(K, cells);
  } else if (!simple) {
    c.fill(fill); // padding and forbidden cells weigh 0
    const stored = Cs >> shift;
    const bonus = new Float64Array(Cs);
    for (let b = 0; b < Cs; b++) bonus[b] = K - B - (colFirst[b] ? A : 0);
    const plain = ok === null && A === 0 && stored === C && colSlot.every((j, b) => j === b >> shift);
    for (let a = 0; a < Rs; a++) {
      const src = rowSlot[a]! * C;
      const dst = a * stride;
      if (a > 0 && rowSlot[a] === rowSlot[a - 1]) {
        // another slot of the same row: the same costs
        c.copyWithin(dst, dst - stride, dst - stride + stored);
        continue;
      }
      // every pair allowed, stored column t is mentee t, one level: the plain complement
      if (plain) complement(c, dst, w, src, C, K - B);
      else {
        for (let t = 0; t < stored; t++) {
          const b = t << shift;
          const j = colSlot[b]!;
          if (ok === null || ok[src + j]) c[dst + t] = bonus[b]! - w[src + j]!;
        }
      }
    }
  }
  const shape = { stride, shift };
  // large matrices: a sparse start priced out against every cell, else the dense solver
  // (lapSparse returns only solutions that certify() has proven optimal); not with padding:
  // a padding column's equal cells tie in every row's subgraph, padding rows all keep the
  // same few columns
  const sparse = size >= SPARSE_MIN_N && Rs === size && Cs === size ? lapSparse(size, c, shape, maxCost) : null;
  const sol = sparse ?? lapjv(size, c, maxCost, shape);
  if (!sparse && !certify(size, c, sol, shape)) return null; // never seen; the caller falls back to the flow
  const pairs: [number, number][] = [];
  for (let a = 0; a < Rs; a++) {
    const b = sol.rowsol[a]!;
    if (b >= Cs) continue;
    const i = rowSlot[a]!;
    const j = colSlot[b]!;
    if (allowedCell(n, i, j)) pairs.push([i, j]);
  }
  return pairs;
}

function flowSafe(n: Normalised): boolean {
  const V = n.R + n.C + 2;
  const A = n.P * n.wmax + 1;
  return 4 * V * (A + n.wmax) <= SAFE;
}

function solveFlow(n: Normalised): [number, number][] {
  const { R, C, w, rowCap, colCap, covered, wmax } = n;
  const A = n.P * wmax + 1;
  const s = R + C;
  const t = s + 1;
  const g = new FlowGraph(R + C + 2, R + n.edges + 2 * C);
  for (let i = 0; i < R; i++) if (rowCap[i]! > 0) g.addArc(s, i, rowCap[i]!, 0);
  const pairArcs: number[] = [];
  const pairOf: number[] = [];
  for (let i = 0; i < R; i++) {
    const base = i * C;
    for (let j = 0; j < C; j++) {
      if (!allowedCell(n, i, j)) continue;
      pairArcs.push(g.addArc(i, R + j, 1, wmax - w[base + j]!));
      pairOf.push(base + j);
    }
  }
  for (let j = 0; j < C; j++) {
    const cap = colCap[j]!;
    if (cap === 0) continue;
    if (covered[j]) g.addArc(R + j, t, cap, A);
    else {
      g.addArc(R + j, t, 1, 0);
      if (cap > 1) g.addArc(R + j, t, cap - 1, A);
    }
  }
  const { certified } = g.minCostMaxFlow(s, t);
  if (!certified) throw new Error('internal: flow not certified optimal');
  const pairs: [number, number][] = [];
  for (let k = 0; k < pairArcs.length; k++) {
    if (g.flowOn(pairArcs[k]!) > 0) {
      const cell = pairOf[k]!;
      pairs.push([Math.floor(cell / C), cell % C]);
    }
  }
  return pairs;
}

/**
 * Optimal b-matching: most newly covered columns, then most pairs, then largest total
 * weight. Deterministic for a given problem. `method` forces a path (for tests and bench).
 */
export function solveAssignment(problem: AssignmentProblem, method: SolveMethod = 'auto'): AssignmentSolution {
  const n = normalise(problem);
  if (n.P === 0) return finish([], n, 'flow');
  const flow = (): AssignmentSolution => {
    if (!flowSafe(n)) throw new RangeError('problem too large for an exact solution');
    return finish(solveFlow(n), n, 'flow');
  };
  if (method === 'flow') return flow();
  const plan = densePlan(n);
  if (method === 'dense' && !plan) throw new RangeError('dense path not applicable to this problem');
  // auto: dense when the pairs are dense enough that the flow's Dijkstra runs would each
  // touch most of the matrix, or when the flow's encoding would not be exact
  const cells = n.R * n.C;
  const useDense =
    plan !== null && (method === 'dense' || n.edges >= 0.3 * cells || n.P * n.edges > 64 * plan.size * plan.size || !flowSafe(n));
  if (useDense) {
    const pairs = solveDense(n, plan);
    if (pairs) return finish(pairs, n, 'dense');
  }
  return flow();
}
