import type { Command } from 'commander';
import { goalIdentity } from '../../../core/goals.js';
import { insertGoal, listGoals, markGoalDone } from '../../../db/goals.js';
import { listParticipants } from '../../../db/participants.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('import <file>')
    .description(t('goal.import.description'))
    .option('--round <round>', t('option.round'))
    .addHelpText('after', `${examples(t, ['tandem goal import goals.csv --round 2026'])}\n${t('goal.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        // Loaded on use: the CSV parser is not part of every start-up.
        const [{ readCsvFile }, { GOALS_CSV, goalRows }] = await Promise.all([import('../../../io/csv.js'), import('../../../io/goals-csv.js')]);
        const table = readCsvFile(resolvePath(ctx, file), GOALS_CSV);
        const db = await ctx.db();
        const mentees = new Map<string, number>();
        for (const p of listParticipants(db, round.id, 'mentee')) if (p.email) mentees.set(p.email, p.personId);
        const rows = goalRows(table, round, ctx.today, mentees, t);

        const result = db
          .transaction(() => {
            // Goals by tandem and text: the same goal is not added twice; a date marks an open one done.
            const known = new Map<string, { id: number; achievedOn: string | null }>();
            for (const g of listGoals(db, round.id)) known.set(`${g.menteeId}\u0000${goalIdentity(g.text)}`, g);
            const counts = { added: 0, updated: 0, skipped: 0 };
            for (const row of rows) {
              const key = `${row.menteeId}\u0000${goalIdentity(row.text)}`;
              const existing = known.get(key);
              if (!existing) {
                const id = insertGoal(db, { roundId: round.id, ...row });
                known.set(key, { id, achievedOn: row.achievedOn });
                counts.added++;
              } else if (row.achievedOn && !existing.achievedOn) {
                markGoalDone(db, existing.id, row.achievedOn);
                existing.achievedOn = row.achievedOn;
                counts.updated++;
              } else counts.skipped++;
            }
            return counts;
          })
          .immediate();
        if (ctx.json) return ctx.printJson(result);
        ctx.info(t('goal.importResult', result));
      }),
    );
}
