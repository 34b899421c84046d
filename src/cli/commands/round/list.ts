import type { Command } from 'commander';
import { listRounds, roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { listLimit, noteMore } from '../../list-limit.js';
import { printRounds, roundView } from '../../render/rounds.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('list')
    .description(t('round.list.description'))
    .option('--limit <n>', t('option.limit'))
    .addHelpText('after', examples(t, ['tandem round list', 'tandem round list --json', 'tandem round list --limit 3']))
    .action(
      app.action(async (ctx, o: { limit?: string }) => {
        const limit = listLimit(o);
        const db = await ctx.db();
        // One read transaction: the rounds and their counts come from the same snapshot.
        const rounds = db.transaction(() => {
          const counts = roundCounts(db);
          return listRounds(db).map((r) => roundView(r, counts.get(r.id), ctx.today));
        })();
        await printRounds(ctx, rounds.slice(0, limit));
        noteMore(ctx, rounds.length - Math.min(rounds.length, limit ?? rounds.length));
      }),
    );
}
