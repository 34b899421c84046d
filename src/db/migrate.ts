import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './schema.js';
import type { Db } from './types.js';

/**
 * The one migration routine: brings `db` from its `user_version` up to `to`, each
 * migration in its own immediate transaction together with its version bump, so a
 * crash leaves the file at one version or the next, never in between.
 */
export function migrate(db: Db, to: number = SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): Db {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < to; version++) {
    const step = migrations[version]!;
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
  return db;
}
