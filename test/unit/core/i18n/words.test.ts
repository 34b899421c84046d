import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, loadLanguage, messageKeys, placeholders, template, translator } from '../../../../src/core/i18n/index.js';

// Must-show 3 of issue 15: every message, rendered with the counts 0, 1, 2 and 5 (the other
// placeholders filled), has no "(s)"-style plural and, in German, no English word.
const COUNTS = [0, 1, 2, 5];
const wordList = (file: string) =>
  new Set(
    readFileSync(new URL(file, import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
const ENGLISH = wordList('./english-words.txt');
const ALLOWED = wordList('./allowed-words.txt');

/** The placeholders that choose a plural form somewhere in either language. */
function countedNames(key: string): Set<string> {
  const names = new Set<string>();
  for (const lang of LANGS) for (const m of (template(lang, key) ?? '').matchAll(/\{(\w+),\s*plural,/g)) names.add(m[1]!);
  return names;
}

// Messages that list identifiers a user types as they are (CSV column names, question ids, format
// values): there the words of the English message are identifiers, not prose.
const IDENTIFIER_KEYS = /\.columns$|^help\.columns\.|^session\.option\.format$/;

function identifiers(key: string): Set<string> {
  if (!IDENTIFIER_KEYS.test(key)) return new Set();
  return new Set((template('en', key) ?? '').toLowerCase().match(/[\p{L}_-]+/gu) ?? []);
}

function render(lang: (typeof LANGS)[number], key: string, count: number): string {
  const counted = countedNames(key);
  const params = Object.fromEntries(placeholders(lang, key).map((name) => [name, counted.has(name) ? count : 'X']));
  return translator(lang)(key, params);
}

/** What is not prose: quoted text, commands, options, variables, file names, emails, formats. */
function prose(text: string): string {
  return text
    .replace(/'[^']*'|`[^`]*`|"[^"]*"|„[^“]*“|«[^»]*»/g, ' ')
    .replace(/\btandem(?: (?:--?[\w-]+|<[^>]*>|\[[^\]]*\]|[\w.=/-]+(?= |$)))+/g, ' ')
    .replace(/(?<![\w-])--?[\w-]+|\$\w+|\S*[@./_=]\S*|tables\.\S+/g, ' ');
}

/** The English words found in a German text (hyphenated words allowed as a whole count once). */
function englishWords(text: string, allowed: Set<string> = new Set()): string[] {
  const found: string[] = [];
  for (const word of prose(text).toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) {
    if (ALLOWED.has(word) || allowed.has(word)) continue;
    for (const part of word.split('-')) if (!ALLOWED.has(part) && ENGLISH.has(part)) found.push(part);
  }
  return found;
}

describe('every message of the catalogue, rendered with counts 0, 1, 2 and 5', () => {
  beforeAll(() => loadLanguage('de'));

  it.each(LANGS)('%s: no "(s)", "(nen)", "(en)" plural and no placeholder left unfilled', (lang) => {
    const bad: string[] = [];
    for (const key of messageKeys(lang)) {
      for (const count of COUNTS) {
        const text = render(lang, key, count);
        if (/\p{L}\((?:s|e|n|en|nen|innen|r)\)/u.test(text) || /[{}]/.test(text)) bad.push(`${key} (${count}): ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('German: no English word outside commands, options, quotes and file names', () => {
    const bad: string[] = [];
    for (const key of messageKeys('de')) {
      for (const count of COUNTS) {
        const text = render('de', key, count);
        const words = englishWords(text, identifiers(key));
        if (words.length) bad.push(`${key} (${count}): ${words.join(', ')} in: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ['en', 'status.stale', 1, '1 tandem is stale:'],
    ['en', 'status.stale', 5, '5 tandems are stale:'],
    ['de', 'status.unmatched.mentors', 0, '0 Mentor:innen ohne Paar:'],
    ['de', 'status.unmatched.mentors', 1, '1 Mentor:in ohne Paar:'],
    ['de', 'status.next.stale', 1, '1 überfälliges Tandem in Runde X: Serienbrief-Liste schreiben und nachhaken'],
    ['de', 'status.next.stale', 2, '2 überfällige Tandems in Runde X: Serienbrief-Liste schreiben und nachhaken'],
    ['de', 'person.summary', 1, '1 Treffen, 1 Ziel, 1 Ausschluss'],
    ['de', 'person.summary', 5, '5 Treffen, 5 Ziele, 5 Ausschlüsse'],
  ] as const)('%s %s with %i: %s', (lang, key, count, text) => expect(render(lang, key, count)).toBe(text));

  it('the word check finds English in German text (it can fail)', () => {
    expect(englishWords('3 Paare ended in Runde X')).toEqual(['ended']);
    expect(englishWords("mit 'tandem pair match --round X' starten; E-Mail an mentor@example.com")).toEqual([]);
  });
});
