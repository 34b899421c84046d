import { NotFoundError } from '../core/errors.js';
import type { Person, PersonInput, Upsert } from '../core/people.js';
import { closest } from '../core/suggest.js';
import { memo } from '../core/memo.js';
import { json, list } from './json.js';
import { statement } from './statements.js';
import type { Db } from './types.js';

const COLUMNS = `id, name, email, department, location, manager_email AS managerEmail, languages, forgotten_on AS forgottenOn, salutation`;

type Row = Omit<Person, 'languages'> & { languages: string };
const toPerson = (row: Row): Person => ({ ...row, languages: list(row.languages) });

/** A person by email (case-insensitive). */
export function findPerson(db: Db, email: string): Person | undefined {
  const row = statement(db, `SELECT ${COLUMNS} FROM person WHERE email = ?`).get(email.trim().toLowerCase()) as Row | undefined;
  return row && toPerson(row);
}

/** Like findPerson, but unknown is an error (exit 1). */
export function getPerson(db: Db, email: string): Person {
  const person = findPerson(db, email);
  if (!person) {
    const guess = suggestEmail(db, email);
    throw new NotFoundError('error.personNotFound', { email }, guess ? 'hint.didYouMean' : undefined, { guess: guess ?? '' });
  }
  return person;
}

/** The known email closest to a mistyped one, if one is close. */
export function suggestEmail(db: Db, email: string): string | undefined {
  const emails = (statement(db, 'SELECT email FROM person WHERE email IS NOT NULL').all() as { email: string }[]).map((r) => r.email);
  return closest(email.trim(), emails);
}

export function personById(db: Db, id: number): Person {
  return toPerson(db.prepare(`SELECT ${COLUMNS} FROM person WHERE id = ?`).get(id) as Row);
}

/** Everyone known, by name. */
export function listPeople(db: Db): Person[] {
  // Rows as arrays and each distinct language list parsed once: better-sqlite3's row objects
  // were most of the time of 100,000 people (issue 16). Equal lists share one array.
  const rows = db
    .prepare(`SELECT id, name, email, department, location, manager_email, languages, forgotten_on, salutation FROM person WHERE forgotten_on IS NULL ORDER BY name COLLATE NOCASE, email`)
    .raw()
    .all() as [number, string | null, string | null, string | null, string | null, string | null, string, string | null, Person['salutation']][];
  const languages = memo(list);
  return rows.map(([id, name, email, department, location, managerEmail, languageList, forgottenOn, salutation]) => ({
    id,
    name,
    email,
    department,
    location,
    managerEmail,
    languages: languages(languageList),
    forgottenOn,
    salutation,
  }));
}

/** The whole organisation chart as {email, managerEmail}, for the reporting-line check. */
export function orgChart(db: Db): { email: string; managerEmail: string | null }[] {
  return db
    .prepare(`SELECT email, manager_email AS managerEmail FROM person WHERE email IS NOT NULL`)
    .all() as { email: string; managerEmail: string | null }[];
}

/** Adds a person or updates the given fields of a known one; reports what it did. */
export function upsertPerson(db: Db, input: PersonInput): { id: number; result: Upsert } {
  const existing = findPerson(db, input.email);
  if (!existing) {
    const { lastInsertRowid } = statement(
      db,
      `INSERT INTO person (name, email, department, location, manager_email, languages, salutation)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        input.name,
        input.email,
        input.department ?? null,
        input.location ?? null,
        input.managerEmail ?? null,
        json(input.languages ?? []),
        input.salutation ?? null,
      );
    return { id: Number(lastInsertRowid), result: 'added' };
  }
  const next = {
    name: input.name,
    department: input.department === undefined ? existing.department : input.department,
    location: input.location === undefined ? existing.location : input.location,
    managerEmail: input.managerEmail === undefined ? existing.managerEmail : input.managerEmail,
    languages: json(input.languages === undefined ? existing.languages : input.languages),
    salutation: input.salutation === undefined ? existing.salutation : input.salutation,
  };
  const same =
    next.name === existing.name &&
    next.department === existing.department &&
    next.location === existing.location &&
    next.managerEmail === existing.managerEmail &&
    next.languages === json(existing.languages) &&
    next.salutation === existing.salutation;
  if (same) return { id: existing.id, result: 'unchanged' };
  db.prepare(
    `UPDATE person SET name = @name, department = @department, location = @location,
       manager_email = @managerEmail, languages = @languages, salutation = @salutation WHERE id = @id`,
  ).run({ ...next, id: existing.id });
  return { id: existing.id, result: 'updated' };
}
