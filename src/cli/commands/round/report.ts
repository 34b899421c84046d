import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { outputOptions } from '../../output-options.js';
import { REPORT_FORMATS, type ReportOptions } from './formats.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = group
    .command('report [round]')
    .description(t('report.description'))
    .option('--as-of <date>', t('report.option.asOf'))
    .option('--stale-days <n>', t('report.option.staleDays'))
    .option('--stale-only', t('report.option.staleOnly'));
  outputOptions(command, t, REPORT_FORMATS, 'report.option.out')
    .addHelpText(
      'after',
      examples(t, [
        'tandem round report 2026',
        'tandem round report 2026 --format html --out /srv/reports/tandem-2026.html',
        'tandem round report 2026 --stale-only --format csv --out stale.csv',
        'tandem round report 2026 --out bericht-2026.xlsx',
        'TANDEM_TODAY=2026-04-01 tandem round report 2026 --json',
      ]),
    )
    .action(
      app.action(async (ctx, ref: string | undefined, o: ReportOptions) => {
        // The report code is loaded only when a report is asked for: every `round …` command registers this one.
        const { reportCommand } = await import('./report-run.js');
        await reportCommand(ctx, ref, o);
      }),
    );
}
