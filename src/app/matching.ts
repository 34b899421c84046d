import { daysBetween, parseDate, type IsoDate } from '../core/dates.js';
import { StateError, UsageError } from '../core/errors.js';
import { match } from '../core/matching/match.js';
import { DEFAULT_WEIGHTS, type MatchResult, type Weights } from '../core/matching/types.js';
import { parseWeights } from '../core/matching/weights.js';
import { revalidate, sameExisting, type Choices, type Conflict } from '../core/matching/wizard-state.js';
import type { Round } from '../core/rounds.js';
import { addExclusion, deletePairs, dissolvablePairs, loadMatchInput, type RoundMatchInput } from '../db/matching.js';
import { findActivePair, insertPair, listPairs, lockPair } from '../db/pairs.js';
import { findRound } from '../db/rounds.js';
import type { Db } from '../db/types.js';
import { assertOpen, requireRoleById } from './participation.js';

// Matching a round (SPEC §6): `pair match --dry-run` proposes; `pair match --yes` and the
// wizard's "save" both write through storeMatching, each in one immediate transaction.
// The wizard's proposal may be minutes old, so saveMatching re-validates it first;
// `--yes` proposes under the same write lock, so only its round is re-checked.

/** What a matching run needs, parsed and checked before anything is computed. */
export interface MatchRequest {
  round: Round;
  weights: Weights;
  allowRepeat: boolean;
  rematch: boolean;
  since: IsoDate;
}

/** The weights of `--weights topic=10,…`, or the defaults. */
export function matchWeights(raw: string | undefined): Weights {
  return raw === undefined ? { ...DEFAULT_WEIGHTS } : parseWeights(raw);
}

/** Checks a matching run on an open round: a start date (`--since`) within the round. */
export function matchRequest(round: Round, input: { weights: Weights; allowRepeat: boolean; rematch: boolean; since?: string }): MatchRequest {
  const { weights } = input;
  assertOpen(round);
  const since = input.since === undefined ? round.startsOn : parseDate(input.since, '--since');
  if (daysBetween(round.startsOn, since) < 0 || daysBetween(since, round.endsOn) < 0) {
    throw new UsageError('error.sinceOutside', { date: since, start: round.startsOn, end: round.endsOn });
  }
  return { round, weights, allowRepeat: input.allowRepeat, rematch: input.rematch, since };
}

/** The round as a matching starts from it. */
export interface Loaded {
  /** The matching problem, with the pairs --rematch would dissolve left out. */
  input: RoundMatchInput;
  /** Ids of the pairs --rematch dissolves on save (empty without --rematch). */
  dissolve: ReadonlySet<number>;
  /** `mentorId,menteeId` → since, of the round's active pairs. */
  sinceOf: ReadonlyMap<string, string>;
}

/** Reads the round's matching problem; writes nothing. */
export function loadMatching(db: Db, request: MatchRequest): Loaded {
  const dissolve = request.rematch ? dissolvablePairs(db, request.round.id) : new Set<number>();
  const input = loadMatchInput(db, request.round, { weights: request.weights, allowRepeat: request.allowRepeat, dissolve });
  const sinceOf = new Map(listPairs(db, request.round.id).map((p) => [`${p.mentorId},${p.menteeId}`, p.since]));
  return { input, dissolve, sinceOf };
}

/** A proposal: the loaded round and the optimal matching of it. */
export interface Proposal {
  loaded: Loaded;
  result: MatchResult;
}

/** The optimal matching of the round, saving nothing (--rematch dissolutions are simulated). */
export function proposeMatching(db: Db, request: MatchRequest, onStep: (step: number) => void = () => {}): Proposal {
  const loaded = loadMatching(db, request);
  onStep(1);
  const result = match(loaded.input);
  onStep(2);
  return { loaded, result };
}

export interface Saved {
  inserted: number;
  locked: number;
  excluded: number;
  dissolved: number;
}

/** Renders re-validation conflicts for the error message (names are the caller's business). */
export type DescribeConflicts = (names: RoundMatchInput['names'], conflicts: readonly Conflict[]) => string;

/**
 * Saves an accepted proposal in one immediate transaction: re-checks that the round did
 * not change since it was loaded (still open, same active pairs, every new pair's people
 * still in their roles and the pair still allowed), then dissolves (--rematch), inserts the
 * new pairs, locks kept pairs locked by the organiser and stores their exclusions for this
 * round. Any problem: nothing is saved.
 */
