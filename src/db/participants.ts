import { StateError } from '../core/errors.js';
import type { Role, Upsert } from '../core/people.js';
import { json, list } from './json.js';
import { storeTopics } from './topics.js';
import type { Db } from './types.js';

/** A participant of a round with the person's data (the `participant list` shape). */
export interface ParticipantRow {
  personId: number;
  name: string | null;
  email: string | null;
  role: Role;
  department: string | null;
  location: string | null;
  managerEmail: string | null;
  topics: string[];
  capacity: number;
  languages: string[];
}

const SELECT = `SELECT p.id AS personId, p.name, p.email, pt.role, p.department, p.location,
  p.manager_email AS managerEmail, pt.topics, pt.capacity, p.languages
  FROM participant pt JOIN person p ON p.id = pt.person_id`;

type Row = Omit<ParticipantRow, 'topics' | 'languages'> & { topics: string; languages: string };
const toParticipant = (r: Row): ParticipantRow => ({ ...r, topics: list(r.topics), languages: list(r.languages) });

/** The participants of a round, optionally of one role, by role then name. */
export function listParticipants(db: Db, roundId: number, role?: Role): ParticipantRow[] {
  const rows = db
    .prepare(`${SELECT} WHERE pt.round_id = ? AND (? IS NULL OR pt.role = ?) ORDER BY pt.role = 'mentee', p.name COLLATE NOCASE, p.email`)
    .all(roundId, role ?? null, role ?? null) as Row[];
  return rows.map(toParticipant);
}

/** One participant of a round, or undefined. */
export function findParticipant(db: Db, roundId: number, personId: number): ParticipantRow | undefined {
  const row = db.prepare(`${SELECT} WHERE pt.round_id = ? AND pt.person_id = ?`).get(roundId, personId) as Row | undefined;
  return row && toParticipant(row);
}

export interface ParticipantInput {
  role: Role;
  /** As entered (labels, see `storeTopics`); undefined keeps stored topics (imports without a topics cell) */
  topics?: readonly string[];
  /** undefined keeps the stored capacity, or takes the role's default for a new participant */
  capacity?: number;
}

/** Adds a person to a round or updates their role, topics and capacity there. */
export function upsertParticipant(
  db: Db,
  roundId: number,
  personId: number,
  input: ParticipantInput,
  defaultCapacity: number,
): Upsert {
  const existing = findParticipant(db, roundId, personId);
  const given = input.topics === undefined ? undefined : storeTopics(db, input.topics);
  if (!existing) {
    db.prepare(`INSERT INTO participant (round_id, person_id, role, topics, capacity) VALUES (?, ?, ?, ?, ?)`).run(
      roundId,
      personId,
      input.role,
      json(given ?? []),
      input.capacity ?? defaultCapacity,
    );
    return 'added';
  }
  const topics = given ?? existing.topics;
  const capacity = input.capacity ?? existing.capacity;
  if (existing.role === input.role && json(topics) === json(existing.topics) && capacity === existing.capacity) {
    return 'unchanged';
  }
  if (existing.role !== input.role && activePairCount(db, roundId, personId) > 0) {
    throw new StateError('error.roleChangeWithPairs', { email: existing.email ?? '' });
  }
  db.prepare(`UPDATE participant SET role = ?, topics = ?, capacity = ? WHERE round_id = ? AND person_id = ?`).run(
    input.role,
    json(topics),
    capacity,
    roundId,
    personId,
  );
  return 'updated';
}

/** Active pairs a person has in a round (as mentor or mentee). */
export function activePairCount(db: Db, roundId: number, personId: number): number {
  return (
    db
      .prepare(`SELECT count(*) AS n FROM pair WHERE round_id = ? AND status = 'active' AND (mentor_id = ? OR mentee_id = ?)`)
      .get(roundId, personId, personId) as { n: number }
  ).n;
}

/** Removes a person from a round; with `endPairs` their active pairs are ended first. */
export function removeParticipant(db: Db, roundId: number, personId: number, endedOn: string, reason: string): number {
  const ended = db
    .prepare(
      `UPDATE pair SET status = 'ended', ended_on = ?, end_reason = ?
       WHERE round_id = ? AND status = 'active' AND (mentor_id = ? OR mentee_id = ?)`,
    )
    .run(endedOn, reason, roundId, personId, personId).changes;
  db.prepare(`DELETE FROM participant WHERE round_id = ? AND person_id = ?`).run(roundId, personId);
  return ended;
}

/**
 * Copies the participants of one round into another (only those of `role`, when given),
 * leaving out forgotten people; returns how many were copied and how many left out.
 */
export function copyParticipants(db: Db, fromRoundId: number, toRoundId: number, role?: Role): { copied: number; forgotten: number } {
  const copied = db
    .prepare(
      `INSERT INTO participant (round_id, person_id, role, topics, capacity)
       SELECT ?, pt.person_id, pt.role, pt.topics, pt.capacity
       FROM participant pt JOIN person p ON p.id = pt.person_id
       WHERE pt.round_id = ? AND p.forgotten_on IS NULL AND (? IS NULL OR pt.role = ?)`,
    )
    .run(toRoundId, fromRoundId, role ?? null, role ?? null).changes;
  const { forgotten } = db
    .prepare(
      `SELECT count(*) AS forgotten FROM participant pt JOIN person p ON p.id = pt.person_id
       WHERE pt.round_id = ? AND p.forgotten_on IS NOT NULL AND (? IS NULL OR pt.role = ?)`,
    )
    .get(fromRoundId, role ?? null, role ?? null) as { forgotten: number };
  return { copied, forgotten };
}

/** Participants of a round with no active pair, mentors first, by name. */
export function unmatchedParticipants(db: Db, roundId: number): ParticipantRow[] {
  const rows = db
    .prepare(
      // The paired people are collected once (a per-participant subquery with OR scans the round's pairs each time).
      `${SELECT} WHERE pt.round_id = ? AND pt.person_id NOT IN (
         SELECT mentor_id FROM pair WHERE round_id = ? AND status = 'active'
         UNION ALL SELECT mentee_id FROM pair WHERE round_id = ? AND status = 'active')
       ORDER BY pt.role = 'mentee', p.name COLLATE NOCASE, p.email`,
    )
    .all(roundId, roundId, roundId) as Row[];
  return rows.map(toParticipant);
}

/** Free places among a round's mentees: the sum of capacity minus active pairs. */
export function spareMenteeSlots(db: Db, roundId: number): number {
  const row = db
    .prepare(
      // Counted in one pass (SQLite would run a correlated count on pair_active's round prefix: quadratic).
      `SELECT coalesce(sum(max(0, pt.capacity - coalesce(c.n, 0))), 0) AS n
       FROM participant pt LEFT JOIN (SELECT mentee_id, count(*) AS n FROM pair WHERE round_id = ? AND status = 'active' GROUP BY mentee_id) c
         ON c.mentee_id = pt.person_id
       WHERE pt.round_id = ? AND pt.role = 'mentee'`,
    )
    .get(roundId, roundId) as { n: number };
  return row.n;
}

/** How many mentors and mentees take part in a round (the survey's response rate divides by them). */
export function roleCounts(db: Db, roundId: number): Record<Role, number> {
  return db
    .prepare(`SELECT coalesce(sum(role = 'mentor'), 0) AS mentor, coalesce(sum(role = 'mentee'), 0) AS mentee FROM participant WHERE round_id = ?`)
    .get(roundId) as Record<Role, number>;
}
