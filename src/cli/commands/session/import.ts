import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('import <file>').description(t('session.import.description')), t)
    .addHelpText('after', `${examples(t, ['tandem session import sessions.csv --round 2026'])}\n${t('session.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ importSessions }, { assertOpen }, { readCsvFile }, { SESSIONS_CSV }] = await Promise.all([
          import('../../../app/session-import.js'),
          import('../../../app/participation.js'),
          import('../../../io/csv.js'),
          import('../../../io/sessions-csv.js'),
        ]);
        assertOpen(round);
        const table = readCsvFile(resolvePath(ctx, file), SESSIONS_CSV);
        const progress = ctx.progress(t('session.importing'), table.rows.length);
        const result = importSessions(await ctx.db(), round, table, ctx.today, t, (done) => progress.tick(done));
        progress.done();
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('session.importResult', result));
      }),
    );
}
