import { daysBetween, type IsoDate } from './dates.js';
import type { RoundReport } from './report/types.js';
import type { RoundStatus } from './rounds.js';
import { shellWord } from './shell.js';

type Ref = { name: string | null; email: string | null };

/** What `tandem status` knows of one round. */
export interface RoundFacts {
  name: string;
  status: RoundStatus;
  startsOn: IsoDate;
  endsOn: IsoDate;
  report: RoundReport;
  /** Active pairs stored for the round, whatever their start (before the start the report counts none). */
  savedPairs: number;
  sessionsThisMonth: number;
  unmatched: { mentors: Ref[]; mentees: Ref[] };
  hasSurvey: boolean;
  /** Free places among the mentees (capacity minus active pairs): matching can only place mentors there. */
  spareMenteeSlots: number;
  /** Unmatched mentees no mentor with capacity may take (the top of the org chart), with their capacity: only a pair by hand helps. */
  unplaceable: (Ref & { capacity: number })[];
}

/** A suggested next step: a message key with its parameters, and a command to copy. */
export interface NextStep {
  key: string;
  params: Record<string, string | number>;
  command: string;
}

export interface RoundStatusView {
  name: string;
  status: RoundStatus;
  startsOn: IsoDate;
  /** Days until the start (planned rounds); null once the round has started. */
  startsInDays: number | null;
  savedPairs: number;
  week: number;
  weeks: number;
  activePairs: number;
  sessions: number;
  sessionsThisMonth: number;
  openGoals: number;
  staleTandems: { mentee: Ref; mentors: Ref[]; lastSession: IsoDate | null }[];
  /** The round's minimum sessions, and the tandems behind the pace towards it (SPEC §5 "below minimum"). */
  minSessions: number;
  behindPace: { mentee: Ref; mentors: Ref[]; sessions: number; sessionsNeeded: number }[];
  unmatched: { mentors: Ref[]; mentees: Ref[] };
}

export interface StatusView {
  today: IsoDate;
  rounds: RoundStatusView[];
  finishedNotClosed: string[];
  next: NextStep[];
}

/**
 * The Monday-morning overview: each open round at a glance, and the next things to do,
 * each a command the organiser can copy. `rounds` are the open rounds; `finished` the
 * rounds that ended but were never closed.
 */
export function buildStatus(today: IsoDate, rounds: RoundFacts[], finished: string[], anyRound: boolean): StatusView {
  const next: NextStep[] = [];
  if (!anyRound) next.push({ key: 'status.next.create', params: {}, command: 'tandem round create <name> --start <YYYY-MM-DD>' });
  const views = rounds.map((r): RoundStatusView => {
    const { report } = r;
    const flag = ` --round ${shellWord(r.name)}`;
    const stale = report.tandems.filter((t) => t.stale);
    const c = report.counts;
    // matching helps only mentees someone may take, and mentors only in places those leave
    const placeable = r.unmatched.mentees.length - r.unplaceable.length;
    const stuckSlots = r.unplaceable.reduce((sum, p) => sum + p.capacity, 0);
    if (c.mentors + c.mentees > 0 && r.unplaceable.length > 0) {
      next.push({
        key: 'status.next.byHand',
        params: { count: r.unplaceable.length, round: r.name },
        command: `tandem pair add <mentor-email> ${shellWord(r.unplaceable[0]!.email ?? '<mentee-email>')}${flag} --force`,
      });
    }
    if (c.mentors + c.mentees === 0) {
      next.push({ key: 'status.next.enrol', params: { round: r.name }, command: `tandem participant import <file.csv>${flag}` });
    } else if (placeable > 0 || (r.unmatched.mentors.length > 0 && r.spareMenteeSlots > stuckSlots)) {
      const who = placeable ? 'mentees' : 'mentors';
      next.push({
        key: `status.next.match.${who}`,
        params: { count: placeable || r.unmatched.mentors.length, round: r.name },
        command: `tandem pair match${flag}`,
      });
    } else if (r.unmatched.mentors.length > 0 && r.unplaceable.length === 0) {
      next.push({
        key: 'status.next.mentorsWithoutPlace',
        params: { count: r.unmatched.mentors.length, round: r.name },
        command: `tandem participant list${flag} --role mentee`,
      });
    }
    if (stale.length > 0) {
      next.push({
        key: 'status.next.stale',
        params: { count: stale.length, round: r.name },
        command: `tandem round report ${shellWord(r.name)} --stale-only --format csv --out stale.csv`,
      });
    }
    const startsInDays = r.status === 'planned' ? daysBetween(today, r.startsOn) : null;
    if (startsInDays !== null && r.savedPairs > 0) {
      next.push({
        key: 'status.next.starts',
        params: { round: r.name, days: startsInDays, pairs: r.savedPairs },
        command: `tandem round calendar ${shellWord(r.name)} --out-dir invitations/`,
      });
    }
    const weeksLeft = report.round.weeks - report.round.week;
    if (!r.hasSurvey && report.round.week > 0 && weeksLeft <= 4) {
      next.push({ key: 'status.next.survey', params: { round: r.name }, command: `tandem survey create${flag} --name final` });
    }
    return {
      name: r.name,
      status: r.status,
      startsOn: r.startsOn,
      startsInDays,
      savedPairs: r.savedPairs,
      week: report.round.week,
      weeks: report.round.weeks,
      activePairs: c.activePairs,
      sessions: c.sessions,
      sessionsThisMonth: r.sessionsThisMonth,
      openGoals: report.goals.set - report.goals.achieved,
      staleTandems: stale.map((t) => ({ mentee: t.mentee, mentors: t.mentors, lastSession: t.lastSession })),
      minSessions: report.minSessions,
      behindPace: report.tandems
        .filter((t) => t.belowMinimum)
        .map((t) => ({ mentee: t.mentee, mentors: t.mentors, sessions: t.sessions, sessionsNeeded: t.sessionsNeeded ?? 0 })),
      unmatched: r.unmatched,
    };
  });
  for (const name of finished) {
    next.push({ key: 'status.next.close', params: { round: name }, command: `tandem round close ${shellWord(name)}` });
  }
  if (anyRound && rounds.length === 0 && finished.length === 0) {
    next.push({ key: 'status.next.newRound', params: {}, command: 'tandem round create <name> --start <YYYY-MM-DD> --from <last round>' });
  }
  return { today, rounds: views, finishedNotClosed: finished, next };
}
