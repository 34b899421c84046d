import type { RowError } from '../core/errors.js';
import { FILE_COLUMNS } from '../core/fields/columns.js';
import { PARTICIPANT_FIELDS, PERSON_FIELDS } from '../core/fields/index.js';
import type { PersonInput, Role } from '../core/people.js';
import { validateRows, type CsvRow, type CsvSpec, type CsvTable } from './csv.js';
import { fieldCell } from './cells.js';

export const PEOPLE_CSV: CsvSpec = FILE_COLUMNS.people;

export const PARTICIPANTS_CSV: CsvSpec = FILE_COLUMNS.participants;

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

/** Validates the rows of a people file (the organisation chart). */
export function peopleRows(table: CsvTable): PersonInput[] {
  const seen = new Map<string, number>();
  return validateRows(table, (row, errors) => personOf(table, row, errors, seen));
}

/** Validates the rows of a participants file. */
export function participantRows(table: CsvTable): ParticipantCsvRow[] {
  const seen = new Map<string, number>();
  return validateRows(table, (row, errors): ParticipantCsvRow | undefined => {
    const person = personOf(table, row, errors, seen);
    const role = fieldCell(table, row, PARTICIPANT_FIELDS.role, errors);
    const capacity = fieldCell(table, row, PARTICIPANT_FIELDS.capacity, errors);
    const topics = fieldCell(table, row, PARTICIPANT_FIELDS.topics, errors);
    if (!person || !role) return undefined;
    return { line: row.line, person, role, capacity, topics };
  });
}
