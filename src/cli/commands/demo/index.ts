import type { Command } from 'commander';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plusDays } from '../../../core/dates.js';
import { DEMO_DAY, demoShift, shiftDates } from '../../../core/demo.js';
import { StateError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import { outputDir } from '../../output-options.js';

const SAMPLE = fileURLToPath(new URL('../../../../data/sample/', import.meta.url));
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
          const step = stepper(ctx, db);
          ctx.info(t('demo.building', { db }));
          await step(['round', 'create', ROUND, '--start', start, '--mentors-per-mentee', '2']);
          await step(['person', 'import', join(data, 'people.csv')]);
          await step(['participant', 'import', join(data, 'participants.csv'), '--round', ROUND]);
          await step(['pair', 'match', '--round', ROUND, '--yes']);
          await step(['participant', 'import', join(data, 'late-joiners.csv'), '--round', ROUND]);
          await step(['session', 'import', join(data, 'sessions.csv'), '--round', ROUND]);
          await step(['goal', 'import', join(data, 'goals.csv'), '--round', ROUND]);
          await step(['survey', 'create', '--round', ROUND, '--name', 'final']);
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

/** A demo never writes into an organiser's data: a named database must be new (or empty). */
function freshDatabase(path: string, named: boolean): void {
  if (!existsSync(path)) return;
  if (named && statSync(path).size > 0) throw new StateError('error.demoNotFresh', { path });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** The sample files with every date moved so the round is in its 20th week today. */
function shiftedSample(days: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-demo-'));
  for (const file of ['people.csv', 'participants.csv', 'late-joiners.csv', 'sessions.csv', 'goals.csv', 'survey.csv']) {
    writeFileSync(join(dir, file), shiftDates(readFileSync(join(SAMPLE, file), 'utf8'), days), { mode: 0o600 });
  }
  return dir;
}

/** Runs one real tandem command on the demo database; returns its stdout, fails loudly with its stderr. */
function stepper(ctx: Ctx, db: string) {
  return async (argv: string[], colour = false): Promise<string> => {
    const { run } = await import('../../main.js');
    let out = '';
    let err = '';
    const flags = ['--db', db, '--lang', ctx.lang, ...(colour && ctx.io.color.level > 0 ? [] : ['--no-color'])];
    const code = await run([...flags, ...argv], {
      ...ctx.deps,
      stdinIsTTY: false,
      stdoutIsTTY: colour && ctx.deps.stdoutIsTTY,
      stderrIsTTY: false,
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    });
    if (code !== 0) throw new StateError('error.demoStep', { command: `tandem ${argv.join(' ')}`, message: err.trim() });
    return out;
  };
}
