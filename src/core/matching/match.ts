import { solveAssignment, type SolveMethod } from './assignment.js';
import { buildContext, forcedReasons } from './constraints.js';
import { fold, scorePair } from './score.js';
import { buildPairTable, CAUSE_BITS } from './table.js';
import type {
  Candidate,
  MatchInput,
  MatchResult,
  NoEligibleCause,
  ProposedPair,
  UnmatchedEntry,
  UnmatchedReason,
  Violation,
} from './types.js';
import { assertWeights } from './weights.js';

/** Candidates in a canonical order (email, then id), one per id: the result never depends on input order. */
export function canonical(list: readonly Candidate[]): Candidate[] {
  const sorted = [...list].sort(byEmailThenId);
  const seen = new Set<number>();
  return sorted.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

function byEmailThenId(a: Candidate, b: Candidate): number {
  const ea = fold(a.email) ?? '';
  const eb = fold(b.email) ?? '';
  return ea < eb ? -1 : ea > eb ? 1 : a.id - b.id;
}

function capacityOf(c: Candidate): number {
  return Number.isFinite(c.capacity) ? Math.max(0, Math.floor(c.capacity)) : 0;
}

/** The English text of an unmatched participant's reason. */
export function unmatchedText(r: UnmatchedReason): string {
  return r.kind === 'capacity' ? 'capacity exhausted' : `no eligible partner: ${r.causes.join(', ')}`;
}

/**
 * Matches a round: keeps the existing pairs, adds the optimal new ones (most mentees
 * covered, then most pairs, then largest total score) and explains everyone left unmatched.
 * `method` forces a solver path (tests); the default picks one.
 */
export function match(input: MatchInput, method: SolveMethod = 'auto'): MatchResult {
  assertWeights(input.weights);
  const mentors = canonical(input.mentors);
  const mentees = canonical(input.mentees);
  const R = mentors.length;
  const C = mentees.length;
  const ctx = buildContext(input);
  const table = buildPairTable(mentors, mentees, ctx, input.weights);
  const mentorIdx = new Map(mentors.map((c, i) => [c.id, i]));
  const menteeIdx = new Map(mentees.map((c, j) => [c.id, j]));

  // existing pairs, one per (mentor, mentee); locked if any copy is
  const kept = new Map<string, { mentorId: number; menteeId: number; locked: boolean; score?: number | undefined; forced?: Violation[] | undefined }>();
  for (const p of input.existing) {
    const key = `${p.mentorId},${p.menteeId}`;
    const prev = kept.get(key);
    if (prev) prev.locked ||= p.locked;
    else kept.set(key, { mentorId: p.mentorId, menteeId: p.menteeId, locked: p.locked, score: p.score, forced: p.forced });
  }
  const loadM = new Int32Array(R);
  const loadE = new Int32Array(C);
  const taken = new Uint8Array(R * C);
  for (const p of kept.values()) {
    const i = mentorIdx.get(p.mentorId);
    const j = menteeIdx.get(p.menteeId);
    if (i !== undefined) loadM[i]!++;
    if (j !== undefined) loadE[j]!++;
    if (i !== undefined && j !== undefined) taken[i * C + j] = 1;
  }

  // the sub-problem: everyone with capacity left, pairs that are eligible and new
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < R; i++) if (capacityOf(mentors[i]!) > loadM[i]!) rows.push(i);
  for (let j = 0; j < C; j++) if (capacityOf(mentees[j]!) > loadE[j]!) cols.push(j);
  const nr = rows.length;
  const nc = cols.length;
  // everyone has room (no kept pairs): the table's scores are the sub-problem's, uncopied
  const whole = nr === R && nc === C;
  const weights = whole ? table.scores : new Int32Array(nr * nc);
  const allowed = new Uint8Array(nr * nc);
  for (let a = 0; a < nr; a++) {
    const base = rows[a]! * C;
    for (let b = 0; b < nc; b++) {
      const cell = base + cols[b]!;
      if (!whole) weights[a * nc + b] = table.scores[cell]!;
      allowed[a * nc + b] = table.flags[cell] === 0 && !taken[cell] ? 1 : 0;
    }
  }
  const solution = solveAssignment(
    {
      rows: nr,
      cols: nc,
      weights,
      allowed,
      rowCapacity: rows.map((i) => capacityOf(mentors[i]!) - loadM[i]!),
      colCapacity: cols.map((j) => capacityOf(mentees[j]!) - loadE[j]!),
      colCovered: cols.map((j) => loadE[j]! > 0),
    },
    method,
  );

  const pairs: ProposedPair[] = [];
  for (const p of kept.values()) {
    const i = mentorIdx.get(p.mentorId);
    const j = menteeIdx.get(p.menteeId);
    const scored =
      i !== undefined && j !== undefined
        ? scorePair(mentors[i]!, mentees[j]!, input.weights)
        : { score: p.score ?? 0, reasons: [] };
    // a kept pair forced by hand still says which rules it broke
    const reasons = p.forced?.length ? [...scored.reasons, ...forcedReasons(p.forced)] : scored.reasons;
    pairs.push({ mentorId: p.mentorId, menteeId: p.menteeId, score: scored.score, reasons, isNew: false, locked: p.locked });
  }
  const matchedM = new Uint8Array(R);
  const matchedE = new Uint8Array(C);
  for (let i = 0; i < R; i++) matchedM[i] = loadM[i]! > 0 ? 1 : 0;
  for (let j = 0; j < C; j++) matchedE[j] = loadE[j]! > 0 ? 1 : 0;
  for (const [a, b] of solution.pairs) {
    const i = rows[a]!;
    const j = cols[b]!;
    matchedM[i] = 1;
    matchedE[j] = 1;
    const scored = scorePair(mentors[i]!, mentees[j]!, input.weights);
    pairs.push({ mentorId: mentors[i]!.id, menteeId: mentees[j]!.id, ...scored, isNew: true, locked: false });
  }

  const emailM = new Map(mentors.map((c) => [c.id, fold(c.email) ?? '']));
  const emailE = new Map(mentees.map((c) => [c.id, fold(c.email) ?? '']));
  // unknown people (not candidates) sort last, by id
  const sortKey = (m: Map<number, string>, id: number) => m.get(id) ?? `\uffff${String(id).padStart(16, '0')}`;
  pairs.sort((x, y) => {
    const ex = sortKey(emailE, x.menteeId);
    const ey = sortKey(emailE, y.menteeId);
    if (ex !== ey) return ex < ey ? -1 : 1;
    const mx = sortKey(emailM, x.mentorId);
    const my = sortKey(emailM, y.mentorId);
    if (mx !== my) return mx < my ? -1 : 1;
    return x.menteeId - y.menteeId || x.mentorId - y.mentorId;
  });

  const reasonFor = (cells: (k: number) => number, count: number): UnmatchedReason => {
    if (count === 0) return { kind: 'noEligible', causes: ['nobody on the other side'] };
    let union = 0;
    for (let k = 0; k < count; k++) {
      const f = cells(k);
      if (f === 0) return { kind: 'capacity' };
      union |= f;
    }
    const causes: NoEligibleCause[] = CAUSE_BITS.filter(([, bit]) => union & bit).map(([cause]) => cause);
    return { kind: 'noEligible', causes };
  };
  const unmatchedMentors: UnmatchedEntry[] = [];
  for (let i = 0; i < R; i++) {
    if (matchedM[i]) continue;
    unmatchedMentors.push({ id: mentors[i]!.id, reason: reasonFor((j) => table.flags[i * C + j]!, C) });
  }
  const unmatchedMentees: UnmatchedEntry[] = [];
  for (let j = 0; j < C; j++) {
    if (matchedE[j]) continue;
    unmatchedMentees.push({ id: mentees[j]!.id, reason: reasonFor((i) => table.flags[i * C + j]!, R) });
  }

  let totalScore = 0;
  const covered = new Set<number>();
  for (const p of pairs) {
    totalScore += p.score;
    covered.add(p.menteeId);
  }
  return {
    pairs,
    unmatched: { mentors: unmatchedMentors, mentees: unmatchedMentees },
    totalScore,
    menteesCovered: covered.size,
  };
}
