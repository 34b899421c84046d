import { plusDays, weekOf, type IsoDate } from '../dates.js';
import { dayNumber } from './staleness.js';

/** One week of the round: its number (1-based), first day, and the sessions and minutes in it. */
export interface WeekBucket {
  week: number;
  startsOn: IsoDate;
  sessions: number;
  minutes: number;
}

/**
 * Sessions and minutes per week across the whole round (weeks counted from the start
 * day, as in "week x of y"); weeks after the as-of date stay at 0. Dates outside the
 * round fall into the first or last week.
 */
export function sessionsPerWeek(
  round: { startsOn: IsoDate; endsOn: IsoDate },
  days: readonly { date: IsoDate; sessions: number; minutes: number }[],
): WeekBucket[] {
  const { weeks } = weekOf(round.startsOn, round.endsOn, round.startsOn);
  const buckets: WeekBucket[] = Array.from({ length: weeks }, (_, i) => ({
    week: i + 1,
    startsOn: plusDays(round.startsOn, i * 7),
    sessions: 0,
    minutes: 0,
  }));
  const start = dayNumber(round.startsOn);
  for (const d of days) {
    const index = Math.min(weeks - 1, Math.max(0, Math.floor((dayNumber(d.date) - start) / 7)));
    buckets[index]!.sessions += d.sessions;
    buckets[index]!.minutes += d.minutes;
  }
  return buckets;
}
