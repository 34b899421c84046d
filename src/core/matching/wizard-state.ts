import { StateError } from '../errors.js';
import { buildContext, FORCEABLE, forcedReasons, forcedRules, unorderedKey, violations } from './constraints.js';
import { match } from './match.js';
import type { Candidate, ExistingPair, MatchInput, MatchResult, ProposedPair, Reason, Violation } from './types.js';

// The matching wizard's state machine (SPEC §6): the round as loaded plus the organiser's
// changes. Everything is derived from the change list, so undo is "drop the last change"
// and a lock or hand assignment can never get lost on a re-solve.

/** A mentor and a mentee, by person id. */
export interface PairRef {
  mentorId: number;
  menteeId: number;
}

/**
 * One change of the organiser: lock a proposed pair, exclude a pair, assign a mentor to a
 * mentee by hand, or force a pair by hand past the hard constraints in `rules` (a mentee
 * nobody is eligible for, such as the top of the org chart).
 */
export interface Change extends PairRef {
  kind: 'lock' | 'exclude' | 'assign' | 'force';
  /** For `force`: the constraints the pair breaks, as confirmed by the organiser. */
  rules?: Violation[];
}

export interface WizardState {
  /** The round's matching problem as loaded (with --rematch dissolutions already left out). */
  readonly base: MatchInput;
  /** The organiser's changes, oldest first: the undo stack. */
  readonly changes: readonly Change[];
}

/** The effect of all changes: what is locked, excluded and assigned by hand in this session. */
export interface Choices {
  locks: PairRef[];
  exclusions: PairRef[];
  /** Hand assignments, forced ones included (with the rules they break). */
  assignments: (PairRef & { rules?: Violation[] })[];
}

/** Pairs, mentees covered and total score of a proposal. */
export interface Totals {
  pairs: number;
  menteesCovered: number;
  totalScore: number;
}

/** What a change did to the proposal. */
export interface MatchDiff {
  added: ProposedPair[];
  removed: ProposedPair[];
  before: Totals;
  after: Totals;
}

/** A pair that may no longer be saved, and why. */
export interface Conflict extends PairRef {
  problems: (Violation | 'not a participant')[];
}

const keyOf = (p: PairRef): string => `${p.mentorId},${p.menteeId}`;
const same = (a: PairRef) => (b: PairRef) => a.mentorId === b.mentorId && a.menteeId === b.menteeId;

/** A wizard over a round's matching problem, with no changes yet. */
export function startWizard(base: MatchInput): WizardState {
  return { base, changes: [] };
}

/** Folds the change list: a later exclusion of a pair drops its lock or hand assignment. */
export function choices(state: WizardState): Choices {
  const out: Choices = { locks: [], exclusions: [], assignments: [] };
  for (const c of state.changes) {
    const ref = { mentorId: c.mentorId, menteeId: c.menteeId };
    if (c.kind === 'lock') out.locks.push(ref);
    else if (c.kind === 'assign') out.assignments.push(ref);
    else if (c.kind === 'force') out.assignments.push({ ...ref, rules: c.rules ?? [] });
    else {
      out.exclusions.push(ref);
      out.locks = out.locks.filter((p) => !same(ref)(p));
      out.assignments = out.assignments.filter((p) => !same(ref)(p));
    }
  }
  return out;
}

/** The base input with locks and hand assignments as locked existing pairs and the session's exclusions added. */
export function effectiveInput(state: WizardState): MatchInput {
  const { locks, exclusions, assignments } = choices(state);
  const pinned = [...locks, ...assignments].map((p): ExistingPair => ({ mentorId: p.mentorId, menteeId: p.menteeId, locked: true }));
  return {
    ...state.base,
    existing: [...state.base.existing, ...pinned],
    exclusions: [...state.base.exclusions, ...exclusions.map((p): [number, number] => [p.mentorId, p.menteeId])],
  };
}

/**
 * The proposal for the current state: match() over the effective input. `isNew` means
 * "not an active pair of the round yet" (hand-assigned and locked proposals are new too).
 */
export function solve(state: WizardState): MatchResult {
  const result = match(effectiveInput(state));
  const kept = new Set(state.base.existing.map(keyOf));
  // a forced pair carries the rules it breaks among its reasons, so they are shown and saved
  const forced = new Map(choices(state).assignments.filter((a) => a.rules?.length).map((a) => [keyOf(a), forcedReasons(a.rules!)]));
  return {
    ...result,
    pairs: result.pairs.map((p) => ({ ...p, reasons: [...p.reasons, ...(forced.get(keyOf(p)) ?? [])], isNew: !kept.has(keyOf(p)) })),
  };
}

/**
 * The constraints a hand-forced pair would break, or null when it cannot be forced: the
 * mentor or mentee is full, they are one person or already a pair, or nothing is broken
 * (then it is a plain assignment).
 */
export function forceable(state: WizardState, mentorId: number, menteeId: number): Violation[] | null {
  const mentor = state.base.mentors.find((c) => c.id === mentorId);
  const mentee = state.base.mentees.find((c) => c.id === menteeId);
  if (!mentor || !mentee) return null;
  const broken = violations(mentor, mentee, buildContext(effectiveInput(state)));
  if (!broken.length || broken.some((v) => !FORCEABLE.includes(v))) return null;
  return broken;
}

