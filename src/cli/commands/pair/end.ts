import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { endPair } from '../../../db/pairs.js';
import { examples, type App } from '../../app.js';
import { activePairOf } from './resolve.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('end <mentor-email> <mentee-email>')
    .description(t('pair.end.description'))
    .option('--round <round>', t('option.round'))
    .requiredOption('--reason <text>', t('option.endReason'))
    .addHelpText('after', examples(t, ['tandem pair end lena.vogel@example.com klaus.berger@example.com --round 2026 --reason "moved to another site"']))
    .action(
      app.action(async (ctx, mentorEmail: string, menteeEmail: string, o: { round?: string; reason: string }) => {
        const reason = o.reason.trim();
        if (!reason || reason.length > 500) throw new UsageError('error.endReason');
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        db.transaction(() => endPair(db, activePairOf(db, round, mentorEmail, menteeEmail).id, ctx.today, reason)).immediate();
        ctx.info(t('pair.ended', { mentor: mentorEmail, mentee: menteeEmail }));
      }),
    );
}
