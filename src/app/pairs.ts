import type { IsoDate } from '../core/dates.js';
import { NotFoundError, StateError } from '../core/errors.js';
import { buildContext, forcedReasons, violations } from '../core/matching/constraints.js';
import { scorePair } from '../core/matching/score.js';
import { DEFAULT_WEIGHTS, type Candidate, type Violation } from '../core/matching/types.js';
import type { Round } from '../core/rounds.js';
import { addExclusion, loadMatchInput, removeExclusion } from '../db/matching.js';
import { getPerson } from '../db/people.js';
import type { ParticipantRow } from '../db/participants.js';
import { endPair as storeEnd, findActivePair, insertPair, lockPair as storeLock, type PairRow } from '../db/pairs.js';
import type { Db } from '../db/types.js';
import { assertOpen, requireParticipant } from './participation.js';

/** A mentor and a mentee of a round by email, each checked by the participation rule. */
export function resolvePair(db: Db, round: Round, mentorEmail: string, menteeEmail: string): { mentor: ParticipantRow; mentee: ParticipantRow } {
  return {
    mentor: requireParticipant(db, round, mentorEmail, 'mentor', '<mentor-email>'),
    mentee: requireParticipant(db, round, menteeEmail, 'mentee', '<mentee-email>'),
  };
}

/** The active pair of two emails in a round, or a not-found error (exit 1). */
function activePairOf(db: Db, round: Round, mentorEmail: string, menteeEmail: string): PairRow {
  const { mentor, mentee } = resolvePair(db, round, mentorEmail, menteeEmail);
  const pair = findActivePair(db, round.id, mentor.personId, mentee.personId);
  if (!pair) throw new NotFoundError('error.noActivePair', { mentor: mentor.email ?? '', mentee: mentee.email ?? '', round: round.name });
  return pair;
}

/** A pair added by hand, and the constraints it breaks (only with `force`). */
export interface AddedPair {
  mentor: Candidate;
  mentee: Candidate;
  score: number;
  broken: Violation[];
}

/** Adds a pair by hand to an open round; a broken constraint refuses it unless `force` (then it is reported and stored as a `forced` reason). */
export function addPair(
  db: Db,
  round: Round,
  input: { mentor: string; mentee: string; force: boolean; since?: IsoDate },
  causes: (broken: Violation[]) => string,
): AddedPair {
  assertOpen(round);
  return db
    .transaction((): AddedPair => {
      const { mentor, mentee } = resolvePair(db, round, input.mentor, input.mentee);
      if (findActivePair(db, round.id, mentor.personId, mentee.personId)) {
        throw new StateError('error.pairExists', { mentor: mentor.email ?? '', mentee: mentee.email ?? '', round: round.name });
      }
      const match = loadMatchInput(db, round, { weights: DEFAULT_WEIGHTS, allowRepeat: false });
      const m = match.mentors.find((c) => c.id === mentor.personId)!;
      const e = match.mentees.find((c) => c.id === mentee.personId)!;
      const broken = violations(m, e, buildContext(match));
      if (broken.length && !input.force) throw new StateError('error.pairBreaks', { constraints: causes(broken) }, 'hint.forcePair');
      const { score, reasons } = scorePair(m, e, match.weights);
      // a forced pair keeps the rules it broke among its reasons (shown in pair list and the report)
      insertPair(db, { roundId: round.id, mentorId: m.id, menteeId: e.id, score, reasons: [...reasons, ...forcedReasons(broken)], since: input.since ?? round.startsOn });
      return { mentor: m, mentee: e, score, broken };
    })
    .immediate();
}

/** Ends the active pair of two emails on `today` with a reason. */
export function endPair(db: Db, round: Round, input: { mentor: string; mentee: string; reason: string }, today: IsoDate): void {
  db.transaction(() => storeEnd(db, activePairOf(db, round, input.mentor, input.mentee).id, today, input.reason)).immediate();
}

/** Locks (or, with `locked: false`, unlocks) the active pair of two emails in an open round; returns whether it already was. */
export function lockPair(db: Db, round: Round, input: { mentor: string; mentee: string }, locked = true): { already: boolean } {
  assertOpen(round);
  return db
    .transaction(() => {
      const pair = activePairOf(db, round, input.mentor, input.mentee);
      if (pair.locked !== locked) storeLock(db, pair.id, locked);
      return { already: pair.locked === locked };
    })
    .immediate();
}

/** Never proposes a pair of two people (in one round, or in every round when `round` is absent); returns whether it is new. */
export function excludePair(db: Db, a: string, b: string, round: Round | undefined): boolean {
  return db.transaction(() => addExclusion(db, getPerson(db, a).id, getPerson(db, b).id, round?.id ?? null)).immediate();
}

/** Lifts the exclusion of two people in exactly that scope (one round, or every round); none there is exit 1. */
export function includePair(db: Db, a: string, b: string, round: Round | undefined): void {
  db.transaction(() => {
    if (!removeExclusion(db, getPerson(db, a).id, getPerson(db, b).id, round?.id ?? null)) {
      throw new StateError(round ? 'error.notExcludedInRound' : 'error.notExcludedAlways', { a, b, round: round?.name ?? '' }, round ? 'hint.notExcludedInRound' : 'hint.notExcludedAlways');
    }
  }).immediate();
}