/** Adds a change; throws a StateError when it makes no sense in this state (the wizard only offers valid ones). */
export function applyChange(state: WizardState, change: Change): WizardState {
  const mentor = state.base.mentors.find((c) => c.id === change.mentorId);
  const mentee = state.base.mentees.find((c) => c.id === change.menteeId);
  if (!mentor || !mentee) {
    throw new StateError('wizard.error.unknown', { mentor: mentor?.email ?? String(change.mentorId), mentee: mentee?.email ?? String(change.menteeId) });
  }
  const params = { mentor: mentor.email, mentee: mentee.email };
  const current = choices(state);
  const kept = state.base.existing.find(same(change));
  const broken = () => violations(mentor, mentee, buildContext(effectiveInput(state)));
  switch (change.kind) {
    case 'lock': {
      if (kept?.locked || current.locks.some(same(change)) || current.assignments.some(same(change))) {
        throw new StateError('wizard.error.alreadyLocked', params);
      }
      // a kept pair of the round may be locked even if it was forced past a constraint
      if (!kept) assertAllowed(broken(), params);
      break;
    }
    case 'assign':
      assertAllowed(broken(), params);
      break;
    case 'force': {
      const rules = forceable(state, change.mentorId, change.menteeId);
      if (!rules) throw new StateError('wizard.error.notForceable', params);
      return { base: state.base, changes: [...state.changes, { kind: 'force', mentorId: change.mentorId, menteeId: change.menteeId, rules }] };
    }
    case 'exclude': {
      if (kept) throw new StateError('wizard.error.keptPair', params);
      const excluded = new Set(state.base.exclusions.map(([a, b]) => unorderedKey(a, b)));
      if (excluded.has(unorderedKey(mentor.id, mentee.id)) || current.exclusions.some(same(change))) {
        throw new StateError('wizard.error.alreadyExcluded', params);
      }
      break;
    }
  }
  return { base: state.base, changes: [...state.changes, { kind: change.kind, mentorId: change.mentorId, menteeId: change.menteeId }] };
}

function assertAllowed(broken: Violation[], params: { mentor: string; mentee: string }): void {
  if (broken.length) throw new StateError('wizard.error.notAllowed', { ...params, constraints: broken.join(', ') });
}

/** The last change, if any (what undo would take back). */
export function lastChange(state: WizardState): Change | undefined {
  return state.changes[state.changes.length - 1];
}

/** Takes back the last change; throws when there is none. */
export function undo(state: WizardState): WizardState {
  if (!state.changes.length) throw new StateError('wizard.error.nothingToUndo');
  return { base: state.base, changes: state.changes.slice(0, -1) };
}

/** Pairs, mentees covered and total score of a proposal. */
export function totals(result: MatchResult): Totals {
  return { pairs: result.pairs.length, menteesCovered: result.menteesCovered, totalScore: result.totalScore };
}

/** The pairs a change added and removed, and the totals before and after. */
export function diff(before: MatchResult, after: MatchResult): MatchDiff {
  const had = new Set(before.pairs.map(keyOf));
  const has = new Set(after.pairs.map(keyOf));
  return {
    added: after.pairs.filter((p) => !had.has(keyOf(p))),
    removed: before.pairs.filter((p) => !has.has(keyOf(p))),
    before: totals(before),
    after: totals(after),
  };
}

/** True when both inputs have the same active pairs (the round did not change under the wizard). */
export function sameExisting(a: MatchInput, b: MatchInput): boolean {
  const ka = new Set(a.existing.map(keyOf));
  const kb = new Set(b.existing.map(keyOf));
  return ka.size === kb.size && [...ka].every((k) => kb.has(k));
}

/**
 * Checks, against freshly loaded data, that the pairs about to be saved are still allowed:
 * both still take part, no hard constraint is broken (beyond those a forced pair's reasons
 * name), and capacities hold with the round's
 * active pairs plus the earlier pairs of the list. Returns the pairs that fail.
 */
export function revalidate(fresh: MatchInput, pairs: readonly (PairRef & { reasons?: readonly Reason[] })[]): Conflict[] {
  const ctx = buildContext(fresh);
  const mentors = new Map(fresh.mentors.map((c) => [c.id, c]));
  const mentees = new Map(fresh.mentees.map((c) => [c.id, c]));
  const loadM = new Map(ctx.mentorLoad);
  const loadE = new Map(ctx.menteeLoad);
  const full = (c: Candidate, load: Map<number, number>) => (load.get(c.id) ?? 0) >= c.capacity;
  const conflicts: Conflict[] = [];
  for (const p of pairs) {
    const m = mentors.get(p.mentorId);
    const e = mentees.get(p.menteeId);
    if (!m || !e) {
      conflicts.push({ mentorId: p.mentorId, menteeId: p.menteeId, problems: ['not a participant'] });
      continue;
    }
    // capacity is counted here, with the list's own pairs, not only the stored ones
    // a pair forced by hand may break the rules its reasons name, and no other
    const allowed = new Set<Violation>(forcedRules(p.reasons ?? []));
    const problems: Conflict['problems'] = violations(m, e, ctx).filter((v) => v !== 'capacity' && !allowed.has(v));
    if (!problems.includes('already paired') && (full(m, loadM) || full(e, loadE))) problems.push('capacity');
    if (problems.length) {
      conflicts.push({ mentorId: p.mentorId, menteeId: p.menteeId, problems });
      continue;
    }
    loadM.set(m.id, (loadM.get(m.id) ?? 0) + 1);
    loadE.set(e.id, (loadE.get(e.id) ?? 0) + 1);
  }
  return conflicts;
}