export function saveMatching(db: Db, request: MatchRequest, proposal: Proposal, describe: DescribeConflicts, chosen: Choices = NO_CHOICES): Saved {
  return db
    .transaction((): Saved => {
      const dissolve = assertUnchanged(db, request, proposal, describe);
      return storeMatching(db, request, proposal, dissolve, chosen);
    })
    .immediate();
}

/** No locks, exclusions or assignments chosen (`pair match --yes`). */
const NO_CHOICES: Choices = { locks: [], exclusions: [], assignments: [] };

/** The round as the request read it: still there under the same id, and open. */
function assertSameRound(db: Db, round: Round): void {
  const now = findRound(db, round.name);
  const again = { round: round.name };
  if (!now || now.id !== round.id) throw new StateError('wizard.error.pairsChanged', again, 'wizard.hint.again', again);
  assertOpen(now);
}

/** The re-check of saveMatching; returns the pairs to dissolve (those still dissolvable). */
function assertUnchanged(db: Db, request: MatchRequest, proposal: Proposal, describe: DescribeConflicts): ReadonlySet<number> {
  const { round } = request;
  const { loaded, result } = proposal;
  const again = { round: round.name };
  assertSameRound(db, round);
  const newPairs = result.pairs.filter((p) => p.isNew);
  const email = (id: number) => loaded.input.names.get(id)?.email ?? `#${id}`;
  for (const p of newPairs) {
    requireRoleById(db, round, p.mentorId, 'mentor', email(p.mentorId));
    requireRoleById(db, round, p.menteeId, 'mentee', email(p.menteeId));
  }
  // only what was dissolvable when the proposal was made and still is
  const stillDissolvable = request.rematch ? dissolvablePairs(db, round.id) : new Set<number>();
  const dissolve = new Set([...loaded.dissolve].filter((id) => stillDissolvable.has(id)));
  const fresh = loadMatchInput(db, round, { weights: request.weights, allowRepeat: request.allowRepeat, dissolve });
  if (!sameExisting(loaded.input, fresh)) throw new StateError('wizard.error.pairsChanged', again, 'wizard.hint.again', again);
  const conflicts = revalidate(fresh, newPairs);
  if (conflicts.length) throw new StateError('wizard.error.changed', { conflicts: describe(loaded.input.names, conflicts) }, 'wizard.hint.again', again);
  return dissolve;
}

/** Writes a proposal (inside the caller's transaction): dissolutions, new pairs, locks, exclusions. */
function storeMatching(db: Db, request: MatchRequest, proposal: Proposal, dissolve: ReadonlySet<number>, chosen: Choices): Saved {
  const { round } = request;
  const newPairs = proposal.result.pairs.filter((p) => p.isNew);
  deletePairs(db, dissolve);
  for (const p of newPairs) {
    insertPair(db, { roundId: round.id, mentorId: p.mentorId, menteeId: p.menteeId, score: p.score, reasons: p.reasons, since: request.since, locked: p.locked });
  }
  let lockedKept = 0;
  for (const lock of chosen.locks) {
    const kept = findActivePair(db, round.id, lock.mentorId, lock.menteeId);
    // new pairs were inserted locked above; a kept pair locked in the wizard gets its flag now
    if (kept && !kept.locked) {
      lockPair(db, kept.id);
      lockedKept++;
    }
  }
  let excluded = 0;
  for (const x of chosen.exclusions) if (addExclusion(db, x.mentorId, x.menteeId, round.id)) excluded++;
  return { inserted: newPairs.length, locked: newPairs.filter((p) => p.locked).length + lockedKept, excluded, dissolved: dissolve.size };
}

/** `pair match --yes`: proposes and saves in one immediate transaction, through storeMatching. */
export function matchAndSave(db: Db, request: MatchRequest, onStep?: (step: number) => void): Proposal & { saved: Saved } {
  return db
    .transaction(() => {
      // read and written under one write lock: once the round is checked nothing can change
      // in between, so the rest of the re-check the wizard's save needs (its proposal is
      // minutes old) is left out
      assertSameRound(db, request.round);
      const proposal = proposeMatching(db, request, onStep);
      return { ...proposal, saved: storeMatching(db, request, proposal, proposal.loaded.dissolve, NO_CHOICES) };
    })
    .immediate();
}
