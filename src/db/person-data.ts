import type { Reason } from '../core/matching/types.js';
import type { IsoDate } from '../core/dates.js';
import type { Person, Salutation } from '../core/people.js';
import { list, reasonList } from './json.js';
import { markScrubPending } from './scrub.js';
import type { Db } from './types.js';

type Ref = { name: string | null; email: string | null };

/** Everything stored about one person, in every round (`person show --json`). */
export interface PersonData {
  name: string | null;
  email: string | null;
  department: string | null;
  location: string | null;
  managerEmail: string | null;
  languages: string[];
  salutation: Salutation | null;
  forgottenOn: IsoDate | null;
  directReports: Ref[];
  rounds: { round: string; role: string; topics: string[]; capacity: number }[];
  pairs: { round: string; role: string; partner: Ref; status: string; since: IsoDate; endedOn: IsoDate | null; endReason: string | null; score: number; reasons: Reason[]; locked: boolean }[];
  sessions: { round: string; date: IsoDate; minutes: number; format: string | null; topics: string[]; note: string | null; highlight: string | null }[];
  goals: { round: string; text: string; topic: string | null; achievedOn: IsoDate | null }[];
  exclusions: { with: Ref; round: string | null }[];
}

/** Collects a person's data from every table that refers to them. */
export function personData(db: Db, person: Person): PersonData {
  const id = person.id;
  const rounds = db
    .prepare(
      `SELECT r.name AS round, pt.role, pt.topics, pt.capacity FROM participant pt JOIN round r ON r.id = pt.round_id
       WHERE pt.person_id = ? ORDER BY r.starts_on, r.id`,
    )
    .all(id) as { round: string; role: string; topics: string; capacity: number }[];
  const pairs = db
    .prepare(
      `SELECT r.name AS round, CASE WHEN pr.mentor_id = ? THEN 'mentor' ELSE 'mentee' END AS role,
         o.name AS partnerName, o.email AS partnerEmail, pr.status, pr.since, pr.ended_on AS endedOn,
         pr.end_reason AS endReason, pr.score, pr.reasons, pr.locked
       FROM pair pr JOIN round r ON r.id = pr.round_id
       JOIN person o ON o.id = CASE WHEN pr.mentor_id = ? THEN pr.mentee_id ELSE pr.mentor_id END
       WHERE pr.mentor_id = ? OR pr.mentee_id = ? ORDER BY r.starts_on, pr.id`,
    )
    .all(id, id, id, id) as {
    round: string;
    role: string;
    partnerName: string | null;
    partnerEmail: string | null;
    status: string;
    since: string;
    endedOn: string | null;
    endReason: string | null;
    score: number;
    reasons: string;
    locked: number;
  }[];
  const sessions = db
    .prepare(
      `SELECT r.name AS round, s.date, s.minutes, s.format, s.topics, s.note, s.highlight
       FROM session s JOIN round r ON r.id = s.round_id
       WHERE s.mentee_id = ? OR s.id IN (SELECT session_id FROM session_mentor WHERE mentor_id = ?)
       ORDER BY s.date, s.id`,
    )
    .all(id, id) as { round: string; date: string; minutes: number; format: string | null; topics: string; note: string | null; highlight: string | null }[];
  const goals = db
    .prepare(
      `SELECT r.name AS round, g.text, g.topic, g.achieved_on AS achievedOn FROM goal g JOIN round r ON r.id = g.round_id
       WHERE g.mentee_id = ? ORDER BY r.starts_on, g.id`,
    )
    .all(id) as PersonData['goals'];
  const exclusions = db
    .prepare(
      `SELECT o.name, o.email, r.name AS round FROM exclusion x
       JOIN person o ON o.id = CASE WHEN x.person_a = ? THEN x.person_b ELSE x.person_a END
       LEFT JOIN round r ON r.id = x.round_id WHERE x.person_a = ? OR x.person_b = ? ORDER BY x.id`,
    )
    .all(id, id, id) as { name: string | null; email: string | null; round: string | null }[];
  const directReports = person.email
    ? (db.prepare(`SELECT name, email FROM person WHERE manager_email = ? ORDER BY name COLLATE NOCASE`).all(person.email) as Ref[])
    : [];
  return {
    name: person.name,
    email: person.email,
    department: person.department,
    location: person.location,
    managerEmail: person.managerEmail,
    languages: person.languages,
    salutation: person.salutation,
    forgottenOn: person.forgottenOn,
    directReports,
    rounds: rounds.map((r) => ({ ...r, topics: list(r.topics) })),
    pairs: pairs.map((p) => ({
      round: p.round,
      role: p.role,
      partner: { name: p.partnerName, email: p.partnerEmail },
      status: p.status,
      since: p.since,
      endedOn: p.endedOn,
      endReason: p.endReason,
      score: p.score,
      reasons: reasonList(p.reasons),
      locked: p.locked === 1,
    })),
    sessions: sessions.map((s) => ({ ...s, topics: list(s.topics) })),
    goals,
    exclusions: exclusions.map((x) => ({ with: { name: x.name, email: x.email }, round: x.round })),
  };
}

