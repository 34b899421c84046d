import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { importFileOptions, readImportFile, type ImportFileOptions } from '../../import-file.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  importFileOptions(roundOption(group.command('import <file>').description(t('goal.import.description')), t), t)
    .addHelpText('after', `${examples(t, ['tandem goal import goals.csv --round 2026', 'tandem goal import Ziele.xlsx --round 2026'])}\n${t('goal.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: ImportFileOptions & { round?: string }) => {
        const round = await ctx.round(o.round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ importGoals }, { assertOpen }, { GOALS_CSV }] = await Promise.all([
          import('../../../app/goal-import.js'),
          import('../../../app/participation.js'),
          import('../../../io/goals-csv.js'),
        ]);
        assertOpen(round);
        const result = importGoals(await ctx.db(), round, await readImportFile(ctx, file, GOALS_CSV, o), ctx.today, t);
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('goal.importResult', result));
      }),
    );
}
