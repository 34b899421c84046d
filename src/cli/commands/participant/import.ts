import type { Command } from 'commander';
import { upsertParticipant } from '../../../db/participants.js';
import { upsertPerson } from '../../../db/people.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { printImportCounts } from './view.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('import <file>')
    .description(t('participant.import.description'))
    .option('--round <round>', t('option.round'))
    .addHelpText('after', examples(t, ['tandem participant import participants.csv --round 2026']) + `\n${t('participant.import.columns')}\n`)
    .action(
      app.action(async (ctx, file: string, o: { round?: string }) => {
        const { readParticipantsCsv } = await import('../../../io/people-csv.js');
        const { rows } = readParticipantsCsv(resolvePath(ctx, file));
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        const db = await ctx.db();
        const progress = ctx.progress(t('progress.importing'), rows.length);
        const counts = { added: 0, updated: 0, unchanged: 0 };
        db.transaction(() => {
          rows.forEach((row, i) => {
            const person = upsertPerson(db, row.person);
            const defaultCapacity = row.role === 'mentee' ? round.mentorsPerMentee : 1;
            const participant = upsertParticipant(db, round.id, person.id, row, defaultCapacity);
            if (participant === 'added') counts.added++;
            else if (participant === 'updated' || person.result !== 'unchanged') counts.updated++;
            else counts.unchanged++;
            if (i % 500 === 0) progress.tick(i);
          });
        }).immediate();
        progress.done();
        printImportCounts(ctx, counts);
      }),
    );
}
