import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('import <file>').description(t('goal.import.description')), t)
    .addHelpText('after', `${examples(t, ['tandem goal import goals.csv --round 2026'])}\n${t('goal.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ importGoals }, { assertOpen }, { readCsvFile }, { GOALS_CSV }] = await Promise.all([
          import('../../../app/goal-import.js'),
          import('../../../app/participation.js'),
          import('../../../io/csv.js'),
          import('../../../io/goals-csv.js'),
        ]);
        assertOpen(round);
        const result = importGoals(await ctx.db(), round, readCsvFile(resolvePath(ctx, file), GOALS_CSV), ctx.today, t);
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('goal.importResult', result));
      }),
    );
}
