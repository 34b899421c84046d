import type { Params } from '../errors.js';
import en from './en.js';
import { shellWord } from '../shell.js';

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

/**
 * Fills a template: `{name}` is replaced by the parameter, and a counted noun is written
 * `{count, plural, one {# goal} other {# goals}}` (ICU-like: `=0`, `=1`, … and the
 * categories of Intl.PluralRules; `#` is the number). An unknown key falls back to
 * English, then to the key itself. `{name:sh}` writes the value as one shell word
 * (quoted when it has spaces), for the commands a message tells the user to run.
 */
export function translator(lang: Lang): T {
  // One per language: callers ask for the English one per row (the JSON's reasons), and
  // building Intl.PluralRules each time cost 60 ms in a report of 10,000 tandems.
  const made = translators.get(lang);
  if (made) return made;
  const own = messages(lang);
  // Made on the first plural: setting up Intl.PluralRules costs more at start-up than most commands' work.
  let plural: Intl.PluralRules | undefined;
  const rules = () => (plural ??= new Intl.PluralRules(lang));
  const t: T = (key, params = {}) => format(own[key] ?? en[key] ?? key, params, rules);
  translators.set(lang, t);
  return t;
}

const translators = new Map<Lang, T>();

function format(template: string, params: Params, rules: () => Intl.PluralRules): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matching(template, open);
    out += template.slice(i, open);
    const body = template.slice(open + 1, close);
    out += placeholder(template.slice(open, close + 1), body, params, rules);
    i = close + 1;
  }
  return out + template.slice(i);
}

function placeholder(whole: string, body: string, params: Params, rules: () => Intl.PluralRules): string {
  const plural = /^(\w+),\s*plural,/.exec(body);
  if (!plural) {
    // `{round:sh}`: the value as one shell word, for commands the user copies.
    const [, name, sh] = /^(\w+)(:sh)?$/.exec(body) ?? [];
    if (name === undefined || !(name in params)) return whole;
    return sh ? shellWord(String(params[name])) : String(params[name]);
  }
  const name = plural[1]!;
  if (!(name in params)) return whole;
  const n = Number(params[name]);
  const branches = pluralBranches(body.slice(plural[0].length));
  const branch = branches.get(`=${n}`) ?? branches.get(rules().select(n)) ?? branches.get('other') ?? '';
  return format(branch.replace(/#/g, String(params[name])), params, rules);
}

/** `one {…} other {…}` → selector → text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let i = 0;
  for (;;) {
    selector.lastIndex = i;
    const m = selector.exec(text);
    if (!m) return branches;
    const open = i + m[0].length - 1;
    const close = matching(text, open);
    branches.set(m[1]!, text.slice(open + 1, close));
    i = close + 1;
  }
}

/** The index of the `}` that closes the `{` at `open` (the end of the text when none does). */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/** The placeholder names of a message as written in the catalogue (plural ones included), for the catalogue tests. */
export function placeholders(lang: Lang, key: string): string[] {
  const template = messages(lang)[key] ?? '';
  const names = [...template.matchAll(/(?<!(?:=\d+|zero|one|two|few|many|other)\s*)\{(\w+)(?::sh)?(?:\}|,\s*plural,)/g)].map((m) => m[1]!);
  return [...new Set(names)].sort();
}

/** The raw template of a message, for the catalogue tests. */
export function template(lang: Lang, key: string): string | undefined {
  return messages(lang)[key];
}

/** Picks the language: explicit option, then TANDEM_LANG, then LANG starting with `de`, else English. */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  const wanted = option ?? env.TANDEM_LANG;
  if (wanted === 'de' || wanted === 'en') return wanted;
  if (wanted === undefined && (env.LC_ALL ?? env.LANG ?? '').toLowerCase().startsWith('de')) return 'de';
  return 'en';
}