/**
 * Erases a person's personal data everywhere: name, email, department, location,
 * languages, their manager link and others' links to them, the notes and highlights of
 * the sessions they took part in, and the values other rows copied from them: the reasons
 * of their pairs (departments, location: whatever form they are stored in, they are
 * emptied) and the end reasons of those pairs; their name and email written into any
 * other free text are replaced. Rows stay, so counts stay true. Records the scrub as
 * pending in the same transaction, so a scrub that fails after the commit is finished
 * by the next command that opens the file (`finishScrub` in scrub.ts). Call inside an
 * immediate transaction.
 */
export function forgetPerson(db: Db, person: Person, today: IsoDate): void {
  if (person.email) db.prepare(`UPDATE person SET manager_email = NULL WHERE manager_email = ?`).run(person.email);
  db.prepare(
    `UPDATE person SET name = NULL, email = NULL, department = NULL, location = NULL, manager_email = NULL,
       languages = '[]', salutation = NULL, forgotten_on = ? WHERE id = ?`,
  ).run(today, person.id);
  db.prepare(
    `UPDATE session SET note = NULL, highlight = NULL
     WHERE mentee_id = ? OR id IN (SELECT session_id FROM session_mentor WHERE mentor_id = ?)`,
  ).run(person.id, person.id);
  db.prepare(`UPDATE pair SET reasons = '[]', end_reason = NULL WHERE mentor_id = ? OR mentee_id = ?`).run(person.id, person.id);
  for (const value of [person.name, person.email]) if (value) eraseMentions(db, value);
  markScrubPending(db);
}

/** Free-text columns other people write, where a forgotten person's name or email may stand. */
const FREE_TEXT: readonly { table: string; column: string; json?: boolean }[] = [
  { table: 'session', column: 'note' },
  { table: 'session', column: 'highlight' },
  { table: 'goal', column: 'text' },
  { table: 'pair', column: 'end_reason' },
  { table: 'pair', column: 'reasons', json: true },
  { table: 'survey_response', column: 'answers', json: true },
];
/** What a forgotten name or email becomes inside someone else's text. */
const ERASED = '[…]';

/** Replaces every mention of `value` (case-insensitive) in the free texts of {@link FREE_TEXT}. */
function eraseMentions(db: Db, value: string): void {
  const pattern = new RegExp(value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const replace = (text: string) => text.replace(pattern, ERASED);
  const inJson = (data: unknown): unknown =>
    typeof data === 'string'
      ? replace(data)
      : Array.isArray(data)
        ? data.map(inJson)
        : data !== null && typeof data === 'object'
          ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, inJson(v)]))
          : data;
  for (const { table, column, json } of FREE_TEXT) {
    // Every row, matched in JS: SQLite's lower() knows only ASCII, and a forget is rare.
    const rows = db.prepare(`SELECT rowid AS id, ${column} AS text FROM ${table} WHERE ${column} IS NOT NULL`).all() as {
      id: number;
      text: string;
    }[];
    const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
    for (const row of rows) {
      const next = json ? JSON.stringify(inJson(JSON.parse(row.text))) : replace(row.text);
      if (next !== row.text) update.run(next, row.id);
    }
  }
}
