import type { Command } from 'commander';
import { endPair } from '../../../app/pairs.js';
import { UsageError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('end <mentor-email> <mentee-email>').description(t('pair.end.description')), t)
    .requiredOption('--reason <text>', t('option.endReason'))
    .addHelpText('after', examples(t, ['tandem pair end lena.vogel@example.com klaus.berger@example.com --round 2026 --reason "moved to another site"']))
    .action(
      app.action(async (ctx, mentor: string, mentee: string, o: { round?: string; reason: string }) => {
        const reason = o.reason.trim();
        if (!reason || reason.length > 500) throw new UsageError('error.endReason');
        const round = await ctx.round(o.round);
        endPair(await ctx.db(), round, { mentor, mentee, reason }, ctx.today);
        ctx.info(t('pair.ended', { mentor, mentee }));
      }),
    );
}
