import { NO_SETTINGS, type Settings } from '../core/settings.js';
import type { Db } from './types.js';

/** The programme settings; unset ones are null. */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM setting').all() as { key: string; value: string }[];
  const settings: Settings = { ...NO_SETTINGS };
  for (const { key, value } of rows) if (Object.hasOwn(NO_SETTINGS, key)) settings[key as keyof Settings] = value;
  return settings;
}

/** Stores one setting, or removes it (null); reports whether anything changed. */
export function writeSetting(db: Db, key: keyof Settings, value: string | null): boolean {
  if (value === null) return db.prepare('DELETE FROM setting WHERE key = ?').run(key).changes > 0;
  const { changes } = db
    .prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value')
    .run(key, value);
  return changes > 0;
}
