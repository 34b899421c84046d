import type { CheckReport, Problem } from '../../db/check.js';
import type { Ctx } from '../context.js';
import { renderFields } from './table.js';

/** The check as fields on stdout, faults listed under them. */
export function printReport(ctx: Ctx, r: CheckReport): void {
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
export async function jsonReport(r: CheckReport) {
  const { translator } = await import('../../core/i18n/index.js');
  const en = translator('en');
  const text = (problems: Problem[]) => problems.map((p) => en(p.key, p.params));
  return { ...r, schema: { ...r.schema, problems: text(r.schema.problems) }, integrity: { ...r.integrity, problems: text(r.integrity.problems) } };
}
