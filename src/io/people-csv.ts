import type { RowError } from '../core/errors.js';
import type { PersonInput, Role } from '../core/people.js';
import { parseList, parseTagList } from '../core/tags.js';
import { readCsvFile, validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';
import { cell, cells } from './cells.js';

export const PEOPLE_CSV: CsvSpec = {
  required: ['name', 'email'],
  optional: ['department', 'location', 'manager_email', 'languages'],
};

export const PARTICIPANTS_CSV: CsvSpec = {
  required: ['name', 'email', 'role'],
  optional: ['department', 'location', 'manager_email', 'topics', 'capacity', 'languages'],
};

export interface ParticipantCsvRow {
  line: number;
  person: PersonInput;
  role: Role;
  topics?: string[];
  capacity?: number;
}

/** The person fields of a row; an absent column or empty cell leaves stored data as it is. */
function personOf(table: CsvTable, row: CsvRow, errors: RowError[], seen: Map<string, number>): PersonInput | undefined {
  const name = cell(row, 'name', cells.name, errors, { required: true });
  const email = cell(row, 'email', cells.email, errors, { required: true });
  const department = cell(row, 'department', cells.text(200), errors);
  const location = cell(row, 'location', cells.text(200), errors);
  const managerEmail = cell(row, 'manager_email', cells.email, errors);
  const languagesCell = cell(row, 'languages', cells.text(500), errors);
  if (email !== undefined) {
    const first = seen.get(email);
    if (first !== undefined) errors.push({ line: row.line, column: 'email', message: `duplicate email ${email} (also on line ${first})` });
    else seen.set(email, row.line);
    if (managerEmail === email) errors.push({ line: row.line, column: 'manager_email', message: 'a person cannot be their own manager' });
  }
  if (name === undefined || email === undefined) return undefined;
  return {
    name,
    email,
    department,
    location,
    managerEmail,
    languages: languagesCell === undefined ? undefined : parseList(languagesCell, table.listSeparator),
  };
}

/** Reads and validates a people CSV (the organisation chart). */
export function readPeopleCsv(path: string): { file: string; rows: PersonInput[] } {
  const table = readCsvFile(path, PEOPLE_CSV);
  const seen = new Map<string, number>();
  return { file: table.file, rows: validateRows(table, (row, errors) => personOf(table, row, errors, seen)) };
}

/** Reads and validates a participants CSV. */
export function readParticipantsCsv(path: string): { file: string; rows: ParticipantCsvRow[] } {
  const table = readCsvFile(path, PARTICIPANTS_CSV);
  const seen = new Map<string, number>();
  const rows = validateRows(table, (row, errors): ParticipantCsvRow | undefined => {
    const person = personOf(table, row, errors, seen);
    const role = cell(row, 'role', cells.role, errors, { required: true }) as Role | undefined;
    const capacity = cell(row, 'capacity', cells.int(1, 50), errors);
    const topicsCell = cell(row, 'topics', cells.text(1000), errors);
    if (!person || !role) return undefined;
    return {
      line: row.line,
      person,
      role,
      capacity,
      topics: topicsCell === undefined ? undefined : parseTagList(topicsCell, table.listSeparator),
    };
  });
  return { file: table.file, rows };
}
