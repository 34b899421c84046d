import type { Command } from 'commander';
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
        const [{ peopleRows, PEOPLE_CSV }, { importPeople }] = await Promise.all([import('../../../io/people-csv.js'), import('../../../app/people.js')]);
        const rows = peopleRows(await readImportFile(ctx, file, PEOPLE_CSV, o));
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = importPeople(await ctx.db(true), rows, (i) => progress.tick(i));
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
