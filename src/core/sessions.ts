import { daysBetween, type IsoDate } from './dates.js';
import type { Params } from './errors.js';
import type { Round } from './rounds.js';

export type SessionFormat = 'in-person' | 'video' | 'phone';
export const SESSION_FORMATS: readonly SessionFormat[] = ['in-person', 'video', 'phone'];

/** The shortest and longest session, in minutes (SPEC §3). */
export const MIN_MINUTES = 1;
export const MAX_MINUTES = 600;
/** The longest note, highlight or goal text kept, in characters. */
export const MAX_NOTE = 2000;
export const MAX_GOAL = 500;

/** A rule a value broke: a message key and its parameters (the caller throws or lists it). */
export interface Problem {
  key: string;
  params: Params;
}

/** Minutes 1–600 as typed by the user; a problem otherwise. */
export function checkMinutes(value: string): number | Problem {
  const trimmed = value.trim();
  const n = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || n < MIN_MINUTES || n > MAX_MINUTES) {
    return { key: 'session.problem.minutes', params: { value, min: MIN_MINUTES, max: MAX_MINUTES } };
  }
  return n;
}

/** A session format (case-insensitive); a problem otherwise. */
export function checkFormat(value: string): SessionFormat | Problem {
  const format = FORMAT_WORDS[value.trim().toLowerCase().replace(/[\s_]+/g, ' ')];
  if (format) return format;
  return { key: 'session.problem.format', params: { value, formats: SESSION_FORMATS.join(', ') } };
}

/** Formats as people write them, in English and German; video tools mean video. */
const FORMAT_WORDS: Readonly<Record<string, SessionFormat>> = {
  'in-person': 'in-person',
  'in person': 'in-person',
  'face-to-face': 'in-person',
  'vor ort': 'in-person',
  'vor-ort': 'in-person',
  präsenz: 'in-person',
  praesenz: 'in-person',
  persönlich: 'in-person',
  video: 'video',
  online: 'video',
  teams: 'video',
  'ms teams': 'video',
  zoom: 'video',
  webex: 'video',
  videocall: 'video',
  phone: 'phone',
  telefon: 'phone',
  telefonisch: 'phone',
  anruf: 'phone',
};

/**
 * A session (or an achievement) must lie within the round and not after today.
 * Returns the broken rule, or null.
 */
export function dateProblem(date: IsoDate, round: Pick<Round, 'startsOn' | 'endsOn'>, today: IsoDate): Problem | null {
  if (daysBetween(today, date) > 0) return { key: 'session.problem.dateFuture', params: { date, today } };
  if (date < round.startsOn || date > round.endsOn) {
    return { key: 'session.problem.dateOutsideRound', params: { date, start: round.startsOn, end: round.endsOn } };
  }
  return null;
}

/** Free text (a note, highlight or goal): trimmed, empty is null; too long is a problem. */
export function checkText(value: string | undefined, max: number): string | null | Problem {
  if (value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  // Code points, not UTF-16 units; counted only when the cheaper length says it might be too long.
  if (text.length > max && Array.from(text).length > max) return { key: 'session.problem.textTooLong', params: { max } };
  return text;
}

/** True for a Problem returned by one of the checks above. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}
