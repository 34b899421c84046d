import type { Params } from '../errors.js';
import de from './de.js';
import en from './en.js';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

/** Translates a message key with `{param}` placeholders. */
export type T = (key: string, params?: Params) => string;

// Two files, one per language (few modules to load at start-up); the same keys in both.
const merged: Record<Lang, Record<string, string>> = { en, de };

/** All keys of one language, for the catalogue completeness test. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(merged[lang]).sort();
}

/** Fills `{name}` placeholders; an unknown key falls back to English, then to the key itself. */
export function translator(lang: Lang): T {
  const own = merged[lang];
  return (key, params = {}) => {
    const template = own[key] ?? merged.en[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Picks the language: explicit option, then TANDEM_LANG, then LANG starting with `de`, else English. */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  const wanted = option ?? env.TANDEM_LANG;
  if (wanted === 'de' || wanted === 'en') return wanted;
  if (wanted === undefined && (env.LC_ALL ?? env.LANG ?? '').toLowerCase().startsWith('de')) return 'de';
  return 'en';
}
