import { daysBetween, plusDays, type IsoDate } from './dates.js';

/** The start of the round the sample files were written for. */
export const SAMPLE_START: IsoDate = '2026-01-15';
/** How far into its round the demo programme is on the day it is built: the 20th week. */
export const DEMO_DAY = 133;

/** Days to add to every sample date so that `today` is day 133 of the round (week 20 of 26). */
export function demoShift(today: IsoDate): number {
  return daysBetween(SAMPLE_START, plusDays(today, -DEMO_DAY));
}

const DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** Moves every ISO date in a CSV text by `days`. */
export function shiftDates(csv: string, days: number): string {
  return days === 0 ? csv : csv.replace(DATE, (date) => plusDays(date, days));
}
