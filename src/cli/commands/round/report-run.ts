import { PLAIN } from '../../palette.js';
import { parseDate } from '../../../core/dates.js';
import { parseIntInRange } from '../../../core/people.js';
import { roundReport } from '../../../app/round-report.js';
import type { Ctx } from '../../context.js';
import { emitOutput, outputTarget } from '../../output-options.js';
import type { ReportView } from '../../render/round-report/common.js';
import { REPORT_FORMATS, type ReportFormat, type ReportOptions } from './formats.js';

/** `round report`: load the facts, build the report (core), render it, print or write it atomically. */
export async function reportCommand(ctx: Ctx, ref: string | undefined, o: ReportOptions): Promise<void> {
  const target = outputTarget(ctx, o, REPORT_FORMATS, 'table');
  const format = target.format;
  const asOf = o.asOf === undefined ? ctx.today : parseDate(o.asOf, '--as-of');
  const staleDays = o.staleDays === undefined ? undefined : parseIntInRange(o.staleDays, '--stale-days', 0, 3650);
  const round = await ctx.round(ref);
  const progress = ctx.progress(ctx.t('report.progress'), 3);
  const staleOnly = o.staleOnly === true;
  const { report, weekly, record } = await roundReport(await ctx.db(), round, { asOf, staleDays, staleOnly, weekly: format === 'html', today: ctx.today }, (step) =>
    progress.tick(step),
  );
  const settings = format === 'html' ? (await import('../../../app/settings.js')).getSettings(await ctx.db()) : undefined;
  const view: ReportView = { report, t: ctx.t, lang: ctx.lang, weekly, staleOnly, settings, topic: ctx.topicName };
  const text = await render(ctx, view, format, target.path !== undefined, o.excel === true);
  progress.done();
  emitOutput(ctx, target, text);
  record();
}

/** Renders the report; the HTML renderer is loaded only when needed, to keep start-up lean. */
async function render(ctx: Ctx, view: ReportView, format: ReportFormat, toFile: boolean, excel: boolean): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify((await import('../../render/round-report/json.js')).reportJson(view.report, view.topic), null, 2)}\n`;
    case 'csv':
      return (await import('../../render/round-report/csv.js')).renderReportCsv(view.report, view.staleOnly, { excel });
    case 'xlsx':
      return (await import('../../render/xlsx.js')).renderWorkbook((await import('../../render/round-report/sheets.js')).reportSheets(view.report, view.staleOnly, view.topic));
    case 'md':
      return (await import('../../render/round-report/markdown.js')).renderReportMarkdown(view);
    case 'html':
      return (await import('../../render/round-report/html.js')).renderReportHtml(view);
    case 'table': {
      const { renderReportTable } = await import('../../render/round-report/terminal.js');
      // A file gets no colour codes, whatever the terminal can do.
      const io = toFile ? { ...ctx.io, color: PLAIN } : ctx.io;
      return renderReportTable(view, io);
    }
  }
}
