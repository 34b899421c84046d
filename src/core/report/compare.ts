import type { IsoDate } from '../dates.js';
import type { RoundStatus } from '../rounds.js';

/** The overall survey group of a round, confidentiality applied (SPEC §3); figures null when suppressed. */
export interface CompareSurvey {
  name: string;
  n: number | null;
  suppressed: boolean;
  /** Present (true) while the differencing guard holds the survey's figures back (SPEC §3). */
  collecting?: true;
  recommendPercent: number | null;
  nps: number | null;
}

/** The facts of one round that `round compare` needs. */
export interface CompareInput {
  round: { name: string; startsOn: IsoDate; endsOn: IsoDate; status: RoundStatus };
  mentors: number;
  mentees: number;
  /** Pairs ever formed in the round (active and ended). */
  pairs: number;
  /** Mentees who had at least one pair: the round's tandems. */
  tandems: number;
  sessions: number;
  minutes: number;
  goalsSet: number;
  goalsAchieved: number;
  survey: CompareSurvey | null;
}

/** One round of `round compare` (one object of its JSON array). */
export interface CompareRow {
  round: CompareInput['round'];
  participants: { mentors: number; mentees: number; total: number };
  pairs: number;
  tandems: number;
  sessions: number;
  sessionsPerTandem: number | null;
  hours: number;
  goals: { set: number; achieved: number };
  recommendPercent: number | null;
  nps: number | null;
  survey: { name: string; responses: number | null; suppressed: boolean; collecting?: true } | null;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** The rounds side by side (SPEC §3 `round compare`), in the order given. */
export function compareRounds(inputs: readonly CompareInput[]): CompareRow[] {
  return inputs.map((r) => ({
    round: r.round,
    participants: { mentors: r.mentors, mentees: r.mentees, total: r.mentors + r.mentees },
    pairs: r.pairs,
    tandems: r.tandems,
    sessions: r.sessions,
    sessionsPerTandem: r.tandems === 0 ? null : oneDecimal(r.sessions / r.tandems),
    hours: oneDecimal(r.minutes / 60),
    goals: { set: r.goalsSet, achieved: r.goalsAchieved },
    recommendPercent: r.survey?.recommendPercent ?? null,
    nps: r.survey?.nps ?? null,
    survey: r.survey
      ? { name: r.survey.name, responses: r.survey.n, suppressed: r.survey.suppressed, ...(r.survey.collecting ? { collecting: true as const } : {}) }
      : null,
  }));
}
