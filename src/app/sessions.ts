import type { IsoDate } from '../core/dates.js';
import { StateError, UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { parseEmail } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { dateProblem, type Problem } from '../core/sessions.js';
import { insertSession, insertSessions, listSessions, listTandems, sessionKey, sessionKeyCounts, type NewSession, type SessionRow, type Tandem, type TandemMentor } from '../db/sessions.js';
import type { Db } from '../db/types.js';
import type { CsvTable } from '../io/csv.js';
import { sessionRows, type SessionCsvRow, type TandemLookup } from '../io/sessions-csv.js';
import { assertOpen, requireParticipant, roleLookup } from './participation.js';
import { usageProblem } from './problems.js';

/** The tandem of a mentee in a round: the participation rule, then an active pair (else exit 1). */
export function tandemOf(db: Db, round: Round, menteeEmail: string): Tandem {
  const mentee = requireParticipant(db, round, menteeEmail, 'mentee', '--mentee');
  const tandem = listTandems(db, round.id, mentee.personId)[0];
  if (tandem) return tandem;
  const params = { email: mentee.email ?? menteeEmail, round: round.name };
  throw new StateError('error.session.noActivePair', params, 'hint.session.pairAdd', { round: round.name });
}

/** Who attended: the named mentors (each must be an active mentor of the tandem, else exit 2), default all. */
export function attendingMentors(tandem: Tandem, emails: readonly string[]): TandemMentor[] {
  if (emails.length === 0) return tandem.mentors;
  const chosen: TandemMentor[] = [];
  for (const raw of emails) {
    const email = parseEmail(raw, '--mentor');
    const mentor = tandem.mentors.find((m) => m.email === email);
    if (!mentor) {
      throw new UsageError('error.session.notMentor', {
        email,
        mentee: tandem.mentee.email ?? '',
        mentors: tandem.mentors.map((m) => m.email ?? '?').join(', '),
      });
    }
    if (!chosen.includes(mentor)) chosen.push(mentor);
  }
  return chosen;
}

/** What `session log` starts from: an open round, a valid date if given, the named tandem and mentors if given. */
export interface SessionStart {
  tandem?: Tandem;
  mentors?: TandemMentor[];
  /** The tandems to choose from when none was named. */
  tandems: () => Tandem[];
}

/** Checks what `session log` was given against the round, before anything is asked. */
export function startSession(db: Db, round: Round, input: { mentee?: string; mentors: readonly string[]; date?: IsoDate }, today: IsoDate, t: T): SessionStart {
  assertOpen(round);
  checkDate(input.date, round, today, t);
  const tandem = input.mentee === undefined ? undefined : tandemOf(db, round, input.mentee);
  return {
    tandem,
    mentors: tandem ? attendingMentors(tandem, input.mentors) : undefined,
    tandems: () => {
      const all = tandem ? [tandem] : listTandems(db, round.id);
      if (all.length === 0) throw new StateError('error.session.noTandems', { round: round.name }, 'hint.session.pairAdd', { round: round.name });
      return all;
    },
  };
}

function checkDate(date: IsoDate | undefined, round: Round, today: IsoDate, t: T): void {
  const problem = date === undefined ? null : dateProblem(date, round, today);
  if (problem) throw usageProblem(problem, '--date', t);
}

/** Stores one session of an open round (its date within the round, not in the future); returns it as stored. */
export function logSession(db: Db, round: Round, session: Omit<NewSession, 'roundId'>, today: IsoDate, t: T): SessionRow {
  assertOpen(round);
  checkDate(session.date, round, today, t);
  const id = db.transaction(() => insertSession(db, { ...session, roundId: round.id })).immediate();
  return listSessions(db, round.id, { id })[0]!;
}

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
  const role = roleLookup(db, round);
  const whyNot = (email: string): Problem => role(email, 'mentee') ?? { key: 'session.problem.noTandem', params: { email, round: round.name } };
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
