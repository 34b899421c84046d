import type { Command } from 'commander';
import type { T } from '../core/i18n/index.js';
import { outputFolder, outputPath, refuseExisting, resolveOutput, writeOutput, type OutputFormat, type OutputTarget } from '../io/output.js';
import { join } from 'node:path';
import type { Ctx } from './context.js';

/** The `--format/--out` bundle as commander hands it over. */
export interface OutputOptions {
  format?: string;
  out?: string;
}

/** Adds `--format` (when the command offers more than one) and `--out` to a command. */
export function outputOptions(command: Command, t: T, formats: readonly OutputFormat[], outHelp = 'option.out'): Command {
  if (formats.length > 1) command.option('--format <format>', t('option.format', { formats: formats.join(', ') }));
  return command.option('--out <file>', t(outHelp));
}

/** Format and file of this run's output (see resolveOutput): decided before any work is done. */
export function outputTarget<F extends OutputFormat>(ctx: Ctx, o: OutputOptions, formats: readonly F[], fallback: F): OutputTarget<F> {
  return resolveOutput(outputPlace(ctx), { format: o.format, out: o.out, json: ctx.json }, formats, fallback);
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
export function emitOutput(ctx: Ctx, target: OutputTarget<OutputFormat>, text: string, writtenKey = 'report.written'): void {
  if (target.path === undefined) return ctx.io.out(text);
  writeOutput(target.path, text);
  ctx.info(ctx.t(writtenKey, { path: target.path }));
}
