import type { Command } from 'commander';
import { upsertPerson } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { printImportCounts } from '../participant/view.js';
import { importFileOptions, readImportFile, type ImportFileOptions } from '../../import-file.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  importFileOptions(group.command('import <file>'), t)
    .description(t('person.import.description'))
    .addHelpText('after', examples(t, ['tandem person import org-chart.csv', "tandem person import Organigramm.xlsx --sheet Mitarbeiter --map 'Mitarbeiter-Mail=email,OE=department'"]) + `\n${t('person.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: ImportFileOptions) => {
        const { peopleRows, PEOPLE_CSV } = await import('../../../io/people-csv.js');
        const rows = peopleRows(await readImportFile(ctx, file, PEOPLE_CSV, o));
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
