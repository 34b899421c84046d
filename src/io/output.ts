import { existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';
import { shortPath, writeFileAtomic } from './atomic.js';

export { shortPath };

/** Every format a command can write; each command offers some of them. */
export type OutputFormat = 'table' | 'md' | 'html' | 'json' | 'csv' | 'xlsx';

/** The file extensions of each format; `.txt` (a plain table) only with an explicit `--format table`. */
const EXTENSIONS: Record<OutputFormat, readonly string[]> = {
  html: ['.html', '.htm'],
  md: ['.md'],
  json: ['.json'],
  csv: ['.csv'],
  xlsx: ['.xlsx'],
  table: ['.txt'],
};

/** What a run knows about where files go: its working folder and its database file. */
export interface OutputPlace {
  cwd: string;
  db: string;
}

/** A resolved `--format/--out` bundle: the format to render, and the file to write (absent: stdout). */
export interface OutputTarget<F extends OutputFormat> {
  format: F;
  path?: string;
}

/** The options as a command receives them. */
export interface OutputRequest {
  format?: string;
  out?: string;
  /** The global `--json`, the same as `--format json`. */
  json?: boolean;
}

/**
 * Decides format and file of a command's output, before any work is done: `--format`,
 * else `--json`, else the `--out` file's extension, else `fallback` (stdout). An unknown
 * format or extension, one the command does not offer, or one that contradicts
 * `--format` is a usage error (exit 2); so is a file that is the database itself, and a
 * workbook (`xlsx`) without a file to go to: it is no text for a terminal.
 */
export function resolveOutput<F extends OutputFormat>(
  place: OutputPlace,
  request: OutputRequest,
  formats: readonly F[],
  fallback: F,
): OutputTarget<F> {
  const { format, json } = request;
  if (format !== undefined && !(formats as readonly string[]).includes(format)) {
    throw new UsageError('error.output.format', { value: shortPath(format), formats: formats.join(', ') });
  }
  if (json && format !== undefined && format !== 'json') throw new UsageError('error.output.jsonAndFormat', { format: shortPath(format) });
  const chosen = (format ?? (json ? 'json' : undefined)) as F | undefined;
  if (request.out === undefined) {
    if (chosen === 'xlsx') throw new UsageError('error.output.xlsxNeedsOut');
    return { format: chosen ?? fallback };
  }
  const path = outputPath(place, request.out);
  if (isFolder(path)) throw new UsageError('error.outIsDirectory', { path: shortPath(path) });
  const ext = extname(path).toLowerCase();
  const byExtension = (Object.keys(EXTENSIONS) as OutputFormat[]).find((f) => EXTENSIONS[f].includes(ext));
  const offered = formats.filter((f) => f !== 'table' || chosen === 'table');
  const expected = offered.flatMap((f) => EXTENSIONS[f]).join(', ');
  if (chosen !== undefined) {
    // A file without an extension is fine when the format is named; a different extension is not.
    if (ext !== '' && byExtension !== chosen) {
      throw new UsageError('error.output.contradicts', { path: shortPath(path), ext: shortPath(ext), format: chosen, expected: EXTENSIONS[chosen].join(', ') });
    }
    return { format: chosen, path };
  }
  if (ext === '' && offered.length === 1) return { format: offered[0]!, path };
  if (byExtension === undefined || byExtension === 'table' || !(formats as readonly string[]).includes(byExtension)) {
    throw new UsageError(ext === '' ? 'error.output.noExtension' : 'error.output.extension', { path: shortPath(path), ext: shortPath(ext), expected });
  }
  return { format: byExtension as F, path };
}

/**
 * The absolute path of a file named on the command line (relative to the run's working
 * folder), refused when it is the database or one of its companion files.
 */
export function outputPath(place: OutputPlace, file: string): string {
  if (file === '') throw new UsageError('error.output.empty');
  const path = isAbsolute(file) ? file : resolve(place.cwd, file);
  // Refused before any work, by every writer alike (the file system would say ENAMETOOLONG half-way).
  if (Buffer.byteLength(path) >= PATH_MAX || path.split(sep).some((part) => Buffer.byteLength(part) > NAME_MAX)) {
    throw new UsageError('error.outNameTooLong', { path: shortPath(path) });
  }
  assertNotDatabase(path, place.db);
  return path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Linux's limits of a path and of one name in it, in bytes (most file systems share them). */
const PATH_MAX = 4096;
const NAME_MAX = 255;

const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * Refuses (exit 2) a path that is, by real path or by inode, the database file or its
 * `-wal`, `-shm` or `-journal` file: `./x`, `../dir/x`, symlinks (also dangling ones)
 * and hard links included.
 */
export function assertNotDatabase(path: string, db: string): void {
  const target = canonicalPath(path);
  const bases = new Set([resolve(db), canonicalPath(db)]);
  const forbidden = new Set([...bases].flatMap((base) => COMPANIONS.map((suffix) => base + suffix)));
  let same = forbidden.has(target) || forbidden.has(resolve(path));
  if (!same && existsSync(path)) {
    const a = statSync(path);
    same = [...bases].some((base) =>
      COMPANIONS.some((suffix) => {
        try {
          const b = statSync(base + suffix);
          return a.dev === b.dev && a.ino === b.ino;
        } catch {
          return false;
        }
      }),
    );
  }
  if (same) throw new UsageError('error.output.database', { path: shortPath(path) });
}

/** The real path of a file that may not exist yet, following symlinks (dangling ones too) and its folders' links. */
export function canonicalPath(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(current);
    } catch {
      let link = false;
      try {
        link = lstatSync(current).isSymbolicLink();
      } catch {
        // does not exist at all
      }
      if (!link) break;
      current = resolve(dirname(current), readlinkSync(current));
    }
  }
  try {
    return join(realpathSync(dirname(current)), basename(current));
  } catch {
    return current;
  }
}

/** The folder of an `--out-dir`, created (mode 0700) when missing; anything but a folder there is exit 2. */
export function outputFolder(place: OutputPlace, dir: string): string {
  const path = outputPath(place, dir);
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    if (statSync(path).isDirectory()) return path;
  } catch {
    // not creatable: said below
  }
  throw new UsageError('error.outDir', { path: shortPath(path) });
}

/** Writes one output file atomically with mode 0600 (see writeFileAtomic). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  writeFileAtomic(path, data, { mode: 0o600 });
}

/** Refuses a batch of files if any exists already, unless `force`: checked before the first is written, so a refused run writes nothing. */
export function refuseExisting(paths: readonly string[], force: boolean): void {
  const existing = force ? undefined : paths.find((path) => existsSync(path));
  if (existing !== undefined) throw new UsageError('error.outExists', { path: shortPath(existing) });
}
