import { meetingSeries, type MeetingSeries } from '../core/calendar.js';
import type { Round } from '../core/rounds.js';
import { listPairs } from '../db/pairs.js';
import type { Db } from '../db/types.js';

/** The meeting series of the round's tandems (their active pairs), by mentee. */
export function roundCalendar(db: Db, round: Round): MeetingSeries[] {
  const pairs = listPairs(db, round.id).map((p) => ({
    menteeId: p.menteeId,
    mentee: { name: p.menteeName, email: p.menteeEmail },
    mentor: { name: p.mentorName, email: p.mentorEmail },
    since: p.since,
  }));
  return meetingSeries(round, pairs);
}
