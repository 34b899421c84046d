import { UsageError } from '../core/errors.js';
import { isProblem } from '../core/fields/index.js';
import { checkSettingText, isSettingKey, SETTING_KEYS, type SettingKey, type Settings } from '../core/settings.js';
import { readSettings, writeSetting } from '../db/settings.js';
import type { Db } from '../db/types.js';
import { readLogo } from '../io/logo.js';

/** A setting's key as typed; unknown is exit 2 listing the keys there are. */
export function settingKey(raw: string): SettingKey {
  const key = raw.trim().toLowerCase();
  if (!isSettingKey(key)) throw new UsageError('settings.error.key', { key: raw, keys: Object.keys(SETTING_KEYS).join(', ') });
  return key;
}

/** One setting checked and ready to store; null clears it. */
export interface SettingValue {
  key: SettingKey;
  stored: string | null;
}

/**
 * Checks one programme setting before anything is opened: text as given (trimmed; empty
 * clears it), the logo from a PNG or SVG file (empty clears it). `resolve` turns a typed
 * file name into a path.
 */
export function checkSetting(raw: string, value: string, resolve: (path: string) => string): SettingValue {
  const key = settingKey(raw);
  if (key === 'logo') return { key, stored: value.trim() === '' ? null : readLogo(resolve(value), value) };
  const checked = checkSettingText(value);
  if (isProblem(checked)) throw new UsageError(checked.key, { ...checked.params, key });
  return { key, stored: checked };
}

/** Stores a checked setting; returns whether the stored value changed. */
export function setSetting(db: Db, { key, stored }: SettingValue): boolean {
  return db.transaction(() => writeSetting(db, SETTING_KEYS[key], stored)).immediate();
}

/** Every programme setting (null where unset). */
export function getSettings(db: Db): Settings {
  return readSettings(db);
}
