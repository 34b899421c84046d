import { isEmail } from '../people.js';
import type { Role, Salutation } from '../people.js';
import { FieldError } from '../errors.js';
import { dateProblemKey, readDate, type IsoDate } from '../dates.js';
import { checkFormat, checkMinutes, checkText, isProblem, MAX_GOAL, MAX_NOTE, type Problem, type SessionFormat } from '../sessions.js';
import { topicLabel, topicLabels } from '../tags.js';
import { checkTime } from '../calendar.js';

export { isProblem, type Problem };

/**
 * How a door writes a list inside one value: the separators it splits at, and how a
 * message names them (a CSV file's separators depend on its delimiter, SPEC §4).
 */
export interface ListSyntax {
  separator: RegExp;
  /** The separators as the user reads them in a hint, e.g. `";" or "|"`; absent where lists are not split (JSON arrays). */
  shown?: string;
}

/** Lists in command-line options: `--topics a,b` (any of `,` `;` `|`). */
export const OPTION_LISTS: ListSyntax = { separator: /[,;|]/, shown: '",", ";" or "|"' };

/** Lists inside a CSV cell: `;` or `|` in a comma file, `,` or `|` in a semicolon file (SPEC §4). */
export const CSV_LISTS: Record<',' | ';', ListSyntax> = {
  ',': { separator: /[;|]/, shown: '";" or "|"' },
  ';': { separator: /[,|]/, shown: '"," or "|"' },
};

/** Lists in a JSON document are arrays: each item is one value, nothing is split. */
export const ARRAY_ITEMS: ListSyntax = { separator: /$^/ };

/**
 * One input field, the same for every door (command option, CSV or spreadsheet cell,
 * JSON import, wizard): its names there, and one check that normalises a raw value or
 * returns the rule it broke. An empty value never reaches `check`: doors treat it as
 * absent (`required` fields then report `field.required`).
 */
export interface Field<T> {
  /** The column in CSV files (SPEC §4) and the key in JSON documents. */
  readonly column: string;
  /** The command-line option. */
  readonly option: string;
  /** The column of the database table, and key in an export document, where it differs from `column`. */
  readonly stored?: string;
  readonly required?: boolean;
  check(raw: string, lists: ListSyntax): T | Problem;
}

/** The longest name, department, location, topic; topic and language lists (raw text). */
export const LIMITS = { name: 200, department: 200, location: 200, topic: 200, languages: 500, topics: 1000, capacity: 50 } as const;

/** Code points, not UTF-16 units (counted only when the cheap length says it might be too long). */
function tooLong(value: string, max: number): boolean {
  return value.length > max && Array.from(value).length > max;
}

function text(column: string, option: string, max: number, required = false): Field<string> {
  return {
    column,
    option,
    required,
    check: (raw) => (tooLong(raw.trim(), max) ? { key: 'field.tooLong', params: { max } } : raw.trim()),
  };
}

function email(column: string, option: string, required = false): Field<string> {
  return {
    column,
    option,
    required,
    check: (raw) => (isEmail(raw) ? raw.trim().toLowerCase() : { key: 'field.email', params: { value: raw.trim() } }),
  };
}

