import type { IsoDate } from '../core/dates.js';
import { NotFoundError, StateError, UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import type { Round } from '../core/rounds.js';
import { dateProblem } from '../core/sessions.js';
import { deleteGoal, getGoal, insertGoal, markGoalDone, type GoalRow } from '../db/goals.js';
import { listRounds } from '../db/rounds.js';
import type { Db } from '../db/types.js';
import { assertOpen, requireParticipant } from './participation.js';
import { usageProblem } from './problems.js';

/** Adds a goal to a mentee's tandem of an open round; returns the stored goal. */
export function addGoal(db: Db, round: Round, input: { mentee: string; text: string; topic: string | null }): GoalRow {
  assertOpen(round);
  return db
    .transaction(() => {
      const mentee = requireParticipant(db, round, input.mentee, 'mentee', '--mentee');
      return getGoal(db, insertGoal(db, { roundId: round.id, menteeId: mentee.personId, text: input.text, topic: input.topic, achievedOn: null }));
    })
    .immediate();
}

/** A goal by the id the user typed, with its round; a closed round refuses changes (exit 1). */
function requireGoal(db: Db, raw: string): { goal: GoalRow; round: Round } {
  const id = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(id)) throw new UsageError('error.goal.id', { value: raw });
  const goal = getGoal(db, id);
  const round = listRounds(db).find((r) => r.id === goal.roundId);
  if (!round) throw new NotFoundError('error.goal.notFound', { id });
  assertOpen(round);
  return { goal, round };
}

/** Marks a goal achieved on `date` (within the round, not in the future); returns it as stored. */
export function markDone(db: Db, raw: string, date: IsoDate, today: IsoDate, t: T): GoalRow {
  return db
    .transaction(() => {
      const { goal, round } = requireGoal(db, raw);
      const problem = dateProblem(date, round, today);
      if (problem) throw usageProblem(problem, '--date', t);
      if (goal.achievedOn) throw new StateError('error.goal.alreadyDone', { id: goal.id, date: goal.achievedOn });
      markGoalDone(db, goal.id, date);
      return getGoal(db, goal.id);
    })
    .immediate();
}

/** Removes a goal of an open round; returns it as it was. */
export function removeGoal(db: Db, raw: string): GoalRow {
  return db
    .transaction(() => {
      const { goal } = requireGoal(db, raw);
      deleteGoal(db, goal.id);
      return goal;
    })
    .immediate();
}
