import type { Command } from 'commander';
import { assertNotClosed } from '../../../db/rounds.js';
import { insertSessions, listTandems, sessionKey, sessionKeyCounts } from '../../../db/sessions.js';
import type { SessionCsvRow, TandemLookup } from '../../../io/sessions-csv.js';
import { examples, type App } from '../../app.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('import <file>')
    .description(t('session.import.description'))
    .option('--round <round>', t('option.round'))
    .addHelpText(
      'after',
      `${examples(t, ['tandem session import sessions.csv --round 2026'])}\n${t('session.import.columns')}\n`,
    )
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ readCsvFile }, { SESSIONS_CSV, sessionRows }] = await Promise.all([import('../../../io/csv.js'), import('../../../io/sessions-csv.js')]);
        const table = readCsvFile(resolvePath(ctx, file), SESSIONS_CSV);
        const db = await ctx.db();
        const tandems: TandemLookup = new Map();
        for (const tandem of listTandems(db, round.id)) {
          if (!tandem.mentee.email) continue;
          tandems.set(tandem.mentee.email, {
            menteeId: tandem.menteeId,
            mentors: new Map(tandem.mentors.filter((m) => m.email).map((m) => [m.email!, m.id])),
            all: tandem.mentors.map((m) => m.id),
          });
        }
        const rows = sessionRows(table, round, ctx.today, tandems, t);

        const progress = ctx.progress(t('session.importing'), rows.length);
        const result = db
          .transaction(() => {
            // Each stored session absorbs one equal row, so a file with two equal rows re-imports cleanly too.
            const stored = sessionKeyCounts(db, round.id);
            const fresh: SessionCsvRow[] = [];
            for (const row of rows) {
              const key = sessionKey(row.menteeId, row.date, row.minutes, row.mentorIds, row.note);
              const left = stored.get(key) ?? 0;
              if (left > 0) stored.set(key, left - 1);
              else fresh.push(row);
            }
            insertSessions(db, round.id, fresh, (done) => progress.tick(done));
            return { added: fresh.length, skipped: rows.length - fresh.length };
          })
          .immediate();
        progress.done();
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('session.importResult', result));
      }),
    );
}
