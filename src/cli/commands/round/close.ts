import type { Command } from 'commander';
import { closeRound, roundToClose } from '../../../app/rounds.js';
import { roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { formatDate } from '../../render/format.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('close <round>')
    .description(t('round.close.description'))
    .addHelpText('after', examples(t, ['tandem round close 2026', 'tandem round close 2026 --yes   # in scripts: no question']))
    .action(
      app.action(async (ctx, ref: string) => {
        const db = await ctx.db();
        if (!ctx.yes) {
          const round = roundToClose(db, ref);
          const prompter = await ctx.prompter('--yes');
          const pairs = roundCounts(db).get(round.id)?.activePairs ?? 0;
          const sure = await prompter.confirm({ message: t('round.close.confirm', { round: round.name, pairs, date: formatDate(round.endsOn, ctx.lang) }), default: false });
          if (!sure) return ctx.info(t('round.close.kept', { round: round.name }));
        }
        const closed = closeRound(db, ref, ctx.today);
        if (ctx.json) return ctx.printJson({ round: closed.round.name, completedPairs: closed.completed });
        ctx.info(t('round.closed', { round: closed.round.name, count: closed.completed }));
      }),
    );
}
