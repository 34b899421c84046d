import { daysBetween, type IsoDate } from './dates.js';
import type { Problem } from './sessions.js';
import type { Round } from './rounds.js';

type Ref = { name: string | null; email: string | null };

/** A tandem's active pair as the calendar needs it. */
export interface CalendarPair {
  menteeId: number;
  mentee: Ref;
  mentor: Ref;
  since: IsoDate;
}

/** One tandem's meeting series (SPEC §3 `round calendar`): every `cadenceDays` from `first` to the round's end. */
export interface MeetingSeries {
  menteeId: number;
  mentee: { name: string; email: string };
  mentors: { name: string; email: string }[];
  /** The tandem's first meeting: the earliest `since` of its active pairs. */
  first: IsoDate;
  cadenceDays: number;
  /** Meetings from `first` up to and including the round's last day. */
  occurrences: number;
}

/** A time of day as `HH:MM` (24 hours; `9:30` is accepted), or the problem with it. */
export function checkTime(raw: string): { hour: number; minute: number } | Problem {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw.trim());
  if (!match) return { key: 'field.time', params: { value: raw.trim() } };
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The meeting series of a round's tandems, one per mentee with active pairs, in the
 * order given: forgotten people are left out (a forgotten mentee's tandem entirely, since
 * nobody could be invited for them), and so is a tandem whose first meeting is after the end.
 */
export function meetingSeries(round: Pick<Round, 'endsOn' | 'cadenceDays'>, pairs: readonly CalendarPair[]): MeetingSeries[] {
  const tandems = new Map<number, MeetingSeries>();
  for (const pair of pairs) {
    if (pair.mentee.name === null || pair.mentee.email === null) continue;
    let series = tandems.get(pair.menteeId);
    if (!series) {
      series = { menteeId: pair.menteeId, mentee: { name: pair.mentee.name, email: pair.mentee.email }, mentors: [], first: pair.since, cadenceDays: round.cadenceDays, occurrences: 0 };
      tandems.set(pair.menteeId, series);
    }
    if (pair.since < series.first) series.first = pair.since;
    if (pair.mentor.name !== null && pair.mentor.email !== null) series.mentors.push({ name: pair.mentor.name, email: pair.mentor.email });
  }
  const out: MeetingSeries[] = [];
  for (const series of tandems.values()) {
    const days = daysBetween(series.first, round.endsOn);
    if (days < 0) continue;
    out.push({ ...series, occurrences: Math.floor(days / round.cadenceDays) + 1 });
  }
  return out;
}

/** The RFC 5545 RRULE of a series: weekly when the cadence is whole weeks (how calendars show it), else daily. */
export function recurrenceRule(series: Pick<MeetingSeries, 'cadenceDays' | 'occurrences'>): string {
  const weekly = series.cadenceDays % 7 === 0;
  const interval = weekly ? series.cadenceDays / 7 : series.cadenceDays;
  return `FREQ=${weekly ? 'WEEKLY' : 'DAILY'};INTERVAL=${interval};COUNT=${series.occurrences}`;
}
