import type { IsoDate } from '../core/dates.js';
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
import { FILE_COLUMNS } from '../core/fields/columns.js';
import { checkDate as readDateCell, SESSION_FIELDS } from '../core/fields/index.js';
import { listsOf } from './cells.js';
import { parseList } from '../core/tags.js';
import { validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';

export const SESSIONS_CSV: CsvSpec = FILE_COLUMNS.sessions;

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
  const dates = new Map<string, IsoDate | Problem>();
  const checkDate = (value: string): IsoDate | Problem => {
    let checked = dates.get(value);
    if (checked === undefined) {
      const date = readDateCell(value);
      checked = isProblem(date) ? date : (dateProblem(date, round, today) ?? date);
      dates.set(value, checked);
    }
    return checked;
  };
  const topicLists = new Map<string, string[] | Problem>();
  const topicsOf = (cell: string | undefined): string[] | Problem => {
    if (!cell) return NO_TOPICS;
    let topics = topicLists.get(cell);
    if (!topics) topicLists.set(cell, (topics = SESSION_FIELDS.topics.check(cell, listsOf(table))));
    return topics;
  };
  const minuteCells = new Map<string, number | Problem>();
  const minutesOf = (cell: string): number | Problem => {
    let minutes = minuteCells.get(cell);
    if (minutes === undefined) minuteCells.set(cell, (minutes = checkMinutes(cell)));
    return minutes;
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

    let date: IsoDate = '';
    if (!cells.date) fail('date', 'session.problem.required');
    else {
      const checked = checkDate(cells.date);
      if (isProblem(checked)) fail('date', checked.key, checked.params);
      else date = checked;
    }

    const minutesCell = cells.minutes ?? '';
    let minutes = 0;
    if (!minutesCell) fail('minutes', 'session.problem.required');
    else {
      const checked = minutesOf(minutesCell);
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
