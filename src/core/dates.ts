import { UsageError } from './errors.js';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Calendar arithmetic on ISO dates through UTC day numbers: exact, free of time zones and
// daylight saving, and cheap to load (date-fns stays in the renderers, for month names).
const DAY = 86_400_000;

function toDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar date in `YYYY-MM-DD` form (so `2026-02-30` is false). */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && Number(value.slice(0, 4)) >= 1 && fromUtc(toDay(value) * DAY) === value;
}

const GERMAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TWO_DIGIT_YEAR = /^\d{1,2}\.\d{1,2}\.\d{2}$/;

/**
 * A date as people write it, in ISO: `YYYY-MM-DD`, `DD.MM.YYYY` or `D.M.YYYY` (German
 * Excel). Undefined for anything else, also for a two-digit year (`16.01.27`: which century?).
 */
export function readDate(value: string): IsoDate | undefined {
  const trimmed = value.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const german = GERMAN_DATE.exec(trimmed);
  if (!german) return undefined;
  const iso = `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The rule a date as written breaks, as a message key: a two-digit year has its own. */
export function dateProblemKey(value: string): 'date.twoDigitYear' | 'session.problem.date' {
  return TWO_DIGIT_YEAR.test(value.trim()) ? 'date.twoDigitYear' : 'session.problem.date';
}

/** Parses a date given by the user (see readDate); `what` names the option or column in the error. */
export function parseDate(value: string, what: string): IsoDate {
  const date = readDate(value);
  if (date === undefined) throw new UsageError(TWO_DIGIT_YEAR.test(value.trim()) ? 'error.dateTwoDigitYear' : 'error.date', { value, what }, 'hint.date');
  return date;
}

/** Adds whole months, clamping to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(Date.UTC(year, month, Math.min(Number(date.slice(8, 10)), lastDay)));
}

/** Adds days (negative to subtract). */
export function plusDays(date: IsoDate, days: number): IsoDate {
  return fromUtc((toDay(date) + days) * DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDay(b) - toDay(a);
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
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
