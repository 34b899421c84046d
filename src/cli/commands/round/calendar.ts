import type { Command } from 'commander';
import { CALENDAR_FIELDS, optionField, SESSION_FIELDS } from '../../../core/fields/index.js';
import { examples, type App } from '../../app.js';
import { outDirFiles, outputFile } from '../../output-options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('calendar [round]')
    .description(t('calendar.description'))
    .requiredOption('--out-dir <dir>', t('calendar.outDir'))
    .option('--time <HH:MM>', t('calendar.time'))
    .option('--minutes <n>', t('calendar.minutes'))
    .option('--force', t('calendar.force'))
    .addHelpText('after', examples(t, ['tandem round calendar 2026 --out-dir invitations/', 'tandem --lang de round calendar 2026 --out-dir termine/ --time 16:30 --minutes 45']))
    .action(
      app.action(async (ctx, ref: string | undefined, o: { outDir: string; time?: string; minutes?: string; force?: boolean }) => {
        const [{ roundCalendar }, { personFileNames }] = await Promise.all([
          import('../../../app/calendar.js'),
          import('../../../core/file-names.js'),
        ]);
        const time = { ...(optionField(CALENDAR_FIELDS.time, o.time) ?? { hour: 10, minute: 0 }), minutes: o.minutes === undefined ? 60 : optionField(SESSION_FIELDS.minutes, o.minutes)! };
        const dir = outputFile(ctx, o.outDir);
        const round = await ctx.round(ref);
        const tandems = roundCalendar(await ctx.db(), round);
        const paths = outDirFiles(ctx, dir, personFileNames(tandems.map((s) => s.mentee.name), 'meetings', 'ics'), o.force === true);
        const [{ meetingCalendar }, { writeOutput }] = await Promise.all([import('../../render/calendar.js'), import('../../../io/output.js')]);
        const stamp = ctx.deps.now().getTime();
        const files = tandems.map((series, i) => {
          writeOutput(paths[i]!, meetingCalendar(series, round, time, t, stamp));
          return { mentee: series.mentee, mentors: series.mentors, file: paths[i]!, first: series.first, occurrences: series.occurrences };
        });
        if (ctx.json) return ctx.printJson(files);
        ctx.info(t('calendar.written', { count: files.length, dir }));
      }),
    );
}
