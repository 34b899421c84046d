import { openDatabase } from '../../src/db/open.js';
import { tempDbPath } from './cli.js';

/** A new tandem database (current schema) filled by one SQL script, fast: for large generated data. */
export function sqlDb(script: string): string {
  const path = tempDbPath();
  const db = openDatabase(path, { write: true, busyTimeoutMs: 1000 });
  db.pragma('synchronous = OFF');
  db.exec(`BEGIN; ${script}; COMMIT;`);
  db.close();
  return path;
}
