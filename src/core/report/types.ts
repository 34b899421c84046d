import type { IsoDate } from '../dates.js';
import type { Reason } from '../matching/types.js';
import type { Round, RoundStatus } from '../rounds.js';
import type { RoundSurveySummary } from '../survey/round-summary.js';

/** A person as reports show them: name and email, both null once the person was forgotten. */
export interface PersonRef {
  name: string | null;
  email: string | null;
}

/** A pair of the round with its dates (pairs starting after the as-of date may be left out). */
export interface PairFact {
  mentorId: number;
  menteeId: number;
  mentor: PersonRef;
  mentee: PersonRef;
  since: IsoDate;
  status: 'active' | 'ended';
  endedOn: IsoDate | null;
  /** Why the two were paired (the pair's reasons as data). */
  reasons: readonly Reason[];
}

/** A mentor of a tandem, with why the two were paired. */
export interface TandemMentor extends PersonRef {
  why: readonly Reason[];
}

/** A tandem's sessions on or before the as-of date. */
export interface TandemActivity {
  menteeId: number;
  sessions: number;
  minutes: number;
  lastSession: IsoDate | null;
}

/** A tandem's goals: all set, and those achieved on or before the as-of date. */
export interface GoalTally {
  menteeId: number;
  set: number;
  achieved: number;
}

/** What the database hands the report: facts of one round, already limited to the as-of date where noted. */
export interface ReportData {
  round: Round;
  /** Person ids of the round's mentors and mentees. */
  participants: { mentors: readonly number[]; mentees: readonly number[] };
  pairs: readonly PairFact[];
  /** Per mentee, sessions on or before the as-of date (mentees without sessions may be absent). */
  activity: readonly TandemActivity[];
  /** Per mentee with goals. */
  goals: readonly GoalTally[];
  /** Session topics on or before the as-of date, one count per session. */
  topics: readonly { topic: string; sessions: number }[];
  /** Goals achieved on or before the as-of date; within a day in the order to show (by mentee, then goal). */
  achievements: readonly { date: IsoDate; mentee: string | null; goal: string }[];
  /** Highlights of sessions on or before the as-of date (the latest are enough). */
  highlights: readonly { date: IsoDate; text: string }[];
}

export interface ReportOptions {
  asOf: IsoDate;
  /** A tandem is stale when its last session lies more than this many days before asOf; default 1.5 × the round's cadence. */
  staleDays?: number;
}

/** The survey part of the round report (SPEC §5 "survey"), from the survey feature; null without a survey. */
export type SurveySummary = RoundSurveySummary;

/** One row of the per-tandem table. */
export interface TandemRow {
  mentee: PersonRef;
  mentors: TandemMentor[];
  sessions: number;
  minutes: number;
  lastSession: IsoDate | null;
  stale: boolean;
  /** Fewer sessions than the round's pace asks for (SPEC §5; never before the round is half over). */
  belowMinimum: boolean;
  /** Sessions still needed to reach the round's minimum; null unless below minimum. */
  sessionsNeeded: number | null;
  goals: { set: number; achieved: number };
}

/** The `round report --json` document of SPEC §5. */
export interface RoundReport {
  round: { name: string; startsOn: IsoDate; endsOn: IsoDate; status: RoundStatus; week: number; weeks: number };
  asOf: IsoDate;
  staleDays: number;
  /** The round's minimum sessions per tandem. */
  minSessions: number;
  /** Sessions a tandem should have had by the as-of date; null while the round is less than half over. */
  sessionsExpected: number | null;
  counts: {
    mentors: number;
    mentees: number;
    activePairs: number;
    endedPairs: number;
    unmatchedMentors: number;
    unmatchedMentees: number;
    sessions: number;
    minutes: number;
  };
  tandems: TandemRow[];
  topics: { topic: string; sessions: number }[];
  goals: { set: number; achieved: number; achievements: { date: IsoDate; mentee: string | null; goal: string }[] };
  highlights: { date: IsoDate; text: string }[];
  survey: SurveySummary | null;
}
