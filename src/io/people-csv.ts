import type { RowError } from '../core/errors.js';
import { PARTICIPANT_FIELDS, PERSON_FIELDS } from '../core/fields/index.js';
import type { PersonInput, Role } from '../core/people.js';
import { readCsvFile, validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';
import { fieldCell } from './cells.js';

export const PEOPLE_CSV: CsvSpec = {
  required: ['name', 'email'],
  optional: ['department', 'location', 'manager_email', 'languages', 'salutation'],
};

export const PARTICIPANTS_CSV: CsvSpec = {
  required: ['name', 'email', 'role'],
  optional: ['department', 'location', 'manager_email', 'topics', 'capacity', 'languages', 'salutation'],
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
  const f = PERSON_FIELDS;
  const name = fieldCell(table, row, f.name, errors);
  const email = fieldCell(table, row, f.email, errors);
  const department = fieldCell(table, row, f.department, errors);
  const location = fieldCell(table, row, f.location, errors);
  const managerEmail = fieldCell(table, row, f.managerEmail, errors);
  const languages = fieldCell(table, row, f.languages, errors);
  const salutation = fieldCell(table, row, f.salutation, errors);
  if (email !== undefined) {
    const first = seen.get(email);
    if (first !== undefined) errors.push({ line: row.line, column: 'email', message: `duplicate email ${email} (also on line ${first})` });
    else seen.set(email, row.line);
    if (managerEmail === email) errors.push({ line: row.line, column: 'manager_email', key: 'error.ownManager', params: {} });
  }
  if (name === undefined || email === undefined) return undefined;
  return { name, email, department, location, managerEmail, languages, salutation };
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
    const role = fieldCell(table, row, PARTICIPANT_FIELDS.role, errors);
    const capacity = fieldCell(table, row, PARTICIPANT_FIELDS.capacity, errors);
    const topics = fieldCell(table, row, PARTICIPANT_FIELDS.topics, errors);
    if (!person || !role) return undefined;
    return { line: row.line, person, role, capacity, topics };
  });
  return { file: table.file, rows };
}
