import type { IsoDate } from '../core/dates.js';
import type { CompareInput } from '../core/report/compare.js';
import type { GoalTally, PairFact, ReportData, TandemActivity } from '../core/report/types.js';
import { HIGHLIGHT_LIMIT } from '../core/report/build.js';
import { roundStatus, type Round } from '../core/rounds.js';
import type { Db } from './types.js';
import { countListItems, reasonList } from './json.js';
import { jsonRows } from './rows.js';
import { totalsAsOf } from './totals.js';

/**
 * The facts of a round report as of a date, in a handful of set-based queries (no
 * query per tandem): the report of 10,000 tandems and 200,000 sessions reads each
 * table once or twice.
 */
export function loadReportData(db: Db, round: Round, asOf: IsoDate): ReportData {
  const id = round.id;
  // Plain ids and raw rows (arrays, not objects): tens of thousands of rows in a large round.
  const ids = db.prepare(`SELECT person_id FROM participant WHERE round_id = ? AND role = ?`).pluck();
  const participants = { mentors: ids.all(id, 'mentor') as number[], mentees: ids.all(id, 'mentee') as number[] };

  const pairs: PairFact[] = jsonRows<[number, number, string | null, string | null, string | null, string | null, string, 'active' | 'ended', string | null, string]>(
    db,
    `SELECT pr.mentor_id AS mentor_id, pr.mentee_id AS mentee_id, m.name AS mentor_name, m.email AS mentor_email, e.name AS mentee_name,
       e.email AS mentee_email, pr.since AS since, pr.status AS status, pr.ended_on AS ended_on, pr.reasons AS reasons
     FROM pair pr JOIN person m ON m.id = pr.mentor_id JOIN person e ON e.id = pr.mentee_id
     WHERE pr.round_id = ? AND pr.since <= ?`,
    ['mentor_id', 'mentee_id', 'mentor_name', 'mentor_email', 'mentee_name', 'mentee_email', 'since', 'status', 'ended_on', 'reasons'],
    [id, asOf],
  ).map(([mentorId, menteeId, mentorName, mentorEmail, menteeName, menteeEmail, since, status, endedOn, reasons]) => ({
    mentorId,
    menteeId,
    mentor: { name: mentorName, email: mentorEmail },
    mentee: { name: menteeName, email: menteeEmail },
    since,
    status,
    endedOn,
    reasons: reasonList(reasons),
  }));

  // Per tandem its sessions, minutes and last session, and the sessions per topic: from the
  // totals kept as sessions are written, or (a report as of an earlier day) from the sessions.
  const { activity, topics } = totalsAsOf(db, id, asOf) ?? aggregateSessions(db, id, asOf);
  const highlights = (
    db
      .prepare(
        `SELECT date, highlight FROM session
         WHERE round_id = ? AND date <= ? AND highlight IS NOT NULL AND highlight <> ''
         ORDER BY date DESC, id DESC LIMIT ${HIGHLIGHT_LIMIT}`,
      )
      .raw()
      .all(id, asOf) as [IsoDate, string][]
  ).map(([date, text]) => ({ date, text }));

  const goals: GoalTally[] = jsonRows<[number, number, number]>(
    db,
    `SELECT mentee_id, count(*) AS goals, sum(achieved_on IS NOT NULL AND achieved_on <= ?) AS achieved FROM goal WHERE round_id = ? GROUP BY mentee_id`,
    ['mentee_id', 'goals', 'achieved'],
    [asOf, id],
  ).map(([menteeId, set, achieved]) => ({ menteeId, set, achieved }));

  const achievements = jsonRows<[string, string | null, string]>(
    db,
    `SELECT g.achieved_on AS date, p.name AS name, p.email AS email, g.text AS text, g.id AS id
     FROM goal g JOIN person p ON p.id = g.mentee_id
     WHERE g.round_id = ? AND g.achieved_on IS NOT NULL AND g.achieved_on <= ?`,
    ['date', 'name', 'text'],
    [id, asOf],
    'date DESC, name IS NULL, name COLLATE NOCASE, name, email, text COLLATE NOCASE, id',
  ).map(([date, mentee, goal]) => ({ date, mentee, goal }));

  return { round, participants, pairs, activity, goals, topics, achievements, highlights };
}

