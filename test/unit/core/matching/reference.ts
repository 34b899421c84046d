/**
 * Independent, deliberately naive reference implementations for the property tests:
 * constraint checks written from the spec, and an exact exhaustive search of the optimum.
 */
import type { Candidate, MatchInput, NoEligibleCause } from '../../../../src/core/matching/index.js';

const lc = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

const links = new WeakMap<MatchInput, Map<string, string>>();

/** Everyone above `email`, walking the manager links with a step limit instead of a visited set. */
function ancestors(input: MatchInput, c: Candidate): string[] {
  let link = links.get(input);
  if (!link) {
    link = new Map<string, string>();
    for (const p of input.people) if (lc(p.managerEmail)) link.set(lc(p.email), lc(p.managerEmail));
    for (const x of [...input.mentors, ...input.mentees]) {
      if (lc(x.managerEmail) && !link.has(lc(x.email))) link.set(lc(x.email), lc(x.managerEmail));
    }
    links.set(input, link);
  }
  const out: string[] = [];
  let cur = link.get(lc(c.email)) ?? (lc(c.managerEmail) || undefined);
  for (let step = 0; cur !== undefined && step <= link.size + 2; step++) {
    out.push(cur);
    cur = link.get(cur);
  }
  return out;
}

/** The static causes blocking mentor m with mentee e (spec order for unmatched reasons). */
export function refCauses(input: MatchInput, m: Candidate, e: Candidate): NoEligibleCause[] {
  const out: NoEligibleCause[] = [];
  if (ancestors(input, m).includes(lc(e.email)) || ancestors(input, e).includes(lc(m.email))) out.push('reporting line');
  const lm = m.languages.map(lc).filter(Boolean);
  const le = e.languages.map(lc).filter(Boolean);
  if (lm.length > 0 && le.length > 0 && !lm.some((x) => le.includes(x))) out.push('language');
  const names = (pairs: [number, number][]) => pairs.some(([a, b]) => (a === m.id && b === e.id) || (a === e.id && b === m.id));
  if (names(input.exclusions)) out.push('excluded');
  if (!input.allowRepeat && names(input.earlierPairs)) out.push('earlier pair');
  if (m.id === e.id || lc(m.email) === lc(e.email)) out.push('same person');
  return out;
}

export interface Objective {
  covered: number;
  pairs: number;
  score: number;
}

export interface SmallProblem {
  rows: number;
  cols: number;
  weight: (i: number, j: number) => number;
  ok: (i: number, j: number) => boolean;
  rowCap: number[]; // each 0..3
  colCap: number[];
  covered: boolean[];
}

const COV = 1e12;
const PAIR = 1e9;

/**
 * Exact optimum of (newly covered columns, pairs, score) by exhaustive search: every
 * subset of rows for each column in turn, memoised on the vector of remaining row
 * capacities (2 bits per row), so it stays exact and fast for up to 7 × 7.
 */
export function bruteForce(p: SmallProblem): Objective {
  if (p.rows > 12) throw new Error('too big for the brute force');
  const memo = new Map<number, number>();
  let start = 0;
  for (let i = 0; i < p.rows; i++) start |= Math.min(3, Math.max(0, p.rowCap[i]!)) << (2 * i);
  const best = (j: number, state: number): number => {
    if (j === p.cols) return 0;
    const key = j * 2 ** 24 + state;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let top = best(j + 1, state);
    const elig: number[] = [];
    for (let i = 0; i < p.rows; i++) if (p.ok(i, j)) elig.push(i);
    const cap = Math.max(0, p.colCap[j]!);
    const rec = (from: number, chosen: number, st: number, sc: number): void => {
      if (chosen > 0) {
        const v = (p.covered[j] ? 0 : COV) + chosen * PAIR + sc + best(j + 1, st);
        if (v > top) top = v;
      }
      if (chosen === cap) return;
      for (let k = from; k < elig.length; k++) {
        const i = elig[k]!;
        if (((st >> (2 * i)) & 3) === 0) continue;
        rec(k + 1, chosen + 1, st - (1 << (2 * i)), sc + p.weight(i, j));
      }
    };
    rec(0, 0, state, 0);
    memo.set(key, top);
    return top;
  };
  const v = best(0, start);
  return { covered: Math.floor(v / COV), pairs: Math.floor((v % COV) / PAIR), score: v % PAIR };
}
