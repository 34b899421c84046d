import type { IsoDate } from '../core/dates.js';
import { NotFoundError } from '../core/errors.js';
import type { PersonRef } from '../core/report/types.js';
import { storeTopic } from './topics.js';
import type { Db } from './types.js';

/** The `goal list` object of SPEC §5, plus the round it belongs to. */
export interface GoalRow {
  id: number;
  roundId: number;
  menteeId: number;
  mentee: PersonRef;
  text: string;
  topic: string | null;
  achievedOn: IsoDate | null;
}

export interface NewGoal {
  roundId: number;
  menteeId: number;
  text: string;
  /** As entered (a label): stored by key, see `storeTopic`. */
  topic: string | null;
  achievedOn: IsoDate | null;
}

const SELECT = `SELECT g.id, g.round_id AS roundId, g.mentee_id AS menteeId, p.name AS menteeName, p.email AS menteeEmail,
  g.text, g.topic, g.achieved_on AS achievedOn FROM goal g JOIN person p ON p.id = g.mentee_id`;

type Row = Omit<GoalRow, 'mentee'> & { menteeName: string | null; menteeEmail: string | null };
const toGoal = ({ menteeName, menteeEmail, ...rest }: Row): GoalRow => ({
  id: rest.id,
  roundId: rest.roundId,
  menteeId: rest.menteeId,
  mentee: { name: menteeName, email: menteeEmail },
  text: rest.text,
  topic: rest.topic,
  achievedOn: rest.achievedOn,
});

/** The goals of a round (or one mentee's; `open` only those not achieved), by mentee then id. */
export function listGoals(db: Db, roundId: number, options: { menteeId?: number; open?: boolean } = {}): GoalRow[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE g.round_id = ? AND (? IS NULL OR g.mentee_id = ?) AND (? = 0 OR g.achieved_on IS NULL)
       ORDER BY p.name IS NULL, p.name COLLATE NOCASE, p.email, g.mentee_id, g.id`,
    )
    .all(roundId, options.menteeId ?? null, options.menteeId ?? null, options.open ? 1 : 0) as Row[];
  return rows.map(toGoal);
}

/** A goal by id; unknown is an error (exit 1). */
export function getGoal(db: Db, id: number): GoalRow {
  const row = db.prepare(`${SELECT} WHERE g.id = ?`).get(id) as Row | undefined;
  if (!row) throw new NotFoundError('error.goal.notFound', { id });
  return toGoal(row);
}

/** Inserts a goal; returns its id. */
export function insertGoal(db: Db, goal: NewGoal): number {
  const { lastInsertRowid } = db
    .prepare(`INSERT INTO goal (round_id, mentee_id, text, topic, achieved_on) VALUES (?, ?, ?, ?, ?)`)
    .run(goal.roundId, goal.menteeId, goal.text, goal.topic === null ? null : storeTopic(db, goal.topic) || null, goal.achievedOn);
  return Number(lastInsertRowid);
}

/** Marks a goal achieved on a day. */
export function markGoalDone(db: Db, id: number, on: IsoDate): void {
  db.prepare(`UPDATE goal SET achieved_on = ? WHERE id = ?`).run(on, id);
}

/** Deletes a goal. */
export function deleteGoal(db: Db, id: number): void {
  db.prepare(`DELETE FROM goal WHERE id = ?`).run(id);
}
