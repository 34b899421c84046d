import type BetterSqlite3 from 'better-sqlite3';

/** The database handle; a type only, so importing it does not load the native module. */
export type Db = BetterSqlite3.Database;
