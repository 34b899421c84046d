import { UsageError } from '../../../core/errors.js';
import { compareRounds } from '../../../app/round-compare.js';
import type { CompareRow } from '../../../core/report/compare.js';
import type { Ctx } from '../../context.js';
import { emitOutput, outputTarget, type OutputOptions } from '../../output-options.js';
import { PLAIN } from '../../palette.js';
import { COMPARE_FORMATS, type CompareFormat } from './formats.js';
import { terminalText } from '../../render/bars.js';
import { renderTable } from '../../render/table.js';

/** `round compare`: the rounds' figures side by side (SPEC §3), as a table or JSON. */
export async function compareCommand(ctx: Ctx, refs: string[], o: OutputOptions = {}): Promise<void> {
  if (refs.length < 2) throw new UsageError('error.compare.tooFew');
  const target = outputTarget(ctx, o, COMPARE_FORMATS, 'table');
  const rows = await compareRounds(await ctx.db(), refs, ctx.today);
  // --json on stdout keeps its shape: the JSON array of SPEC §5.
  if (target.format === 'json' && target.path === undefined) return ctx.printJson(rows);
  emitOutput(ctx, target, await renderCompare(ctx, rows, target.format, target.path !== undefined, o));
}

/** Renders the comparison in the chosen format (the non-table renderers are loaded only when asked for). */
async function renderCompare(ctx: Ctx, rows: CompareRow[], format: CompareFormat, toFile: boolean, o: OutputOptions): Promise<string | Uint8Array> {
  const { t, lang } = ctx;
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'table') {
    const { compareGrid } = await import('../../render/compare.js');
    // A file gets no colour codes.
    const io = toFile ? { ...ctx.io, color: PLAIN } : ctx.io;
    const names = rows.map((r) => terminalText(r.round.name));
    return renderTable(io, ['', ...names], compareGrid(rows, t, lang).map((line) => [line.label, ...line.cells]));
  }
  const render = await import('../../render/compare.js');
  if (format === 'md') return render.renderCompareMarkdown(rows, t, lang);
  if (format === 'html') return render.renderCompareHtml(rows, t, lang);
  if (format === 'xlsx') return (await import('../../render/xlsx.js')).renderWorkbook([render.compareSheet(rows)]);
  return render.renderCompareCsv(rows, { excel: o.excel });
}
