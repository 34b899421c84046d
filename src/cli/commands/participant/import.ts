import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { printImportCounts } from './view.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('import <file>').description(t('participant.import.description')), t)
    .addHelpText('after', examples(t, ['tandem participant import participants.csv --round 2026']) + `\n${t('participant.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const [{ readParticipantsCsv }, { importParticipants }] = await Promise.all([import('../../../io/people-csv.js'), import('../../../app/participants.js')]);
        const { rows } = readParticipantsCsv(resolvePath(ctx, file));
        const round = await ctx.round(o.round);
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = importParticipants(await ctx.db(), round, rows, (i) => progress.tick(i));
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
