import type { Command } from 'commander';
import { StateError } from '../../../core/errors.js';
import { closeRound, getRound } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('close <round>')
    .description(t('round.close.description'))
    .addHelpText('after', examples(t, ['tandem round close 2026']))
    .action(
      app.action(async (ctx, ref: string) => {
        const db = await ctx.db();
        const round = getRound(db, ref);
        if (round.closedOn) throw new StateError('error.roundAlreadyClosed', { round: round.name });
        closeRound(db, round.id, ctx.today);
        ctx.info(t('round.closed', { round: round.name }));
      }),
    );
}