// A language tag as people write one: 2–3 letters, optionally a region (`en-GB`, `es-419`).
const LANGUAGE_TAG = /^([a-z]{2,3})(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** One language tag, stored as its lower-case primary tag (`en-GB` → `en`), as the data has always had it. */
export function checkLanguage(raw: string, lists: ListSyntax): string | Problem {
  const value = raw.trim();
  const match = LANGUAGE_TAG.exec(value);
  if (match) return match[1]!.toLowerCase();
  // `de,en` in a comma-separated file is one cell with one value: say how lists are written there.
  if (/[,;|]/.test(value)) {
    return lists.shown === undefined
      ? { key: 'field.languageItem', params: { value } }
      : { key: 'field.languageList', params: { value, separators: lists.shown } };
  }
  return { key: 'field.language', params: { value } };
}

function list<T>(column: string, option: string, max: number, item: (raw: string, lists: ListSyntax) => T | Problem): Field<T[]> {
  return {
    column,
    option,
    check: (raw, lists) => {
      if (tooLong(raw, max)) return { key: 'field.tooLong', params: { max } };
      const out: T[] = [];
      for (const part of raw.split(lists.separator)) {
        if (!part.trim()) continue;
        const value = item(part, lists);
        if (isProblem(value)) return value;
        if ((value as unknown) !== '' && !out.includes(value)) out.push(value);
      }
      return out;
    },
  };
}

/**
 * Topics (a participant's, a session's): a list of tags, at most 1,000 characters as
 * written. The value is the topics as written (`#Online-Bewerbung` → `Online-Bewerbung`),
 * one per key; the database stores their keys and keeps each key's first spelling as its label.
 */
const TOPICS: Field<string[]> = {
  column: 'topics',
  option: '--topics',
  check: (raw, lists) => (tooLong(raw, LIMITS.topics) ? { key: 'field.tooLong', params: { max: LIMITS.topics } } : topicLabels(raw.split(lists.separator))),
};

/** A salutation as people write it, in German or English, and the kind stored. */
const SALUTATIONS: Record<string, Salutation> = {
  frau: 'ms', ms: 'ms', mrs: 'ms', miss: 'ms', female: 'ms', weiblich: 'ms',
  herr: 'mr', mr: 'mr', male: 'mr', 'männlich': 'mr',
  divers: 'mx', mx: 'mx', diverse: 'mx', neutral: 'mx',
};

/** The fields of a person (people files, `person add`, the person rows of an export). */
export const PERSON_FIELDS = {
  name: text('name', '--name', LIMITS.name, true),
  email: email('email', '--email', true),
  department: text('department', '--department', LIMITS.department),
  location: text('location', '--location', LIMITS.location),
  managerEmail: email('manager_email', '--manager'),
  languages: list('languages', '--languages', LIMITS.languages, checkLanguage),
  salutation: {
    column: 'salutation',
    option: '--salutation',
    check: (raw: string): Salutation | Problem => SALUTATIONS[raw.trim().toLowerCase().replace(/\.$/, '')] ?? { key: 'field.salutation', params: { value: raw.trim() } },
  } satisfies Field<Salutation>,
} as const;

/** Roles as German files write them too (`Mentorin`, gender forms `Mentor:in`, `Mentor*in`). */
const ROLE_WORDS: Readonly<Record<string, Role>> = {
  mentor: 'mentor',
  mentorin: 'mentor',
  'mentor:in': 'mentor',
  'mentor*in': 'mentor',
  mentor_in: 'mentor',
  'mentor/in': 'mentor',
  mentee: 'mentee',
  'mentee:in': 'mentee',
};

/** The fields of a participant beyond the person's (participants files, `participant add`). */
export const PARTICIPANT_FIELDS = {
  role: {
    column: 'role',
    option: '--role',
    required: true,
    check: (raw: string): Role | Problem => ROLE_WORDS[raw.trim().toLowerCase()] ?? { key: 'field.role', params: { value: raw.trim() } },
  } satisfies Field<Role>,
  topics: TOPICS,
  capacity: wholeNumber('capacity', '--capacity', 1, LIMITS.capacity),
} as const;

function wholeNumber(column: string, option: string, min: number, max: number): Field<number> {
  return {
    column,
    option,
    check: (raw) => {
      const value = raw.trim();
      const n = Number(value);
      return /^-?\d+$/.test(value) && n >= min && n <= max ? n : { key: 'field.intRange', params: { value, min, max } };
    },
  };
}

/** Free text kept as typed (trimmed), e.g. a note: the limit in code points. */
function note(column: string, option: string, max: number, required = false, stored?: string): Field<string> {
  return { column, option, required, stored, check: (raw) => checkText(raw, max) ?? '' };
}

/** A date as written in a file, option or answer (`YYYY-MM-DD`, `DD.MM.YYYY`, `D.M.YYYY`), in ISO, or the rule it breaks. */
export function checkDate(raw: string): IsoDate | Problem {
  return readDate(raw) ?? { key: dateProblemKey(raw), params: { value: raw.trim() } };
}

/** A date field; whether the date fits the round is the use case's rule. */
function date(column: string, option: string, required = false, stored?: string): Field<IsoDate> {
  return { column, option, required, stored, check: checkDate };
}

/** One topic or tag as written (`#Instagram` → `Instagram`); the database stores its key (`instagram`), see TOPICS. */
function tag(column: string, option: string, max: number): Field<string> {
  return { column, option, check: (raw) => (tooLong(raw.trim(), max) ? { key: 'field.tooLong', params: { max } } : topicLabel(raw)) };
}

/** The fields of `round calendar`: the meetings' time of day. */
export const CALENDAR_FIELDS = {
  time: { column: 'time', option: '--time', check: (raw: string) => checkTime(raw) } satisfies Field<{ hour: number; minute: number }>,
};

/** The fields of a session (sessions files, `session log` and its questions, the session rows of an export). */
export const SESSION_FIELDS = {
  date: date('date', '--date', true),
  minutes: { column: 'minutes', option: '--minutes', required: true, check: (raw: string) => checkMinutes(raw) } satisfies Field<number>,
  format: { column: 'format', option: '--format', check: (raw: string) => checkFormat(raw) } satisfies Field<SessionFormat>,
  topics: TOPICS,
  note: note('note', '--note', MAX_NOTE),
  highlight: note('highlight', '--highlight', MAX_NOTE),
} as const;

/** The fields of a goal (goals files, `goal add`, the goal rows of an export). */
export const GOAL_FIELDS = {
  text: note('goal', '<text>', MAX_GOAL, true, 'text'),
  topic: tag('topic', '--topic', LIMITS.topic),
  achievedOn: date('achieved_on', '--date'),
} as const;

/**
 * Reads one field from a door's raw value: undefined or empty (after trimming) is
 * absent, or `field.required` for a required field; otherwise the field's check.
 */
export function readField<T>(field: Field<T>, raw: string | undefined, lists: ListSyntax): T | Problem | undefined {
  if (raw === undefined || raw.trim() === '') return field.required ? { key: 'field.required', params: {} } : undefined;
  return field.check(raw, lists);
}

/** The command-line door: an option's value through its field; a broken rule is a FieldError naming the option (exit 2). */
export function optionField<T>(field: Field<T>, raw: string | undefined): T | undefined {
  const value = readField(field, raw, OPTION_LISTS);
  if (isProblem(value)) throw new FieldError(field.option, value.key, value.params);
  return value;
}
