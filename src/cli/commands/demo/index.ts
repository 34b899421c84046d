import type { Command } from 'commander';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { plusDays } from '../../../core/dates.js';
import { DEMO_DAY, demoShift } from '../../../core/demo.js';
import { examples, type App } from '../../app.js';
import { outputDir } from '../../output-options.js';
import { freshDatabase, shiftedSample, stepper } from './sample.js';

const ROUND = 'pilot';

/** `tandem demo`: the sample programme built with the real commands, then its reports. */
export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('demo')
    .description(t('demo.description'))
    .option('--out-dir <dir>', t('demo.outDir'))
    .addHelpText('after', examples(t, ['tandem demo', 'tandem --lang de demo --out-dir /tmp/demo']))
    .action(
      app.action(async (ctx, o: { outDir?: string }) => {
        const outDir = outputDir(ctx, o.outDir ?? 'tandem-demo');
        const named = ctx.globals.db !== undefined || Boolean(ctx.deps.env.TANDEM_DB);
        const db = named ? ctx.dbPath() : join(outDir, 'tandem-demo.db');
        freshDatabase(db, named);
        const start = plusDays(ctx.today, -DEMO_DAY);
        const data = shiftedSample(demoShift(ctx.today));
        try {
          const step = stepper(ctx, db, app.entry.run);
          ctx.info(t('demo.building', { db }));
          await step(['round', 'create', ROUND, '--start', start, '--mentors-per-mentee', '2']);
          await step(['person', 'import', join(data, 'people.csv')]);
          await step(['participant', 'import', join(data, 'participants.csv'), '--round', ROUND]);
          await step(['pair', 'match', '--round', ROUND, '--yes']);
          await step(['participant', 'import', join(data, 'late-joiners.csv'), '--round', ROUND]);
          await step(['session', 'import', join(data, 'sessions.csv'), '--round', ROUND]);
          await step(['goal', 'import', join(data, 'goals.csv'), '--round', ROUND]);
          await step(['survey', 'create', '--round', ROUND, '--name', 'final', '--title', t('demo.surveyTitle')]);
          await step(['survey', 'import', join(data, 'survey.csv'), '--round', ROUND, '--name', 'final']);
          const html = join(outDir, 'round-report.html');
          await step(['round', 'report', ROUND, '--format', 'html', '--out', html]);
          if (ctx.json) {
            const report = JSON.parse(await step(['round', 'report', ROUND, '--json']));
            const survey = JSON.parse(await step(['survey', 'report', '--round', ROUND, '--name', 'final', '--json']));
            return ctx.printJson({ database: db, htmlReport: html, roundReport: report, surveyReport: survey });
          }
          ctx.print(await step(['round', 'report', ROUND], true));
          ctx.print(await step(['survey', 'report', '--round', ROUND, '--name', 'final'], true));
          ctx.info(t('demo.done', { db, html, round: ROUND }));
        } finally {
          rmSync(data, { recursive: true, force: true });
        }
      }),
    );
}
