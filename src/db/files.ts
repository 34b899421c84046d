import { UsageError, StateError } from '../core/errors.js';

/** A file-system failure on an output path as a clear error. */
export function fileError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new UsageError('admin.error.noFolder', { path });
  if (code === 'EISDIR') return new UsageError('admin.error.isDirectory', { path });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new StateError('admin.error.cantWriteFile', { path });
  if (code === 'ENOSPC' || code === 'EIO' || code === 'EDQUOT') return new StateError('admin.error.ioFile', { path });
  return error instanceof Error ? error : new Error(String(error));
}
