import type { Params } from '../errors.js';
import en from './en.js';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

/** Translates a message key with `{param}` placeholders. */
export type T = (key: string, params?: Params) => string;

// One file per language, the same keys in both. English is always there (the fallback);
// German is loaded by loadLanguage('de') before its first use, so English runs never parse it.
const merged: Record<Lang, Record<string, string> | undefined> = { en, de: undefined };

/** Loads a language's messages; call before translator(lang) or messageKeys(lang). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'de' && !merged.de) merged.de = (await import('./de.js')).default;
}

function messages(lang: Lang): Record<string, string> {
  const found = merged[lang];
  if (!found) throw new Error(`messages of "${lang}" are not loaded: call loadLanguage first`);
  return found;
}

/** All keys of one language, for the catalogue completeness test. */
export function messageKeys(lang: Lang): string[] {
  return Object.keys(messages(lang)).sort();
}

/** Fills `{name}` placeholders; an unknown key falls back to English, then to the key itself. */
export function translator(lang: Lang): T {
  const own = messages(lang);
  return (key, params = {}) => {
    const template = own[key] ?? en[key] ?? key;
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
