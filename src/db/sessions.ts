import type BetterSqlite3 from 'better-sqlite3';
import type { IsoDate } from '../core/dates.js';
import type { PersonRef } from '../core/report/types.js';
import type { SessionFormat } from '../core/sessions.js';
import { json, list } from './json.js';
import { storeTopics } from './topics.js';
import type { Db } from './types.js';


/** A mentor of a tandem: the person's id, name and email (null once forgotten). */
export interface TandemMentor extends PersonRef {
  id: number;
}

/** A mentee with their active mentors in a round, and the date of their latest session. */
export interface Tandem {
  menteeId: number;
  mentee: PersonRef;
  mentors: TandemMentor[];
  lastSession: IsoDate | null;
}

/** The `session list` object of SPEC §5. */
export interface SessionRow {
  id: number;
  date: IsoDate;
  mentee: PersonRef;
  mentors: PersonRef[];
  minutes: number;
  format: SessionFormat | null;
  topics: string[];
  note: string | null;
  highlight: string | null;
}

export interface NewSession {
  roundId: number;
  menteeId: number;
  mentorIds: readonly number[];
  date: IsoDate;
  minutes: number;
  format: SessionFormat | null;
  /** As entered (labels): stored by key, see `storeTopics`. */
  topics: readonly string[];
  note: string | null;
  highlight: string | null;
}

/**
 * The tandems of a round: every mentee with at least one active pair, with those
 * mentors and the last session, by mentee name. `menteeId` limits it to one mentee.
 */
export function listTandems(db: Db, roundId: number, menteeId?: number): Tandem[] {
  const rows = db
    .prepare(
      `SELECT pr.mentee_id AS menteeId, e.name AS menteeName, e.email AS menteeEmail,
         m.id AS mentorId, m.name AS mentorName, m.email AS mentorEmail,
         (SELECT max(s.date) FROM session s WHERE s.round_id = pr.round_id AND s.mentee_id = pr.mentee_id) AS lastSession
       FROM pair pr JOIN person e ON e.id = pr.mentee_id JOIN person m ON m.id = pr.mentor_id
       WHERE pr.round_id = ? AND pr.status = 'active' AND (? IS NULL OR pr.mentee_id = ?)
       ORDER BY e.name IS NULL, e.name COLLATE NOCASE, e.email, pr.mentee_id, m.name IS NULL, m.name COLLATE NOCASE, m.email`,
    )
    .all(roundId, menteeId ?? null, menteeId ?? null) as {
    menteeId: number;
    menteeName: string | null;
    menteeEmail: string | null;
    mentorId: number;
    mentorName: string | null;
    mentorEmail: string | null;
    lastSession: string | null;
  }[];
  const tandems: Tandem[] = [];
  let current: Tandem | undefined;
  for (const r of rows) {
    if (current?.menteeId !== r.menteeId) {
      current = { menteeId: r.menteeId, mentee: { name: r.menteeName, email: r.menteeEmail }, mentors: [], lastSession: r.lastSession };
      tandems.push(current);
    }
    current.mentors.push({ id: r.mentorId, name: r.mentorName, email: r.mentorEmail });
  }
  return tandems;
}

/** Inserts a session and who attended; returns its id. */
export function insertSession(db: Db, s: NewSession): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO session (round_id, mentee_id, date, minutes, format, topics, note, highlight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.roundId, s.menteeId, s.date, s.minutes, s.format, json(storeTopics(db, s.topics)), s.note, s.highlight);
  const id = Number(lastInsertRowid);
  const attend = db.prepare(`INSERT INTO session_mentor (session_id, mentor_id) VALUES (?, ?)`);
  for (const mentorId of s.mentorIds) attend.run(id, mentorId);
  return id;
}

