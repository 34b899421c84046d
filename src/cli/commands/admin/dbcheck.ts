import type { Command } from 'commander';
import { StateError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import { jsonReport, printReport } from '../../render/db-check.js';
import { busyTimeoutMs, existingDbPath } from './paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('check')
    .description(t('admin.check.description'))
    .addHelpText('after', examples(t, ['tandem db check', 'tandem db check --json']))
    .action(
      app.action(async (ctx) => {
        const path = existingDbPath(ctx);
        const { checkDatabase } = await import('../../../db/check.js');
        const report = checkDatabase(path, busyTimeoutMs(ctx));
        if (ctx.json) ctx.printJson(await jsonReport(report));
        else printReport(ctx, report);
        const faults = report.schema.problems.length + report.integrity.problems.length + report.foreignKeys.violations.length;
        if (report.schemaVersion > report.supportedVersion) {
          throw new StateError('error.schemaNewer', { path, version: report.schemaVersion, supported: report.supportedVersion }, 'hint.schemaNewer');
        }
        if (!report.ok) throw new StateError('admin.check.failed', { count: Math.max(1, faults) });
      }),
    );
}
