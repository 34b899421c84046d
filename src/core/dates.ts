// Subpath imports: the date-fns barrel costs ~100 ms of start-up.
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { UsageError } from './errors.js';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in `YYYY-MM-DD` form (so `2026-02-30` is false). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** Parses a date given by the user; `what` names the option or column in the error. */
export function parseDate(value: string, what: string): IsoDate {
  const trimmed = value.trim();
  if (!isIsoDate(trimmed)) throw new UsageError('error.date', { value, what }, 'hint.date');
  return trimmed;
}

/** Adds whole months, clamping to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  return format(addMonths(parseISO(date), months), 'yyyy-MM-dd');
}

/** Adds days (negative to subtract). */
export function plusDays(date: IsoDate, days: number): IsoDate {
  const d = parseISO(date);
  d.setDate(d.getDate() + days);
  return format(d, 'yyyy-MM-dd');
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

/** Week x of y of a round as of a date (x clamped to 0..y; 0 before the start). */
export function weekOf(start: IsoDate, end: IsoDate, asOf: IsoDate): { week: number; weeks: number } {
  const weeks = Math.max(1, Math.ceil((daysBetween(start, end) + 1) / 7));
  const elapsed = daysBetween(start, asOf);
  const week = elapsed < 0 ? 0 : Math.min(weeks, Math.floor(elapsed / 7) + 1);
  return { week, weeks };
}

/** Today's date as ISO in local time. */
export function isoToday(now: Date): IsoDate {
  return format(now, 'yyyy-MM-dd');
}
