import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { printImportCounts } from './view.js';
import { importFileOptions, readImportFile, type ImportFileOptions } from '../../import-file.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  importFileOptions(roundOption(group.command('import <file>').description(t('participant.import.description')), t), t)
    .addHelpText('after', examples(t, ['tandem participant import participants.csv --round 2026', 'tandem participant import Teilnehmende.xlsx --sheet 2026 --round 2026']) + `\n${t('participant.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: ImportFileOptions & { round?: string }) => {
        const [{ participantRows, PARTICIPANTS_CSV }, { importParticipants }] = await Promise.all([import('../../../io/people-csv.js'), import('../../../app/participants.js')]);
        const rows = participantRows(await readImportFile(ctx, file, PARTICIPANTS_CSV, o));
        const round = await ctx.round(o.round);
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = importParticipants(await ctx.db(), round, rows, (i) => progress.tick(i));
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
