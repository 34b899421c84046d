import { NotFoundError, UsageError } from '../../../core/errors.js';
import { parseEmail } from '../../../core/people.js';
import type { Round } from '../../../core/rounds.js';
import { findParticipant, type ParticipantRow } from '../../../db/participants.js';
import { findActivePair, type PairRow } from '../../../db/pairs.js';
import { getPerson } from '../../../db/people.js';
import type { Db } from '../../../db/types.js';

/** A mentor and a mentee of a round by email, each checked to take part in that role. */
export function resolvePair(db: Db, round: Round, mentorEmail: string, menteeEmail: string): { mentor: ParticipantRow; mentee: ParticipantRow } {
  const get = (raw: string, role: 'mentor' | 'mentee', what: string) => {
    const person = getPerson(db, parseEmail(raw, what));
    const participant = findParticipant(db, round.id, person.id);
    if (!participant) throw new NotFoundError('error.notParticipant', { email: person.email ?? raw, round: round.name });
    if (participant.role !== role) throw new UsageError('error.wrongRole', { email: person.email ?? raw, role, actual: participant.role });
    return participant;
  };
  return { mentor: get(mentorEmail, 'mentor', '<mentor-email>'), mentee: get(menteeEmail, 'mentee', '<mentee-email>') };
}

/** The active pair of two emails in a round, or a not-found error (exit 1). */
export function activePairOf(db: Db, round: Round, mentorEmail: string, menteeEmail: string): PairRow {
  const { mentor, mentee } = resolvePair(db, round, mentorEmail, menteeEmail);
  const pair = findActivePair(db, round.id, mentor.personId, mentee.personId);
  if (!pair) throw new NotFoundError('error.noActivePair', { mentor: mentor.email ?? '', mentee: mentee.email ?? '', round: round.name });
  return pair;
}
