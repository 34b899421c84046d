/**
 * The schema version this code writes: the number of migrations in db/schema.ts, which
 * refuses to load when they differ. A constant of its own so that opening a file that is
 * up to date loads no migration (start-up, issue 16); bump it with each new migration.
 */
export const SCHEMA_VERSION = 8;
