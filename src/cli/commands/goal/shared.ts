import { NotFoundError, StateError, UsageError } from '../../../core/errors.js';
import { parseEmail } from '../../../core/people.js';
import type { Round } from '../../../core/rounds.js';
import { getGoal, type GoalRow } from '../../../db/goals.js';
import { findParticipant } from '../../../db/participants.js';
import { getPerson } from '../../../db/people.js';
import { assertNotClosed, listRounds } from '../../../db/rounds.js';
import type { Db } from '../../../db/types.js';

/** The person id of a mentee of the round; someone else is an error (exit 1). */
export function requireMentee(db: Db, round: Round, email: string): number {
  const person = getPerson(db, parseEmail(email, '--mentee'));
  const participant = findParticipant(db, round.id, person.id);
  if (participant?.role !== 'mentee') throw new StateError('error.goal.notMentee', { email: person.email ?? email, round: round.name });
  return person.id;
}

/** A goal by the id the user typed, with its round; a closed round refuses changes (exit 1). */
export function requireGoal(db: Db, raw: string): { goal: GoalRow; round: Round } {
  const id = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(id)) throw new UsageError('error.goal.id', { value: raw });
  const goal = getGoal(db, id);
  const round = listRounds(db).find((r) => r.id === goal.roundId);
  if (!round) throw new NotFoundError('error.goal.notFound', { id });
  assertNotClosed(round);
  return { goal, round };
}
