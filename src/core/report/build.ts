import { roundStatus } from '../rounds.js';
import { weekOf } from '../dates.js';
import { compareText, comparePeople, personKey, sortByKey } from './order.js';
import { isStale } from './staleness.js';
import { defaultStaleDays, minimumStanding, sessionsExpected } from './pace.js';
import type { PairFact, PersonRef, ReportData, ReportOptions, RoundReport, TandemMentor, TandemRow } from './types.js';

/** How many highlights the report shows, latest first. */
export const HIGHLIGHT_LIMIT = 10;

/** True when the pair counts as active on `asOf`: started by then and not ended by then. */
export function activeOn(pair: Pick<PairFact, 'since' | 'status' | 'endedOn'>, asOf: string): boolean {
  if (pair.since > asOf) return false;
  return pair.status === 'active' || pair.endedOn === null || pair.endedOn > asOf;
}

/**
 * The round report of SPEC §5 from the round's facts, as of `options.asOf`: pairs that
 * start after it are not counted, pairs ended after it count as active, and the
 * session facts are expected to be limited to it already (the database does that).
 */
export function buildRoundReport(data: ReportData, options: ReportOptions): RoundReport {
  const { round } = data;
  const { asOf } = options;
  const staleDays = options.staleDays ?? defaultStaleDays(round.cadenceDays);

  let activePairs = 0;
  let endedPairs = 0;
  const tandems = new Map<number, { mentee: PersonRef; mentors: TandemMentor[]; earliestSince: string }>();
  const pairedMentors = new Set<number>();
  for (const pair of data.pairs) {
    if (pair.since > asOf) continue;
    if (!activeOn(pair, asOf)) {
      endedPairs++;
      continue;
    }
    activePairs++;
    pairedMentors.add(pair.mentorId);
    const tandem = tandems.get(pair.menteeId);
    // Objects written out, not spread: this runs once per pair of a large round, cold.
    const mentor: TandemMentor = { name: pair.mentor.name, email: pair.mentor.email, why: pair.reasons };
    if (!tandem) tandems.set(pair.menteeId, { mentee: pair.mentee, mentors: [mentor], earliestSince: pair.since });
    else {
      tandem.mentors.push(mentor);
      if (pair.since < tandem.earliestSince) tandem.earliestSince = pair.since;
    }
  }

  const mentors = data.participants.mentors.length;
  const mentees = data.participants.mentees.length;
  let unmatchedMentors = 0;
  let unmatchedMentees = 0;
  for (const id of data.participants.mentors) if (!pairedMentors.has(id)) unmatchedMentors++;
  for (const id of data.participants.mentees) if (!tandems.has(id)) unmatchedMentees++;

  const activity = new Map<number, ReportData['activity'][number]>();
  let sessions = 0;
  let minutes = 0;
  for (const a of data.activity) {
    activity.set(a.menteeId, a);
    sessions += a.sessions;
    minutes += a.minutes;
  }
  const goals = new Map<number, ReportData['goals'][number]>();
  let goalsSet = 0;
  let goalsAchieved = 0;
  for (const g of data.goals) {
    goals.set(g.menteeId, g);
    goalsSet += g.set;
    goalsAchieved += g.achieved;
  }

  const expected = sessionsExpected(round, asOf);
  let rows: TandemRow[] = [];
  for (const [menteeId, tandem] of tandems) {
    const a = activity.get(menteeId);
    const g = goals.get(menteeId);
    const lastSession = a?.lastSession ?? null;
    const held = a?.sessions ?? 0;
    const { belowMinimum, sessionsNeeded } = minimumStanding(held, expected, round.minSessions);
    rows.push({
      mentee: tandem.mentee,
      mentors: tandem.mentors.length > 1 ? tandem.mentors.sort(comparePeople) : tandem.mentors,
      sessions: held,
      minutes: a?.minutes ?? 0,
      lastSession,
      stale: isStale(lastSession, tandem.earliestSince, asOf, staleDays),
      belowMinimum,
      sessionsNeeded,
      goals: { set: g?.set ?? 0, achieved: g?.achieved ?? 0 },
    });
  }
  rows = sortByKey(rows, (row) => personKey(row.mentee));

  const { week, weeks } = weekOf(round.startsOn, round.endsOn, asOf);
  return {
    round: { name: round.name, startsOn: round.startsOn, endsOn: round.endsOn, status: roundStatus(round, asOf), week, weeks },
    asOf,
    staleDays,
    minSessions: round.minSessions,
    sessionsExpected: expected,
    counts: {
      mentors,
      mentees,
      activePairs,
      endedPairs,
      unmatchedMentors,
      unmatchedMentees,
      sessions,
      minutes,
    },
    tandems: rows,
    topics: [...data.topics].sort((x, y) => y.sessions - x.sessions || compareText(x.topic, y.topic)),
    goals: {
      set: goalsSet,
      achieved: goalsAchieved,
      achievements: sortAchievements(data.achievements),
    },
    highlights: [...data.highlights]
      .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))
      .slice(0, HIGHLIGHT_LIMIT)
      .map((h) => ({ date: h.date, text: h.text })),
    survey: null,
  };
}

/**
 * Achievements latest first. Within a day they keep the order given: the database lists
 * them by mentee and goal, and a sort of 15,000 items by folded names costs more than
 * the order is worth.
 */
function sortAchievements(achievements: ReportData['achievements']): RoundReport['goals']['achievements'] {
  return [...achievements].sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0));
}

/** The report with only its stale tandems (`--stale-only`); counts and the rest stay whole. */
export function staleOnly(report: RoundReport): RoundReport {
  return { ...report, tandems: report.tandems.filter((t) => t.stale) };
}
