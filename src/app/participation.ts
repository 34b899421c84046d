import { NotFoundError, StateError, UsageError } from '../core/errors.js';
import type { Role } from '../core/matching/types.js';
import { parseEmail } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import type { Problem } from '../core/sessions.js';
import { findParticipant, listParticipants, type ParticipantRow } from '../db/participants.js';
import { getPerson } from '../db/people.js';
import type { Db } from '../db/types.js';

// The participation rule, once for every door (options, CSV rows, the wizard's save):
// someone not in the round is "not found" (exit 1), someone in the other role is a wrong
// argument (exit 2, SPEC §1), each with one message.

/** Why someone cannot act in a role of a round (their participant row, if any), or null. */
export function roleProblem(round: Pick<Round, 'name'>, email: string, participant: Pick<ParticipantRow, 'role'> | undefined, role: Role): Problem | null {
  if (!participant) return { key: 'error.notParticipant', params: { email, round: round.name } };
  if (participant.role !== role) return { key: `error.wrongRole.${role}`, params: { email, round: round.name } };
  return null;
}

/** The error of a role problem: wrong role is a usage error (2), not taking part is not found (1). */
export function roleError(problem: Problem, hint?: Problem): UsageError | NotFoundError {
  const Type = problem.key.startsWith('error.wrongRole.') ? UsageError : NotFoundError;
  return new Type(problem.key, problem.params, hint?.key, hint?.params);
}

/** The participant of a round by email (`what` names the option), checked to take part in `role`. */
export function requireParticipant(db: Db, round: Round, email: string, role: Role, what: string): ParticipantRow {
  const person = getPerson(db, parseEmail(email, what));
  const participant = findParticipant(db, round.id, person.id);
  const problem = roleProblem(round, person.email ?? email, participant, role);
  if (problem) throw roleError(problem);
  return participant!;
}

/** The same rule by person id (the wizard's save: someone may have changed role meanwhile). */
export function requireRoleById(db: Db, round: Round, personId: number, role: Role, email: string): void {
  const problem = roleProblem(round, email, findParticipant(db, round.id, personId), role);
  if (problem) throw roleError(problem);
}

/** For CSV rows: the rule over the round's participants by email, as a row problem. */
export function roleLookup(db: Db, round: Round): (email: string, role: Role) => Problem | null {
  const byEmail = new Map<string, ParticipantRow>();
  for (const p of listParticipants(db, round.id)) if (p.email) byEmail.set(p.email.toLowerCase(), p);
  return (email, role) => roleProblem(round, email, byEmail.get(email.toLowerCase()), role);
}

/** Fails with exit 1 when the round is closed: no more participants, sessions, goals or matching. */
export function assertOpen(round: Round): void {
  if (round.closedOn) throw new StateError('error.roundClosed', { round: round.name });
}
