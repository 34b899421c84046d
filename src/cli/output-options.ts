import type { Command } from 'commander';
import type { T } from '../core/i18n/index.js';
import { outputFolder, outputPath, refuseExisting, resolveOutput, writeOutput, type OutputFormat, type OutputTarget } from '../io/output.js';
import { join } from 'node:path';
import type { Ctx } from './context.js';
import { UsageError } from '../core/errors.js';
import { noteMore } from './list-limit.js';
import { PLAIN } from './palette.js';
import type { Sheet } from './render/csv.js';

/** The `--format/--out` bundle as commander hands it over (`--excel` where CSV is offered). */
export interface OutputOptions {
  format?: string;
  out?: string;
  excel?: boolean;
  /** `--limit` of a list (see listOptions). */
  limit?: string;
}

/** Adds `--format` (when the command offers more than one), `--out`, and `--excel` where CSV is offered, to a command. */
export function outputOptions(command: Command, t: T, formats: readonly OutputFormat[], outHelp = 'option.out'): Command {
  if (formats.length > 1) command.option('--format <format>', t('option.format', { formats: formats.join(', ') }));
  command.option('--out <file>', t(outHelp));
  return formats.includes('csv') ? command.option('--excel', t('option.excel')) : command;
}

/** Format and file of this run's output (see resolveOutput): decided before any work is done. `--excel` is for CSV files only. */
export function outputTarget<F extends OutputFormat>(ctx: Ctx, o: OutputOptions, formats: readonly F[], fallback: F): OutputTarget<F> {
  const target = resolveOutput(outputPlace(ctx), { format: o.format, out: o.out, json: ctx.json }, formats, fallback);
  if (o.excel && target.format !== 'csv') throw new UsageError('error.output.excelCsvOnly', { format: target.format });
  // Its CRLF line ends are no terminal text (stdout escapes a lone CR): the Excel file goes to a file.
  if (o.excel && target.path === undefined) throw new UsageError('error.output.excelNeedsOut');
  return target;
}

// `round list` imports these from list-limit.js itself, without the file writer below.
export { listLimit, noteMore } from './list-limit.js';

/** The formats of every `… list` (SPEC §1 Lists). */
export const LIST_FORMATS = ['table', 'json', 'csv', 'xlsx'] as const;

/** The options of every `… list`: its formats, `--out`, and `--limit <n>`. */
export function listOptions(command: Command, t: T): Command {
  return outputOptions(command, t, LIST_FORMATS).option('--limit <n>', t('option.limit'));
}

/** The first `limit` rows made into a list's content, and how many were left out. */
export function limited<R>(rows: readonly R[], limit: number | undefined, content: (rows: R[]) => ListContent): ListContent {
  const shown = limit === undefined ? [...rows] : rows.slice(0, limit);
  return { ...content(shown), more: rows.length - shown.length };
}

/** A list's content in each format: its JSON, its terminal table (undefined when empty) and its table for files. */
export interface ListContent {
  json: unknown;
  table: (io: Ctx['io']) => string | undefined;
  sheet: () => Sheet;
  /** The message key for an empty list on the terminal. */
  none: string;
  /** Rows left out by `--limit` ("… and N more" on stderr). */
  more?: number;
}

/** Prints or writes a list in the run's format (see LIST_FORMATS); the target was decided before the list was loaded. */
export async function emitList(ctx: Ctx, target: OutputTarget<OutputFormat>, o: OutputOptions, list: ListContent): Promise<void> {
  await emitRows(ctx, target, o, list);
  noteMore(ctx, list.more);
}

async function emitRows(ctx: Ctx, target: OutputTarget<OutputFormat>, o: OutputOptions, list: ListContent): Promise<void> {
  if (target.format === 'json') {
    if (target.path === undefined) return ctx.printJson(list.json);
    return emitOutput(ctx, target, `${JSON.stringify(list.json, null, 2)}\n`, 'list.written');
  }
  if (target.format === 'table') {
    // A file gets no colour codes, whatever the terminal can do.
    const text = list.table(target.path === undefined ? ctx.io : { ...ctx.io, color: PLAIN });
    if (text === undefined) return ctx.info(ctx.t(list.none));
    return target.path === undefined ? ctx.page(text) : emitOutput(ctx, target, `${text}\n`, 'list.written');
  }
  emitOutput(ctx, target, await renderSheets([list.sheet()], target.format, o), 'list.written');
}

/** Tables for files: CSV (the first sheet) or an .xlsx workbook with one sheet each; the workbook writer is loaded only for xlsx. */
export async function renderSheets(sheets: readonly Sheet[], format: OutputFormat, o: OutputOptions): Promise<string | Uint8Array> {
  if (format === 'xlsx') return (await import('./render/xlsx.js')).renderWorkbook(sheets);
  return (await import('./render/csv.js')).sheetCsv(sheets[0]!, { excel: o.excel });
}

/** A file or folder named on the command line, against the run's working folder, never the database. */
export function outputFile(ctx: Ctx, file: string): string {
  return outputPath(outputPlace(ctx), file);
}

/** The folder of an `--out-dir`, against the run's working folder, created when missing (exit 2 when it cannot be). */
export function outputDir(ctx: Ctx, dir: string): string {
  return outputFolder(outputPlace(ctx), dir);
}

/**
 * The files `names` in the `--out-dir` folder `dir` (never the database), ready to write:
 * none already there unless `force` (see refuseExisting), the folder created.
 */
export function outDirFiles(ctx: Ctx, dir: string, names: readonly string[], force: boolean): string[] {
  const paths = names.map((name) => outputFile(ctx, join(dir, name)));
  refuseExisting(paths, force);
  outputDir(ctx, dir);
  return paths;
}

function outputPlace(ctx: Ctx): { cwd: string; db: string } {
  return { cwd: ctx.deps.cwd, db: ctx.dbPath() };
}

/** Writes the rendered output to its file, or prints it; says where it went on stderr. */
export function emitOutput(ctx: Ctx, target: OutputTarget<OutputFormat>, data: string | Uint8Array, writtenKey = 'report.written'): void {
  // A workbook always has a file (resolveOutput refuses xlsx on stdout): what is printed is text.
  if (target.path === undefined) return ctx.io.out(data as string);
  writeOutput(target.path, data);
  ctx.info(ctx.t(writtenKey, { path: target.path }));
}
