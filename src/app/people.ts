import type { PersonInput, Upsert } from '../core/people.js';
import { upsertPerson } from '../db/people.js';
import type { Db } from '../db/types.js';

/** Adds a person or updates the values given; returns whether it was added, updated or unchanged. */
export function addPerson(db: Db, person: PersonInput): Upsert {
  return db.transaction(() => upsertPerson(db, person).result).immediate();
}

/** Adds or updates the people of checked CSV rows, all or nothing; returns the counts. */
export function importPeople(db: Db, rows: readonly PersonInput[], onProgress: (done: number) => void = () => {}): Record<Upsert, number> {
  const counts: Record<Upsert, number> = { added: 0, updated: 0, unchanged: 0 };
  db.transaction(() => {
    rows.forEach((row, i) => {
      counts[upsertPerson(db, row).result]++;
      if (i % 500 === 0) onProgress(i);
    });
  }).immediate();
  return counts;
}
