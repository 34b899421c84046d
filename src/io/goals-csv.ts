import type { IsoDate } from '../core/dates.js';
import type { RowError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { isEmail } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { checkText, dateProblem, isProblem, MAX_GOAL, type Problem } from '../core/sessions.js';
import { FILE_COLUMNS } from '../core/fields/columns.js';
import { checkDate, GOAL_FIELDS } from '../core/fields/index.js';
import { fieldCell } from './cells.js';
import { validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';

export const GOALS_CSV: CsvSpec = FILE_COLUMNS.goals;

/** A valid goal row, ready to store. */
export interface GoalCsvRow {
  line: number;
  menteeId: number;
  text: string;
  topic: string | null;
  achievedOn: IsoDate | null;
}

/** Validates every row of a goals CSV (SPEC §4); `menteeOf` gives a mentee's person id by email, or why not. */
export function goalRows(table: CsvTable, round: Round, today: IsoDate, menteeOf: (email: string) => number | Problem, t: T): GoalCsvRow[] {
  return validateRows(table, (row: CsvRow, errors: RowError[]): GoalCsvRow | undefined => {
    const fail = (column: string, key: string, params = {}) => void errors.push({ line: row.line, column, message: t(key, params) });
    const cells = row.cells;

    const email = (cells.mentee_email ?? '').toLowerCase();
    let menteeId: number | undefined;
    if (!email) fail('mentee_email', 'session.problem.required');
    else if (!isEmail(email)) fail('mentee_email', 'session.problem.email', { value: cells.mentee_email! });
    else {
      const found = menteeOf(email);
      if (typeof found === 'number') menteeId = found;
      else fail('mentee_email', found.key, found.params);
    }

    const text = checkText(cells.goal, MAX_GOAL);
    if (text === null) fail('goal', 'session.problem.required');
    else if (isProblem(text)) fail('goal', text.key, text.params);

    let achievedOn: IsoDate | null = null;
    if (cells.achieved_on) {
      const date = checkDate(cells.achieved_on);
      const problem = isProblem(date) ? date : dateProblem(date, round, today);
      if (problem) fail('achieved_on', problem.key, problem.params);
      else achievedOn = date as IsoDate;
    }

    const topic = fieldCell(table, row, GOAL_FIELDS.topic, errors) || null;
    if (menteeId === undefined || text === null || isProblem(text)) return undefined;
    return { line: row.line, menteeId, text, topic, achievedOn };
  });
}
