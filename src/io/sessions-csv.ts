import { isIsoDate, type IsoDate } from '../core/dates.js';
import type { RowError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { isEmail } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import {
  checkFormat,
  checkMinutes,
  checkText,
  dateProblem,
  isProblem,
  MAX_NOTE,
  type Problem,
  type SessionFormat,
} from '../core/sessions.js';
import { CSV_LISTS, SESSION_FIELDS } from '../core/fields/index.js';
import { parseList } from '../core/tags.js';
import { validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';

export const SESSIONS_CSV: CsvSpec = {
  required: ['mentee_email', 'date', 'minutes'],
  optional: ['mentor_emails', 'format', 'topics', 'note', 'highlight'],
};

/** The tandems an import may name: by mentee email, the mentee's id and active mentors (by email, and all ids). */
export type TandemLookup = Map<string, { menteeId: number; mentors: Map<string, number>; all: number[] }>;

/** A valid session row, ready to store. */
export interface SessionCsvRow {
  line: number;
  menteeId: number;
  mentorIds: number[];
  date: IsoDate;
  minutes: number;
  format: SessionFormat | null;
  topics: string[];
  note: string | null;
  highlight: string | null;
}

/**
 * Validates every row of a sessions CSV (SPEC §4) against the round's tandems (`whyNot`
 * tells why an email has none); all problems of all rows are collected (ImportError), in
 * the user's language.
 */
export function sessionRows(table: CsvTable, round: Round, today: IsoDate, tandems: TandemLookup, whyNot: (email: string) => Problem, t: T): SessionCsvRow[] {
  // Large files repeat dates, topic lists and mentor lists: each distinct cell is checked once.
  const dates = new Map<string, Problem | null>();
  const checkDate = (value: string): Problem | null => {
    let problem = dates.get(value);
    if (problem === undefined) {
      problem = isIsoDate(value) ? dateProblem(value, round, today) : { key: 'session.problem.date', params: { value } };
      dates.set(value, problem);
    }
    return problem;
  };
  const topicLists = new Map<string, string[] | Problem>();
  const topicsOf = (cell: string | undefined): string[] | Problem => {
    if (!cell) return NO_TOPICS;
    let topics = topicLists.get(cell);
    if (!topics) topicLists.set(cell, (topics = SESSION_FIELDS.topics.check(cell, CSV_LISTS[table.delimiter])));
    return topics;
  };
  const mentorLists = new Map<string, string[]>();
  const mentorsOf = (cell: string): string[] => {
    let emails = mentorLists.get(cell);
    if (!emails) mentorLists.set(cell, (emails = parseList(cell, table.listSeparator)));
    return emails;
  };

  return validateRows(table, (row: CsvRow, errors: RowError[]): SessionCsvRow | undefined => {
    const before = errors.length;
    const fail = (column: string, key: string, params = {}) => void errors.push({ line: row.line, column, message: t(key, params) });
    const cells = row.cells;

    const email = (cells.mentee_email ?? '').toLowerCase();
    const tandem = email ? tandems.get(email) : undefined;
    if (!email) fail('mentee_email', 'session.problem.required');
    else if (!tandem) {
      if (!isEmail(email)) fail('mentee_email', 'session.problem.email', { value: cells.mentee_email! });
      else {
        const problem = whyNot(email);
        fail('mentee_email', problem.key, problem.params);
      }
    }

    const date = cells.date ?? '';
    if (!date) fail('date', 'session.problem.required');
    else {
      const problem = checkDate(date);
      if (problem) fail('date', problem.key, problem.params);
    }

    const minutesCell = cells.minutes ?? '';
    let minutes = 0;
    if (!minutesCell) fail('minutes', 'session.problem.required');
    else {
      const checked = checkMinutes(minutesCell);
      if (isProblem(checked)) fail('minutes', checked.key, checked.params);
      else minutes = checked;
    }

    let format: SessionFormat | null = null;
    if (cells.format) {
      const checked = checkFormat(cells.format);
      if (isProblem(checked)) fail('format', checked.key, checked.params);
      else format = checked;
    }

    const topics = topicsOf(cells.topics);
    if (isProblem(topics)) fail('topics', topics.key, topics.params);
    const note = checkText(cells.note, MAX_NOTE);
    if (isProblem(note)) fail('note', note.key, note.params);
    const highlight = checkText(cells.highlight, MAX_NOTE);
    if (isProblem(highlight)) fail('highlight', highlight.key, highlight.params);

    let mentorIds: number[] = [];
    if (tandem) {
      const named = cells.mentor_emails ? mentorsOf(cells.mentor_emails) : NO_MENTORS;
      if (named.length === 0) mentorIds = tandem.all;
      for (const mentor of named) {
        const id = tandem.mentors.get(mentor);
        if (id === undefined) {
          fail('mentor_emails', 'session.problem.notMentor', { email: mentor, mentee: email, mentors: [...tandem.mentors.keys()].join(', ') });
        } else mentorIds.push(id);
      }
    }

    if (errors.length > before || !tandem || isProblem(note) || isProblem(highlight) || isProblem(topics)) return undefined;
    return {
      line: row.line,
      menteeId: tandem.menteeId,
      mentorIds,
      date,
      minutes,
      format,
      topics,
      note,
      highlight,
    };
  });
}

const NO_TOPICS: string[] = [];
const NO_MENTORS: string[] = [];
