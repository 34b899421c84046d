import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { importFileOptions, readImportFile, type ImportFileOptions } from '../../import-file.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  importFileOptions(roundOption(group.command('import <file>').description(t('session.import.description')), t), t)
    .addHelpText('after', `${examples(t, ['tandem session import sessions.csv --round 2026', 'tandem session import Treffen.xlsx --round 2026'])}\n${t('session.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: ImportFileOptions & { round?: string }) => {
        const round = await ctx.round(o.round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ importSessions }, { assertOpen }, { SESSIONS_CSV }] = await Promise.all([
          import('../../../app/session-import.js'),
          import('../../../app/participation.js'),
          import('../../../io/sessions-csv.js'),
        ]);
        assertOpen(round);
        const table = await readImportFile(ctx, file, SESSIONS_CSV, o);
        const progress = ctx.progress(t('session.importing'), table.rows.length);
        const result = importSessions(await ctx.db(), round, table, ctx.today, t, (done) => progress.tick(done));
        progress.done();
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('session.importResult', result));
      }),
    );
}
