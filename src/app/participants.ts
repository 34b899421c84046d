import type { IsoDate } from '../core/dates.js';
import { NotFoundError, StateError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import type { Role } from '../core/matching/types.js';
import type { PersonInput } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { activePairCount, findParticipant, removeParticipant as storeRemove, upsertParticipant, type ParticipantInput } from '../db/participants.js';
import { getPerson, upsertPerson } from '../db/people.js';
import type { Db } from '../db/types.js';
import { assertOpen } from './participation.js';

/** Adds a person (created or updated) to an open round in a role; taking part already is exit 1. */
export function addParticipant(db: Db, round: Round, input: { person: PersonInput; role: Role; topics: string[]; capacity?: number }, t: T): void {
  assertOpen(round);
  const { person, role } = input;
  db.transaction(() => {
    const { id } = upsertPerson(db, person);
    const existing = findParticipant(db, round.id, id);
    if (existing) throw new StateError('error.participantExists', { email: person.email, round: round.name, role: t(`role.${existing.role}`) });
    upsertParticipant(db, round.id, id, { role, topics: input.topics, capacity: input.capacity }, defaultCapacity(round, role));
  }).immediate();
}

/** A mentee wants the round's mentors per mentee; a mentor takes one mentee unless told otherwise. */
function defaultCapacity(round: Round, role: Role): number {
  return role === 'mentee' ? round.mentorsPerMentee : 1;
}

/** Counts of a participants import. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** Adds or updates the people and participants of checked CSV rows in an open round, all or nothing. */
export function importParticipants(
  db: Db,
  round: Round,
  rows: readonly (ParticipantInput & { person: PersonInput })[],
  onProgress: (done: number) => void = () => {},
): ImportCounts {
  assertOpen(round);
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  db.transaction(() => {
    rows.forEach((row, i) => {
      const person = upsertPerson(db, row.person);
      const participant = upsertParticipant(db, round.id, person.id, row, defaultCapacity(round, row.role));
      if (participant === 'added') counts.added++;
      else if (participant === 'updated' || person.result !== 'unchanged') counts.updated++;
      else counts.unchanged++;
      if (i % 500 === 0) onProgress(i);
    });
  }).immediate();
  return counts;
}

/** Removes a person from a round; active pairs refuse it (exit 1) unless `force`, which ends them today. Returns how many ended. */
export function removeParticipant(db: Db, round: Round, email: string, force: boolean, today: IsoDate): number {
  return db
    .transaction(() => {
      const person = getPerson(db, email);
      if (!findParticipant(db, round.id, person.id)) throw new NotFoundError('error.notParticipant', { email, round: round.name });
      const pairs = activePairCount(db, round.id, person.id);
      if (pairs > 0 && !force) throw new StateError('error.participantInPair', { email, count: pairs }, 'hint.forceRemove');
      return storeRemove(db, round.id, person.id, today, 'participant removed');
    })
    .immediate();
}
