import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from './types.js';

type Statement = BetterSqlite3.Statement<unknown[]>;
const cache = new WeakMap<Db, Map<string, Statement>>();

/**
 * The prepared statement for `sql` on this connection, prepared once. Preparing per row
 * (an import of 250,000 people) leaves one native statement per call for the garbage
 * collector, which does not see their memory: the process grew to 900 MB resident.
 */
export function statement(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) cache.set(db, (statements = new Map()));
  let found = statements.get(sql);
  if (!found) statements.set(sql, (found = db.prepare(sql)));
  return found;
}
