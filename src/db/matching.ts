import type { Candidate, ExistingPair, MatchInput, Weights } from '../core/matching/types.js';
import type { Round } from '../core/rounds.js';
import { forcedRules } from '../core/matching/constraints.js';
import { list, reasonList } from './json.js';
import { orgChart } from './people.js';
import type { Db } from './types.js';

/** Everything the matcher needs about a round, with the people's names for printing. */
export interface RoundMatchInput extends MatchInput {
  names: Map<number, { name: string | null; email: string }>;
}

/**
 * Loads a round's matching problem. `dissolve` lists pair ids to leave out of the existing
 * pairs (--rematch). Forgotten people have no email and are never candidates.
 */
export function loadMatchInput(
  db: Db,
  round: Round,
  options: { weights: Weights; allowRepeat: boolean; dissolve?: ReadonlySet<number> },
): RoundMatchInput {
  const rows = db
    .prepare(
      `SELECT p.id, p.email, p.name, p.department, p.location, p.manager_email AS managerEmail, p.languages,
         pt.topics, pt.capacity, pt.role
       FROM participant pt JOIN person p ON p.id = pt.person_id
       WHERE pt.round_id = ? AND p.email IS NOT NULL`,
    )
    .all(round.id) as (Omit<Candidate, 'languages' | 'topics'> & { languages: string; topics: string; role: string })[];
  const mentors: Candidate[] = [];
  const mentees: Candidate[] = [];
  const names = new Map<number, { name: string | null; email: string }>();
  for (const { role, ...r } of rows) {
    const candidate = { ...r, languages: list(r.languages), topics: list(r.topics) };
    (role === 'mentor' ? mentors : mentees).push(candidate);
    names.set(r.id, { name: r.name, email: r.email });
  }
  const exclusions = (
    db.prepare(`SELECT person_a AS a, person_b AS b FROM exclusion WHERE round_id IS NULL OR round_id = ?`).all(round.id) as {
      a: number;
      b: number;
    }[]
  ).map((x): [number, number] => [x.a, x.b]);
  const earlierPairs = (
    db
      .prepare(
        `SELECT DISTINCT pr.mentor_id AS m, pr.mentee_id AS e FROM pair pr JOIN round r ON r.id = pr.round_id
         WHERE r.id <> @id AND (r.starts_on < @start OR (r.starts_on = @start AND r.id < @id))`,
      )
      .all({ id: round.id, start: round.startsOn }) as { m: number; e: number }[]
  ).map((p): [number, number] => [p.m, p.e]);
  const existing = (
    db
      // only the reasons of forced pairs are read (parsing every pair's would cost at 100,000 pairs)
      .prepare(
        `SELECT id, mentor_id AS mentorId, mentee_id AS menteeId, locked, score,
           CASE WHEN reasons LIKE '%"kind":"forced"%' THEN reasons END AS reasons
         FROM pair WHERE round_id = ? AND status = 'active'`,
      )
      .all(round.id) as { id: number; mentorId: number; menteeId: number; locked: number; score: number; reasons: string | null }[]
  )
    .filter((p) => !options.dissolve?.has(p.id))
    .map((p): ExistingPair => {
      const forced = p.reasons === null ? [] : forcedRules(reasonList(p.reasons));
      return { mentorId: p.mentorId, menteeId: p.menteeId, locked: p.locked === 1, score: p.score, ...(forced.length ? { forced } : {}) };
    });
  return {
    mentors,
    mentees,
    people: orgChart(db).map((p) => ({ email: p.email, managerEmail: p.managerEmail })),
    exclusions,
    earlierPairs,
    existing,
    weights: options.weights,
    allowRepeat: options.allowRepeat,
    names,
  };
}

/** Active pairs of a round that are not locked and have no logged session with their mentor (--rematch dissolves them). */
export function dissolvablePairs(db: Db, roundId: number): Set<number> {
  const rows = db
    .prepare(
      `SELECT pr.id FROM pair pr WHERE pr.round_id = ? AND pr.status = 'active' AND pr.locked = 0
       AND NOT EXISTS (SELECT 1 FROM session s JOIN session_mentor sm ON sm.session_id = s.id
                       WHERE s.round_id = pr.round_id AND s.mentee_id = pr.mentee_id AND sm.mentor_id = pr.mentor_id)`,
    )
    .all(roundId) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Deletes dissolved pairs (they never met, so no history is lost). */
export function deletePairs(db: Db, ids: Iterable<number>): void {
  const del = db.prepare(`DELETE FROM pair WHERE id = ?`);
  for (const id of ids) del.run(id);
}

/** Inserts or finds an exclusion of two people, for one round or all; returns whether it is new. */
export function addExclusion(db: Db, a: number, b: number, roundId: number | null): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return (
    db.prepare(`INSERT OR IGNORE INTO exclusion (person_a, person_b, round_id) VALUES (?, ?, ?)`).run(lo, hi, roundId).changes > 0
  );
}


/** Deletes the exclusion of two people in exactly one scope (a round, or all rounds for null); returns whether there was one. */
export function removeExclusion(db: Db, a: number, b: number, roundId: number | null): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return db.prepare(`DELETE FROM exclusion WHERE person_a = ? AND person_b = ? AND round_id IS ?`).run(lo, hi, roundId).changes > 0;
}
