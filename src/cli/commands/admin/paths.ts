import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { NotFoundError, UsageError } from '../../../core/errors.js';
import type { Ctx } from '../../context.js';
import { shortPath } from '../../../io/output.js';

/** A path given on the command line, relative to the working folder of the run. */
export function resolvePath(ctx: Ctx, path: string): string {
  return isAbsolute(path) ? path : resolve(ctx.deps.cwd, path);
}

/** The database path, which must exist: backing up or exporting a missing file is a mistake, not an empty result. */
export function existingDbPath(ctx: Ctx): string {
  const path = ctx.dbPath();
  if (!existsSync(path)) throw new NotFoundError('admin.error.noDatabase', { path }, 'admin.hint.dbPath');
  if (statSync(path).isDirectory()) throw new UsageError('error.dbIsDirectory', { path });
  return path;
}

/** The busy timeout of the run (env TANDEM_BUSY_TIMEOUT_MS, default 5 s), as Ctx.db() reads it. */
export function busyTimeoutMs(ctx: Ctx): number {
  const busy = Number(ctx.deps.env.TANDEM_BUSY_TIMEOUT_MS ?? 5000);
  return Number.isFinite(busy) ? busy : 5000;
}

/** An output file must not be a folder, and its folder must exist (exit 2 otherwise). */
export function assertWritableFile(path: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw new UsageError('admin.error.isDirectory', { path: shortPath(path) });
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError('admin.error.noFolder', { path: shortPath(path) });
}
