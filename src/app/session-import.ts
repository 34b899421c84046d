import type { IsoDate } from '../core/dates.js';
import type { T } from '../core/i18n/index.js';
import type { Round } from '../core/rounds.js';
import type { Problem } from '../core/sessions.js';
import { insertSessions, listTandems, sessionKey, sessionKeyCounts } from '../db/sessions.js';
import { findPerson, suggestEmail } from '../db/people.js';
import type { Db } from '../db/types.js';
import type { CsvTable } from '../io/csv.js';
import { sessionRows, type SessionCsvRow, type TandemLookup } from '../io/sessions-csv.js';
import { assertOpen, roleLookup } from './participation.js';

// Apart from app/sessions.ts: only `session import` loads the CSV modules.

/**
 * Imports the sessions of a CSV table into an open round, all or nothing. Each stored
 * session absorbs one equal row, so a file with two equal rows re-imports cleanly too.
 */
export function importSessions(
  db: Db,
  round: Round,
  table: CsvTable,
  today: IsoDate,
  t: T,
  onProgress: (done: number, total: number) => void = () => {},
): { added: number; skipped: number } {
  assertOpen(round);
  const tandems: TandemLookup = new Map();
  for (const tandem of listTandems(db, round.id)) {
    if (!tandem.mentee.email) continue;
    tandems.set(tandem.mentee.email, {
      menteeId: tandem.menteeId,
      mentors: new Map(tandem.mentors.filter((m) => m.email).map((m) => [m.email!, m.id])),
      all: tandem.mentors.map((m) => m.id),
    });
  }
  // Read on the first row that needs it: a file of valid rows never does.
  let role: ReturnType<typeof roleLookup> | undefined;
  // An email nobody has is a typo, not a tandem without a pair: say so, with the closest known email.
  const whyNot = (email: string): Problem =>
    findPerson(db, email)
      ? ((role ??= roleLookup(db, round))(email, 'mentee') ?? { key: 'session.problem.noTandem', params: { email, round: round.name } })
      : noPerson(email, suggestEmail(db, email));
  function noPerson(email: string, guess: string | undefined): Problem {
    return guess ? { key: 'session.problem.noPersonGuess', params: { email, guess } } : { key: 'session.problem.noPerson', params: { email } };
  }
  const rows = sessionRows(table, round, today, tandems, whyNot, t);
  return db
    .transaction(() => {
      const stored = sessionKeyCounts(db, round.id);
      const fresh: SessionCsvRow[] = [];
      for (const row of rows) {
        const key = sessionKey(row.menteeId, row.date, row.minutes, row.mentorIds, row.note);
        const left = stored.get(key) ?? 0;
        if (left > 0) stored.set(key, left - 1);
        else fresh.push(row);
      }
      insertSessions(db, round.id, fresh, (done) => onProgress(done, rows.length));
      return { added: fresh.length, skipped: rows.length - fresh.length };
    })
    .immediate();
}
