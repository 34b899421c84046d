import { readFileSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { isProblem } from '../core/fields/index.js';
import { inputFileSize } from './input-file.js';
import { logoDataUri, MAX_LOGO_BYTES } from '../core/settings.js';

/** A logo file as its data URI (PNG or safe SVG, at most 256 KB); any fault is exit 2 naming the file as `path` (as typed). */
export function readLogo(file: string, path = file): string {
  const size = inputFileSize(file, path);
  // Refused before reading: a mistaken path to a video must not be loaded whole.
  if (size > MAX_LOGO_BYTES) throw new UsageError('settings.problem.logoSize', { path, kb: Math.ceil(size / 1024), max: MAX_LOGO_BYTES / 1024 });
  const uri = logoDataUri(readFileSync(file));
  if (isProblem(uri)) throw new UsageError(uri.key, { ...uri.params, path });
  return uri;
}
