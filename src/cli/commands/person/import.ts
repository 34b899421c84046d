import type { Command } from 'commander';
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
        const [{ readPeopleCsv }, { importPeople }] = await Promise.all([import('../../../io/people-csv.js'), import('../../../app/people.js')]);
        const { rows } = readPeopleCsv(resolvePath(ctx, file));
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = importPeople(await ctx.db(true), rows, (i) => progress.tick(i));
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
