import type { Command } from 'commander';
import { upsertPerson } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { printImportCounts } from '../participant/view.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('import <file>')
    .description(t('person.import.description'))
    .addHelpText('after', examples(t, ['tandem person import org-chart.csv']) + `\n${t('person.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string) => {
        const { readPeopleCsv } = await import('../../../io/people-csv.js');
        const { rows } = readPeopleCsv(resolvePath(ctx, file));
        const db = await ctx.db(true);
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = { added: 0, updated: 0, unchanged: 0 };
        db.transaction(() => {
          rows.forEach((row, i) => {
            counts[upsertPerson(db, row).result]++;
            if (i % 500 === 0) progress.tick(i);
          });
        }).immediate();
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
