import type { IsoDate } from '../core/dates.js';
import { NotFoundError, StateError, UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import type { Round } from '../core/rounds.js';
import { dateProblem } from '../core/sessions.js';
import { deleteGoal, getGoal, insertGoal, listGoals, markGoalDone, type GoalRow } from '../db/goals.js';
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

/** Which goal: by the id the user typed, or by its text within a mentee's tandem of a round (`goal done --mentee`). */
export type GoalRef = { id: string } | { round: Round; mentee: string; text: string };

/** A goal by its text in a mentee's tandem (case and outer spaces aside); none or several are exit 1. */
function goalByText(db: Db, round: Round, mentee: string, text: string): { goal: GoalRow; round: Round } {
  const participant = requireParticipant(db, round, mentee, 'mentee', '--mentee');
  const own = listGoals(db, round.id, { menteeId: participant.personId });
  const wanted = text.trim().toLowerCase();
  const found = own.filter((g) => g.text.trim().toLowerCase() === wanted);
  const params = { text: text.trim(), mentee: participant.email ?? mentee, round: round.name };
  if (found.length === 0) {
    const known = own.map((g) => `#${g.id} ${g.text}`).join('; ');
    throw new NotFoundError('error.goal.noText', params, known ? 'hint.goal.texts' : 'hint.goal.none', { goals: known });
  }
  if (found.length > 1) throw new StateError('error.goal.sameText', { ...params, ids: found.map((g) => `#${g.id}`).join(', ') });
  assertOpen(round);
  return { goal: found[0]!, round };
}

/** Marks a goal achieved on `date` (within the round, not in the future); returns it as stored. */
export function markDone(db: Db, ref: GoalRef, date: IsoDate, today: IsoDate, t: T): GoalRow {
  return db
    .transaction(() => {
      const { goal, round } = 'id' in ref ? requireGoal(db, ref.id) : goalByText(db, ref.round, ref.mentee, ref.text);
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
