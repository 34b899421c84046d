import type { IsoDate } from '../core/dates.js';
import { StateError, UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { parseEmail } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { dateProblem } from '../core/sessions.js';
import { insertSession, listSessions, listTandems, type NewSession, type SessionRow, type Tandem, type TandemMentor } from '../db/sessions.js';
import type { Db } from '../db/types.js';
import { assertOpen, requireParticipant } from './participation.js';
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
