import type { Command } from 'commander';
import { StateError } from '../../../core/errors.js';
import type { CheckReport, Problem } from '../../../db/check.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import { renderFields } from '../../render/table.js';
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

function printReport(ctx: Ctx, r: CheckReport): void {
  const { t } = ctx;
  const mark = (ok: boolean, fault: string) => (ok ? ctx.io.color.green(t('admin.check.ok')) : ctx.io.color.red(fault));
  const version =
    r.schemaVersion < r.supportedVersion
      ? t('admin.check.upgradable', { version: r.schemaVersion, supported: r.supportedVersion })
      : t('admin.check.version', { version: r.schemaVersion, supported: r.supportedVersion });
  const rows = Object.entries(r.tables).map(([table, n]) => `${table} ${n}`);
  ctx.print(
    renderFields(ctx.io, [
      [t('admin.check.database'), r.path],
      [t('admin.check.schema'), `${version} – ${mark(r.schema.ok, t('admin.check.problems', { count: r.schema.problems.length }))}`],
      [t('admin.check.integrity'), mark(r.integrity.ok, t('admin.check.problems', { count: r.integrity.problems.length }))],
      [t('admin.check.foreignKeys'), mark(r.foreignKeys.ok, t('admin.check.violations', { count: r.foreignKeys.violations.length }))],
      [t('admin.check.rows'), rows.length ? rows.join(', ') : t('admin.check.empty')],
      [t('admin.check.result'), mark(r.ok, t('admin.check.fault'))],
    ]),
  );
  const problems = [
    ...[...r.schema.problems, ...r.integrity.problems].map((p) => t(p.key, p.params)),
    ...r.foreignKeys.violations.map((v) => `${v.table} rowid ${v.rowid ?? '?'} → ${v.parent}`),
  ];
  if (problems.length) ctx.print(problems.map((p) => `  - ${p}`).join('\n'));
}

/** The JSON document: problems as English text (language-neutral, as scripts read them). */
async function jsonReport(r: CheckReport) {
  const { translator } = await import('../../../core/i18n/index.js');
  const en = translator('en');
  const text = (problems: Problem[]) => problems.map((p) => en(p.key, p.params));
  return { ...r, schema: { ...r.schema, problems: text(r.schema.problems) }, integrity: { ...r.integrity, problems: text(r.integrity.problems) } };
}
