import type { Command } from 'commander';
import { listRounds, roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { printRounds, roundView } from '../../render/rounds.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('list')
    .description(t('round.list.description'))
    .addHelpText('after', examples(t, ['tandem round list', 'tandem round list --json']))
    .action(
      app.action(async (ctx) => {
        const db = await ctx.db();
        // One read transaction: the rounds and their counts come from the same snapshot.
        const rounds = db.transaction(() => {
          const counts = roundCounts(db);
          return listRounds(db).map((r) => roundView(r, counts.get(r.id), ctx.today));
        })();
        printRounds(ctx, rounds);
      }),
    );
}
