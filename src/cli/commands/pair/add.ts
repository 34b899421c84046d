import type { Command } from 'commander';
import { parseDate } from '../../../core/dates.js';
import { StateError } from '../../../core/errors.js';
import { findActivePair, insertPair } from '../../../db/pairs.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { resolvePair } from './resolve.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('add <mentor-email> <mentee-email>')
    .description(t('pair.add.description'))
    .option('--round <round>', t('option.round'))
    .option('--force', t('option.forcePair'))
    .option('--since <date>', t('option.since'))
    .addHelpText('after', examples(t, ['tandem pair add lena.vogel@example.com klaus.berger@example.com --round 2026', 'tandem pair add finn.wolf@example.com michael.schmitt@example.com --round 2026 --force']))
    .action(
      app.action(async (ctx, mentorEmail: string, menteeEmail: string, o: { round?: string; force?: boolean; since?: string }) => {
        const since = o.since === undefined ? undefined : parseDate(o.since, '--since');
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        const db = await ctx.db();
        const { DEFAULT_WEIGHTS, buildContext, scorePair, violations } = await import('../../../core/matching/index.js');
        const { loadMatchInput } = await import('../../../db/matching.js');
        const added = db
          .transaction(() => {
            const { mentor, mentee } = resolvePair(db, round, mentorEmail, menteeEmail);
            if (findActivePair(db, round.id, mentor.personId, mentee.personId)) {
              throw new StateError('error.pairExists', { mentor: mentor.email ?? '', mentee: mentee.email ?? '', round: round.name });
            }
            const input = loadMatchInput(db, round, { weights: DEFAULT_WEIGHTS, allowRepeat: false });
            const m = input.mentors.find((c) => c.id === mentor.personId)!;
            const e = input.mentees.find((c) => c.id === mentee.personId)!;
            const broken = violations(m, e, buildContext(input));
            if (broken.length && !o.force) {
              throw new StateError('error.pairBreaks', { constraints: broken.map((v) => t(`cause.${v}`)).join(', ') }, 'hint.forcePair');
            }
            const { score, reasons } = scorePair(m, e, input.weights);
            insertPair(db, { roundId: round.id, mentorId: m.id, menteeId: e.id, score, reasons, since: since ?? round.startsOn });
            return { mentor: m, mentee: e, score, broken };
          })
          .immediate();
        ctx.info(t('pair.added', { mentor: added.mentor.name ?? '', mentee: added.mentee.name ?? '', score: added.score }));
        if (added.broken.length) ctx.info(t('pair.forced', { constraints: added.broken.map((v) => t(`cause.${v}`)).join(', ') }));
      }),
    );
}
