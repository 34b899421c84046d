import { connect, type OpenOptions } from './connect.js';
import { migrate } from './migrate.js';
import type { Db } from './types.js';

export { READ_WAIT_MS, type OpenOptions } from './connect.js';

/** Opens the database file, creating it mode 0600 on first write, and brings its schema up to date. */
export function openDatabase(path: string, options: OpenOptions): Db {
  return connect(path, options, (db) => migrate(db));
}
