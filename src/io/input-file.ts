import { statSync } from 'node:fs';
import { UsageError } from '../core/errors.js';

/** The size of a file to read; a missing file or a folder is exit 2 naming it as `path` (as typed). */
export function inputFileSize(file: string, path = file): number {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError('error.fileIsDirectory', { path });
    return stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('error.fileMissing', { path });
  }
}
