import type { Command } from 'commander';
import { buildRoundReport } from '../../../core/report/build.js';
import { isOpen, roundStatus } from '../../../core/rounds.js';
import { buildStatus, type RoundFacts } from '../../../core/status.js';
import { spareMenteeSlots, unmatchedParticipants } from '../../../db/participants.js';
import { loadReportData, sessionsPerDay } from '../../../db/report.js';
import { listRounds, roundCounts } from '../../../db/rounds.js';
import { listSurveys } from '../../../db/surveys.js';
import { examples, type App } from '../../app.js';
import { printStatus } from './print.js';

const ref = (p: { name: string | null; email: string | null }) => ({ name: p.name, email: p.email });

/** `tandem status`: the open rounds at a glance and the next thing to do. */
export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('status')
    .description(t('status.description'))
    .addHelpText('after', examples(t, ['tandem status', 'tandem status --json']))
    .action(
      app.action(async (ctx) => {
        const db = await ctx.db();
        const today = ctx.today;
        const rounds = listRounds(db);
        const counts = roundCounts(db);
        const facts = rounds
          .filter((r) => isOpen(r, today))
          .map((round): RoundFacts => {
            const report = buildRoundReport(loadReportData(db, round, today), { asOf: today });
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
            };
          });
        const finished = rounds.filter((r) => roundStatus(r, today) === 'finished').map((r) => r.name);
        const status = buildStatus(today, facts, finished, rounds.length > 0);
        if (ctx.json) return ctx.printJson(status);
        printStatus(ctx, status);
      }),
    );
}
