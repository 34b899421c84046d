import { StateError, UsageError } from '../../../core/errors.js';
import type { T } from '../../../core/i18n/index.js';
import type { Problem } from '../../../core/sessions.js';
import type { Round } from '../../../core/rounds.js';
import { parseEmail } from '../../../core/people.js';
import { findParticipant } from '../../../db/participants.js';
import { getPerson } from '../../../db/people.js';
import { listTandems, type Tandem, type TandemMentor } from '../../../db/sessions.js';
import type { Db } from '../../../db/types.js';

/** The tandem of a mentee in a round; unknown person or no active pair is exit 1. */
export function requireTandem(db: Db, round: Round, menteeEmail: string): Tandem {
  const person = getPerson(db, parseEmail(menteeEmail, '--mentee'));
  const tandem = listTandems(db, round.id, person.id)[0];
  if (!tandem && findParticipant(db, round.id, person.id)?.role === 'mentor') {
    throw new UsageError('error.session.isMentor', { email: person.email ?? menteeEmail, round: round.name });
  }
  if (!tandem) {
    throw new StateError('error.session.noActivePair', { email: person.email ?? menteeEmail, round: round.name }, 'hint.session.pairAdd', {
      round: round.name,
    });
  }
  return tandem;
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

/** A broken rule of core/sessions.ts as a usage error (exit 2) naming the option: `--minutes: …`. */
export function usageProblem(problem: Problem, option: string, t: T): UsageError {
  return new UsageError('error.optionProblem', { what: option, message: t(problem.key, problem.params) });
}

/** Collects a repeatable option into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