/**
 * The report's main aggregate from the sessions themselves: per tandem its sessions,
 * minutes and last session up to the as-of date, and its sessions' topic lists
 * (comma-joined JSON arrays). Parameters: round id, as-of date.
 */
export const REPORT_SQL = `SELECT mentee_id, count(*), sum(minutes), max(date), group_concat(topics) FILTER (WHERE topics <> '[]')
  FROM session WHERE round_id = ? AND date <= ? GROUP BY mentee_id`;

/** The session facts of the report from one pass over the round's sessions up to `asOf`. */
function aggregateSessions(db: Db, roundId: number, asOf: IsoDate): { activity: TandemActivity[]; topics: { topic: string; sessions: number }[] } {
  const activity: TandemActivity[] = [];
  const counts = new Map<string, number>();
  for (const [menteeId, sessions, minutes, lastSession, topicLists] of db.prepare(REPORT_SQL).raw().all(roundId, asOf) as [number, number, number, IsoDate, string | null][]) {
    activity.push({ menteeId, sessions, minutes, lastSession });
    if (topicLists) countListItems(topicLists, counts);
  }
  return { activity, topics: [...counts].map(([topic, sessions]) => ({ topic, sessions })) };
}

/** The bare per-tandem aggregate (sessions, minutes, last session): the benchmark's yardstick. */
export const ACTIVITY_SQL = `SELECT mentee_id AS menteeId, count(*) AS sessions, sum(minutes) AS minutes, max(date) AS lastSession
  FROM session WHERE round_id = ? AND date <= ? GROUP BY mentee_id`;

/** True when the round has a survey (the survey summary and its modules are loaded only then). */
export function hasSurvey(db: Db, roundId: number): boolean {
  return db.prepare(`SELECT 1 FROM survey WHERE round_id = ? LIMIT 1`).get(roundId) !== undefined;
}

/** Sessions and minutes per day up to the as-of date (for the weekly chart). */
export function sessionsPerDay(db: Db, roundId: number, asOf: IsoDate): { date: IsoDate; sessions: number; minutes: number }[] {
  return db
    .prepare(`SELECT date, count(*) AS sessions, sum(minutes) AS minutes FROM session WHERE round_id = ? AND date <= ? GROUP BY date`)
    .all(roundId, asOf) as { date: IsoDate; sessions: number; minutes: number }[];
}

/** The whole-round figures of `round compare` (everything logged so far), survey left to the caller. */
export function loadCompareInput(db: Db, round: Round, today: IsoDate): Omit<CompareInput, 'survey'> {
  const id = round.id;
  const people = db
    .prepare(`SELECT sum(role = 'mentor') AS mentors, sum(role = 'mentee') AS mentees FROM participant WHERE round_id = ?`)
    .get(id) as { mentors: number | null; mentees: number | null };
  const pairs = db
    .prepare(`SELECT count(*) AS pairs, count(DISTINCT mentee_id) AS tandems FROM pair WHERE round_id = ?`)
    .get(id) as { pairs: number; tandems: number };
  const sessions = db
    .prepare(`SELECT count(*) AS sessions, coalesce(sum(minutes), 0) AS minutes FROM session WHERE round_id = ?`)
    .get(id) as { sessions: number; minutes: number };
  const goals = db
    .prepare(`SELECT count(*) AS goalsSet, count(achieved_on) AS goalsAchieved FROM goal WHERE round_id = ?`)
    .get(id) as { goalsSet: number; goalsAchieved: number };
  return {
    round: { name: round.name, startsOn: round.startsOn, endsOn: round.endsOn, status: roundStatus(round, today) },
    mentors: people.mentors ?? 0,
    mentees: people.mentees ?? 0,
    pairs: pairs.pairs,
    tandems: pairs.tandems,
    sessions: sessions.sessions,
    minutes: sessions.minutes,
    goalsSet: goals.goalsSet,
    goalsAchieved: goals.goalsAchieved,
  };
}
