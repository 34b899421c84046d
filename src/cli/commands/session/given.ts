import { usageProblem } from '../../../app/problems.js';
import { parseDate, type IsoDate } from '../../../core/dates.js';
import type { T } from '../../../core/i18n/index.js';
import { checkFormat, checkMinutes, checkText, isProblem, MAX_NOTE, type SessionFormat } from '../../../core/sessions.js';
import { optionField, SESSION_FIELDS } from '../../../core/fields/index.js';

/** The options of `session log`. */
export interface LogOptions {
  round?: string;
  mentee?: string;
  mentor?: string[];
  date?: string;
  minutes?: string;
  format?: string;
  topics?: string;
  note?: string;
  highlight?: string;
}

/** The values of a session as given on the command line, checked; undefined where not given. */
export interface GivenSession {
  date?: IsoDate;
  minutes?: number;
  format?: SessionFormat | null;
  topics?: string[];
  note?: string | null;
  highlight?: string | null;
}

/** Checks the options that were given (usage errors, exit 2), before anything is looked up. */
export function parseGiven(o: LogOptions, t: T): GivenSession {
  const given: GivenSession = {};
  if (o.date !== undefined) given.date = parseDate(o.date, '--date');
  if (o.minutes !== undefined) {
    const minutes = checkMinutes(o.minutes);
    if (isProblem(minutes)) throw usageProblem(minutes, '--minutes', t);
    given.minutes = minutes;
  }
  if (o.format !== undefined) {
    const format = checkFormat(o.format);
    if (isProblem(format)) throw usageProblem(format, '--format', t);
    given.format = format;
  }
  if (o.topics !== undefined) given.topics = optionField(SESSION_FIELDS.topics, o.topics) ?? [];
  for (const [key, option] of [
    ['note', '--note'],
    ['highlight', '--highlight'],
  ] as const) {
    if (o[key] === undefined) continue;
    const text = checkText(o[key], MAX_NOTE);
    if (isProblem(text)) throw usageProblem(text, option, t);
    given[key] = text;
  }
  return given;
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
