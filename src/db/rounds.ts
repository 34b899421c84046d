import { NotFoundError, StateError } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';
import type { Round } from '../core/rounds.js';
import { closest } from '../core/suggest.js';
import type { Db } from './types.js';

const COLUMNS = `id, name, starts_on AS startsOn, ends_on AS endsOn, cadence_days AS cadenceDays,
  min_sessions AS minSessions, mentors_per_mentee AS mentorsPerMentee, closed_on AS closedOn`;

export interface NewRound {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  cadenceDays: number;
  minSessions: number;
  mentorsPerMentee: number;
}

export interface RoundCounts {
  mentors: number;
  mentees: number;
  activePairs: number;
  sessions: number;
}

/** All rounds, oldest start first. */
export function listRounds(db: Db): Round[] {
  return db.prepare(`SELECT ${COLUMNS} FROM round ORDER BY starts_on, id`).all() as Round[];
}

/**
 * Finds a round by name, then by name without case when only one round matches (`rm 2027/1`
 * for `RM 2027/1`), then by numeric id.
 */
export function findRound(db: Db, ref: string): Round | undefined {
  const byName = db.prepare(`SELECT ${COLUMNS} FROM round WHERE name = ?`).get(ref) as Round | undefined;
  if (byName) return byName;
  const byCase = db.prepare(`SELECT ${COLUMNS} FROM round WHERE name = ? COLLATE NOCASE LIMIT 2`).all(ref) as Round[];
  if (byCase.length === 1) return byCase[0];
  if (!/^\d+$/.test(ref)) return undefined;
  return db.prepare(`SELECT ${COLUMNS} FROM round WHERE id = ?`).get(Number(ref)) as Round | undefined;
}

/** Like findRound, but a missing round is an error (exit 1) listing the known rounds. */
export function getRound(db: Db, ref: string): Round {
  const round = findRound(db, ref);
  if (round) return round;
  const names = listRounds(db).map((r) => r.name);
  // A number is an id or a year: 2027 for 2026 is no typo.
  const guess = /^\d+$/.test(ref) ? undefined : closest(ref, names);
  throw new NotFoundError('error.roundNotFound', { round: ref }, guess ? 'hint.roundDidYouMean' : names.length ? 'hint.knownRounds' : 'hint.noRounds', {
    rounds: names.join(', '),
    guess: guess ?? '',
  });
}

/** Inserts a round; a taken name is an error (exit 1). */
export function insertRound(db: Db, round: NewRound): Round {
  if (findRound(db, round.name)?.name === round.name) throw new StateError('error.roundExists', { round: round.name });
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO round (name, starts_on, ends_on, cadence_days, min_sessions, mentors_per_mentee)
       VALUES (@name, @startsOn, @endsOn, @cadenceDays, @minSessions, @mentorsPerMentee)`,
    )
    .run(round);
  return { ...round, id: Number(lastInsertRowid), closedOn: null };
}

/**
 * Marks a round closed as of a day and ends its active pairs as completed on `pairsEndOn`,
 * flagged so a reopen makes exactly those active again; returns how many ended.
 */
export function closeRound(db: Db, id: number, on: IsoDate, pairsEndOn: IsoDate = on): number {
  db.prepare('UPDATE round SET closed_on = ? WHERE id = ? AND closed_on IS NULL').run(on, id);
  return db
    .prepare(
      `UPDATE pair SET status = 'ended', ended_on = ?, end_reason = 'completed', closed_with_round = 1
       WHERE round_id = ? AND status = 'active'`,
    )
    .run(pairsEndOn, id).changes;
}

/** Opens a closed round again and makes the pairs its close completed active again; returns how many. */
export function reopenRound(db: Db, id: number): number {
  db.prepare('UPDATE round SET closed_on = NULL WHERE id = ?').run(id);
  return db
    .prepare(
      `UPDATE pair SET status = 'active', ended_on = NULL, end_reason = NULL, closed_with_round = 0
       WHERE round_id = ? AND closed_with_round = 1`,
    )
    .run(id).changes;
}

/** Stores a round's name, dates and settings. */
export function updateRound(db: Db, id: number, round: NewRound): void {
  db.prepare(
    `UPDATE round SET name = @name, starts_on = @startsOn, ends_on = @endsOn, cadence_days = @cadenceDays,
       min_sessions = @minSessions, mentors_per_mentee = @mentorsPerMentee WHERE id = @id`,
  ).run({ id, name: round.name, startsOn: round.startsOn, endsOn: round.endsOn, cadenceDays: round.cadenceDays, minSessions: round.minSessions, mentorsPerMentee: round.mentorsPerMentee });
}

/** Logged sessions of a round dated before `start` or after `end`. */
export function sessionsOutside(db: Db, roundId: number, start: IsoDate, end: IsoDate): number {
  return (db.prepare(`SELECT count(*) AS n FROM session WHERE round_id = ? AND (date < ? OR date > ?)`).get(roundId, start, end) as { n: number }).n;
}

/** Participant, pair and session counts of every round, keyed by round id. */
export function roundCounts(db: Db): Map<number, RoundCounts> {
  const counts = new Map<number, RoundCounts>();
  const get = (id: number) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { mentors: 0, mentees: 0, activePairs: 0, sessions: 0 }));
    return c;
  };
  for (const r of db
    .prepare(`SELECT round_id AS id, sum(role = 'mentor') AS mentors, sum(role = 'mentee') AS mentees FROM participant GROUP BY round_id`)
    .all() as { id: number; mentors: number; mentees: number }[]) {
    Object.assign(get(r.id), { mentors: r.mentors, mentees: r.mentees });
  }
  for (const r of db
    .prepare(`SELECT round_id AS id, count(*) AS n FROM pair WHERE status = 'active' GROUP BY round_id`)
    .all() as { id: number; n: number }[]) {
    get(r.id).activePairs = r.n;
  }
  for (const r of db.prepare(`SELECT round_id AS id, count(*) AS n FROM session GROUP BY round_id`).all() as {
    id: number;
    n: number;
  }[]) {
    get(r.id).sessions = r.n;
  }
  return counts;
}