/** Inserts many sessions of a round in the caller's transaction, reusing the prepared statements. */
export function insertSessions(
  db: Db,
  roundId: number,
  sessions: readonly Omit<NewSession, 'roundId'>[],
  onProgress?: (done: number) => void,
): void {
  // Many rows per statement: the per-statement cost, not SQLite's, dominated a large import.
  // A session's id is one more than the largest before it (INTEGER PRIMARY KEY, no other
  // writer inside the transaction), so a batch's ids are the last one's and the ones before.
  const BATCH = 100;
  const statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const values = (rows: number, columns: number) => Array.from({ length: rows }, () => `(${new Array(columns).fill('?').join(', ')})`).join(', ');
  // Topic lists repeat a lot (an import checks each distinct cell once): store and serialise each distinct one once.
  const topicsJson = new Map<readonly string[], string>();
  for (let start = 0; start < sessions.length; start += BATCH) {
    const batch = sessions.slice(start, start + BATCH);
    const params: (string | number | null)[] = [];
    for (const s of batch) {
      let topics = topicsJson.get(s.topics);
      if (topics === undefined) topicsJson.set(s.topics, (topics = json(storeTopics(db, s.topics))));
      params.push(roundId, s.menteeId, s.date, s.minutes, s.format, topics, s.note, s.highlight);
    }
    const last = Number(
      prepared(`INSERT INTO session (round_id, mentee_id, date, minutes, format, topics, note, highlight) VALUES ${values(batch.length, 8)}`).run(params)
        .lastInsertRowid,
    );
    const attendance: number[] = [];
    batch.forEach((s, k) => {
      for (const mentorId of s.mentorIds) attendance.push(last - batch.length + 1 + k, mentorId);
    });
    for (let a = 0; a < attendance.length; a += 2 * BATCH) {
      const part = attendance.slice(a, a + 2 * BATCH);
      prepared(`INSERT INTO session_mentor (session_id, mentor_id) VALUES ${values(part.length / 2, 2)}`).run(part);
    }
    if (onProgress && Math.floor((start + batch.length) / 1000) > Math.floor(start / 1000)) onProgress(start + batch.length);
  }
}

type Row = Omit<SessionRow, 'mentee' | 'mentors' | 'topics'> & {
  menteeName: string | null;
  menteeEmail: string | null;
  topics: string;
};

/** The sessions of a round (or of one mentee, or one session), by date. */
export function listSessions(db: Db, roundId: number, filter: { menteeId?: number; id?: number } = {}): SessionRow[] {
  const where = 's.round_id = ? AND (? IS NULL OR s.mentee_id = ?) AND (? IS NULL OR s.id = ?)';
  const params = [roundId, filter.menteeId ?? null, filter.menteeId ?? null, filter.id ?? null, filter.id ?? null];
  const rows = db
    .prepare(
      `SELECT s.id, s.date, e.name AS menteeName, e.email AS menteeEmail, s.minutes, s.format, s.topics, s.note, s.highlight
       FROM session s JOIN person e ON e.id = s.mentee_id
       WHERE ${where}
       ORDER BY s.date, s.id`,
    )
    .all(...params) as Row[];
  // Every session's mentors in one query (a correlated subquery per session, each building
  // JSON to parse again, took most of the time on large rounds).
  const mentors = new Map<number, PersonRef[]>();
  const attended = db
    .prepare(
      `SELECT sm.session_id, p.name, p.email
       FROM session s JOIN session_mentor sm ON sm.session_id = s.id JOIN person p ON p.id = sm.mentor_id
       WHERE ${where}
       ORDER BY sm.session_id, p.name IS NULL, p.name COLLATE NOCASE, p.email`,
    )
    .raw()
    .all(...params) as [number, string | null, string][];
  for (const [sessionId, name, email] of attended) {
    const group = mentors.get(sessionId);
    if (group) group.push({ name, email });
    else mentors.set(sessionId, [{ name, email }]);
  }
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    mentee: { name: r.menteeName, email: r.menteeEmail },
    mentors: mentors.get(r.id) ?? [],
    minutes: r.minutes,
    format: r.format,
    topics: list(r.topics),
    note: r.note,
    highlight: r.highlight,
  }));
}

/** The identity of a session for re-imports: tandem, date, minutes, who attended (sorted ids) and note. */
export function sessionKey(menteeId: number, date: IsoDate, minutes: number, mentorIds: readonly number[], note: string | null): string {
  const mentors = mentorIds.length > 1 ? [...mentorIds].sort((a, b) => a - b).join(',') : String(mentorIds[0] ?? '');
  // The note goes last: it is the only part that may hold the separator.
  return `${menteeId}|${date}|${minutes}|${mentors}|${note ?? ''}`;
}

/** How many stored sessions of the round have each key (a re-import skips that many equal rows). */
export function sessionKeyCounts(db: Db, roundId: number): Map<string, number> {
  const rows = db
    .prepare(
      // A scan in rowid order groups by s.id without a sort (the round index would need one).
      `SELECT s.mentee_id, s.date, s.minutes, s.note, group_concat(sm.mentor_id)
       FROM session s NOT INDEXED LEFT JOIN session_mentor sm ON sm.session_id = s.id
       WHERE s.round_id = ? GROUP BY s.id`,
    )
    .raw()
    .all(roundId) as [number, string, number, string | null, string | null][];
  const counts = new Map<string, number>();
  for (const [menteeId, date, minutes, note, mentors] of rows) {
    const key = sessionKey(menteeId, date, minutes, mentors ? mentors.split(',').map(Number) : [], note);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
