import type { Command } from 'commander';
import { lockPair } from '../../../app/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

/** `pair lock` and `pair unlock`: one use case, the flag set or cleared. */
export function registerLock(group: Command, app: App, locked: boolean): void {
  const { t } = app;
  const verb = locked ? 'lock' : 'unlock';
  roundOption(group.command(`${verb} <mentor-email> <mentee-email>`).description(t(`pair.${verb}.description`)), t)
    .addHelpText('after', examples(t, [`tandem pair ${verb} lena.vogel@example.com klaus.berger@example.com --round 2026`]))
    .action(
      app.action(async (ctx, mentor: string, mentee: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        const { already } = lockPair(await ctx.db(), round, { mentor, mentee }, locked);
        const key = locked ? (already ? 'pair.alreadyLocked' : 'pair.lockedDone') : already ? 'pair.notLocked' : 'pair.unlockedDone';
        ctx.info(t(key, { mentor, mentee }));
      }),
    );
}

export default function register(group: Command, app: App): void {
  registerLock(group, app, true);
}
