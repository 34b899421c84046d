import type { IsoDate } from '../core/dates.js';
import type { PersonRef } from '../core/report/types.js';
import type { SessionFormat } from '../core/sessions.js';
import { memo } from '../core/memo.js';
import { json, list } from './json.js';
import { storeTopics } from './topics.js';
import { TotalsDelta } from './totals.js';
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

/** Inserts a session and who attended, and adds it to the totals, in the caller's transaction; returns its id. */
export function insertSession(db: Db, s: NewSession): number {
  const topics = storeTopics(db, s.topics);
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO session (round_id, mentee_id, date, minutes, format, topics, note, highlight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(s.roundId, s.menteeId, s.date, s.minutes, s.format, json(topics), s.note, s.highlight);
  const id = Number(lastInsertRowid);
  const attend = db.prepare(`INSERT INTO session_mentor (session_id, mentor_id) VALUES (?, ?)`);
  for (const mentorId of s.mentorIds) attend.run(id, mentorId);
  const delta = new TotalsDelta();
  delta.add(s.menteeId, s.date, s.minutes, topics);
  delta.addTo(db, s.roundId);
  return id;
}

/** Inserts many sessions of a round and adds them to the totals, in the caller's transaction, reusing the prepared statements. */
export function insertSessions(
  db: Db,
  roundId: number,
  sessions: readonly Omit<NewSession, 'roundId'>[],
  onProgress?: (done: number) => void,
): void {
  // Many rows per statement: the per-statement cost, not SQLite's, dominated a large import.
  // A session's id is one more than the largest before it (INTEGER PRIMARY KEY, no other
  // writer inside the transaction), so a batch's ids are the last one's and the ones before.
  // Full batches reuse one statement and one parameter array; attendance fills its own.
  const BATCH = 100;
  const sessionSql = (rows: number) => `INSERT INTO session (round_id, mentee_id, date, minutes, format, topics, note, highlight) VALUES ${values(rows, 8)}`;
  const attendSql = (rows: number) => `INSERT INTO session_mentor (session_id, mentor_id) VALUES ${values(rows, 2)}`;
  const fullSessions = db.prepare<unknown[]>(sessionSql(BATCH));
  const fullAttendance = db.prepare<unknown[]>(attendSql(BATCH));
  const params: (string | number | null)[] = new Array(BATCH * 8);
  let attendance: number[] = [];
  // Topic lists repeat a lot (an import checks each distinct cell once): store and serialise each distinct one once.
  const stored = new Map<readonly string[], { keys: string[]; json: string }>();
  const delta = new TotalsDelta();
  for (let start = 0; start < sessions.length; start += BATCH) {
    const n = Math.min(BATCH, sessions.length - start);
    const batch = n === BATCH ? params : [];
    for (let k = 0; k < n; k++) {
      const s = sessions[start + k]!;
      let topics = stored.get(s.topics);
      if (topics === undefined) {
        const keys = storeTopics(db, s.topics);
        stored.set(s.topics, (topics = { keys, json: json(keys) }));
      }
      delta.add(s.menteeId, s.date, s.minutes, topics.keys);
      const o = k * 8;
      batch[o] = roundId;
      batch[o + 1] = s.menteeId;
      batch[o + 2] = s.date;
      batch[o + 3] = s.minutes;
      batch[o + 4] = s.format;
      batch[o + 5] = topics.json;
      batch[o + 6] = s.note;
      batch[o + 7] = s.highlight;
    }
    const statement = n === BATCH ? fullSessions : db.prepare<unknown[]>(sessionSql(n));
    const first = Number(statement.run(batch).lastInsertRowid) - n + 1;
    for (let k = 0; k < n; k++) {
      for (const mentorId of sessions[start + k]!.mentorIds) {
        attendance.push(first + k, mentorId);
        if (attendance.length === 2 * BATCH) {
          fullAttendance.run(attendance);
          attendance = [];
        }
      }
    }
    if (onProgress && Math.floor((start + n) / 1000) > Math.floor(start / 1000)) onProgress(start + n);
  }
  if (attendance.length) db.prepare<unknown[]>(attendSql(attendance.length / 2)).run(attendance);
  delta.addTo(db, roundId);
}

/** `(?, ?, …), …`: the placeholders of `rows` rows of `columns` values. */
function values(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(', ')})`;
  return new Array(rows).fill(row).join(', ');
}

/** The sessions of a round (or of one mentee, or one session), by date. */
export function listSessions(db: Db, roundId: number, filter: { menteeId?: number; id?: number } = {}): SessionRow[] {
  const where = 's.round_id = ? AND (? IS NULL OR s.mentee_id = ?) AND (? IS NULL OR s.id = ?)';
  const params = [roundId, filter.menteeId ?? null, filter.menteeId ?? null, filter.id ?? null, filter.id ?? null];
  // At 100,000 sessions the time went to objects, not to SQLite (issue 16): rows are read
  // one at a time as arrays (garbage at once, never copied by the collector), every person
  // once, and what sessions repeat (dates, topic lists, a tandem's mentors) is shared.
  // The people of these sessions, in the order a session lists its mentors.
  const person = new Map<number, PersonRef>();
  const rank = new Map<number, number>();
  let i = 0;
  for (const [id, name, email] of db
    .prepare(
      `SELECT p.id, p.name, p.email FROM person p
       WHERE p.id IN (SELECT s.mentee_id FROM session s WHERE ${where})
          OR p.id IN (SELECT sm.mentor_id FROM session s JOIN session_mentor sm ON sm.session_id = s.id WHERE ${where})
       ORDER BY p.name IS NULL, p.name COLLATE NOCASE, p.email`,
    )
    .raw()
    .iterate(...params, ...params) as IterableIterator<[number, string | null, string | null]>) {
    person.set(id, { name, email });
    rank.set(id, i++);
  }
  const byRank = (a: number, b: number) => rank.get(a)! - rank.get(b)!;
  const dates = memo((date: IsoDate) => date);
  const topicLists = memo(list);
  const mentorLists = memo((ids: string) => ids.split(',').map(Number).sort(byRank).map((id) => person.get(id)!));
  const sessions: SessionRow[] = [];
  // Who attended as the ids in a string, from the session_mentor key (an index lookup per
  // session): cheaper than a second query of 200,000 rows grouped in a map.
  for (const [id, date, menteeId, minutes, format, topics, note, highlight, mentorIds] of db
    .prepare(
      `SELECT s.id, s.date, s.mentee_id, s.minutes, s.format, s.topics, s.note, s.highlight,
         (SELECT group_concat(sm.mentor_id) FROM session_mentor sm WHERE sm.session_id = s.id)
       FROM session s WHERE ${where} ORDER BY s.date, s.id`,
    )
    .raw()
    .iterate(...params) as IterableIterator<[number, IsoDate, number, number, SessionFormat | null, string, string | null, string | null, string | null]>) {
    sessions.push({
      id,
      date: dates(date),
      mentee: person.get(menteeId)!,
      mentors: mentorIds === null ? [] : mentorLists(mentorIds),
      minutes,
      format,
      topics: topicLists(topics),
      note,
      highlight,
    });
  }
  return sessions;
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
