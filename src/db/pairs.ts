import type { IsoDate } from '../core/dates.js';
import type { Reason } from '../core/matching/types.js';
import { json, reasonList } from './json.js';
import type { Db } from './types.js';

/** A pair with both people's names and emails (null once forgotten). */
export interface PairRow {
  id: number;
  roundId: number;
  mentorId: number;
  menteeId: number;
  mentorName: string | null;
  mentorEmail: string | null;
  menteeName: string | null;
  menteeEmail: string | null;
  score: number;
  reasons: Reason[];
  since: IsoDate;
  status: 'active' | 'ended';
  endedOn: IsoDate | null;
  endReason: string | null;
  locked: boolean;
}

const SELECT = `SELECT pr.id, pr.round_id AS roundId, pr.mentor_id AS mentorId, pr.mentee_id AS menteeId,
  m.name AS mentorName, m.email AS mentorEmail, e.name AS menteeName, e.email AS menteeEmail,
  pr.score, pr.reasons, pr.since, pr.status, pr.ended_on AS endedOn, pr.end_reason AS endReason, pr.locked
  FROM pair pr JOIN person m ON m.id = pr.mentor_id JOIN person e ON e.id = pr.mentee_id`;

type Row = Omit<PairRow, 'reasons' | 'locked'> & { reasons: string; locked: number };
const toPair = (r: Row): PairRow => ({ ...r, reasons: reasonList(r.reasons), locked: r.locked === 1 });

/** The pairs of a round (active only unless `all`), by mentee then mentor. */
export function listPairs(db: Db, roundId: number, options: { all?: boolean } = {}): PairRow[] {
  const rows = db
    .prepare(
      `${SELECT} WHERE pr.round_id = ? AND (? OR pr.status = 'active')
       ORDER BY e.name COLLATE NOCASE, e.email, m.name COLLATE NOCASE, m.email, pr.id`,
    )
    .all(roundId, options.all ? 1 : 0) as Row[];
  return rows.map(toPair);
}

/** The active pair of a mentor and a mentee in a round, if any. */
export function findActivePair(db: Db, roundId: number, mentorId: number, menteeId: number): PairRow | undefined {
  const row = db
    .prepare(`${SELECT} WHERE pr.round_id = ? AND pr.mentor_id = ? AND pr.mentee_id = ? AND pr.status = 'active'`)
    .get(roundId, mentorId, menteeId) as Row | undefined;
  return row && toPair(row);
}

export interface NewPair {
  roundId: number;
  mentorId: number;
  menteeId: number;
  score: number;
  reasons: readonly Reason[];
  since: IsoDate;
  locked?: boolean;
}

/** Inserts an active pair. */
export function insertPair(db: Db, pair: NewPair): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO pair (round_id, mentor_id, mentee_id, score, reasons, since, locked) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(pair.roundId, pair.mentorId, pair.menteeId, pair.score, json(pair.reasons), pair.since, pair.locked ? 1 : 0);
  return Number(lastInsertRowid);
}

/** Ends an active pair with a date and a reason. */
export function endPair(db: Db, id: number, on: IsoDate, reason: string): void {
  db.prepare(`UPDATE pair SET status = 'ended', ended_on = ?, end_reason = ? WHERE id = ? AND status = 'active'`).run(on, reason, id);
}

/** Locks a pair so re-matching keeps it (or unlocks it with `locked: false`). */
export function lockPair(db: Db, id: number, locked = true): void {
  db.prepare(`UPDATE pair SET locked = ? WHERE id = ?`).run(locked ? 1 : 0, id);
}
