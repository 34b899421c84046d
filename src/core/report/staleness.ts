import type { IsoDate } from '../dates.js';

/** Days since 1970-01-01 of an ISO date, in UTC: a fast, time-zone-free day count for large reports. */
export function dayNumber(date: IsoDate): number {
  let n = days.get(date);
  if (n === undefined) {
    n = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
    // A round has a few hundred distinct days; the cache stays small.
    if (days.size < 10_000) days.set(date, n);
  }
  return n;
}

const days = new Map<string, number>();

/**
 * SPEC §5: a tandem is stale when its last session, or without one the earliest `since`
 * of its active pairs, lies more than `staleDays` days before `asOf`. With staleDays 21
 * and the last session on 1 March, the tandem turns stale on 23 March.
 */
export function isStale(lastSession: IsoDate | null, earliestSince: IsoDate, asOf: IsoDate, staleDays: number): boolean {
  const reference = lastSession ?? earliestSince;
  return dayNumber(asOf) - dayNumber(reference) > staleDays;
}
