import type { Command } from 'commander';
import { lockPair } from '../../../app/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('lock <mentor-email> <mentee-email>').description(t('pair.lock.description')), t)
    .addHelpText('after', examples(t, ['tandem pair lock lena.vogel@example.com klaus.berger@example.com --round 2026']))
    .action(
      app.action(async (ctx, mentor: string, mentee: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        const { alreadyLocked } = lockPair(await ctx.db(), round, { mentor, mentee });
        ctx.info(t(alreadyLocked ? 'pair.alreadyLocked' : 'pair.lockedDone', { mentor, mentee }));
      }),
    );
}
