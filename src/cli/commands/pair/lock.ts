import type { Command } from 'commander';
import { lockPair } from '../../../db/pairs.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { activePairOf } from './resolve.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('lock <mentor-email> <mentee-email>')
    .description(t('pair.lock.description'))
    .option('--round <round>', t('option.round'))
    .addHelpText('after', examples(t, ['tandem pair lock lena.vogel@example.com klaus.berger@example.com --round 2026']))
    .action(
      app.action(async (ctx, mentorEmail: string, menteeEmail: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        const db = await ctx.db();
        const pair = db.transaction(() => {
          const pair = activePairOf(db, round, mentorEmail, menteeEmail);
          if (!pair.locked) lockPair(db, pair.id);
          return pair;
        }).immediate();
        ctx.info(t(pair.locked ? 'pair.alreadyLocked' : 'pair.lockedDone', { mentor: mentorEmail, mentee: menteeEmail }));
      }),
    );
}
