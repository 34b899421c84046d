import type { IsoDate } from '../core/dates.js';
import { buildRoundReport } from '../core/report/build.js';
import { isOpen, roundStatus } from '../core/rounds.js';
import { buildStatus, type RoundFacts } from '../core/status.js';
import { spareMenteeSlots, unmatchedParticipants } from '../db/participants.js';
import { loadReportData, sessionsPerDay } from '../db/report.js';
import { listRounds, roundCounts } from '../db/rounds.js';
import { listSurveys } from '../db/surveys.js';
import type { Db } from '../db/types.js';
import { unplaceable } from './unmatched.js';

const ref = (p: { name: string | null; email: string | null }) => ({ name: p.name, email: p.email });

/** `tandem status`: the open rounds at a glance and the next thing to do, as of `today` (stale after `staleDays`, default 1.5 × each round's cadence). */
export function programmeStatus(db: Db, today: IsoDate, staleDays?: number): ReturnType<typeof buildStatus> {
  const rounds = listRounds(db);
  const counts = roundCounts(db);
  const facts = rounds
    .filter((r) => isOpen(r, today))
    .map((round): RoundFacts => {
      const report = buildRoundReport(loadReportData(db, round, today), { asOf: today, staleDays });
      const month = today.slice(0, 7);
      const sessionsThisMonth = sessionsPerDay(db, round.id, today)
        .filter((d) => d.date.startsWith(month))
        .reduce((sum, d) => sum + d.sessions, 0);
      const unmatched = unmatchedParticipants(db, round.id);
      return {
        name: round.name,
        status: roundStatus(round, today),
        startsOn: round.startsOn,
        endsOn: round.endsOn,
        report,
        savedPairs: counts.get(round.id)?.activePairs ?? 0,
        sessionsThisMonth,
        unmatched: {
          mentors: unmatched.filter((p) => p.role === 'mentor').map(ref),
          mentees: unmatched.filter((p) => p.role === 'mentee').map(ref),
        },
        hasSurvey: listSurveys(db, round.id).length > 0,
        spareMenteeSlots: spareMenteeSlots(db, round.id),
        unplaceable: unplaceable(db, round, unmatched.filter((p) => p.role === 'mentee').length).map((c) => ({ ...ref(c), capacity: c.capacity })),
      };
    });
  const finished = rounds.filter((r) => roundStatus(r, today) === 'finished').map((r) => r.name);
  return buildStatus(today, facts, finished, rounds.length > 0);
}
