import type { PersonRef } from './types.js';

/**
 * Text folded for sorting: accents removed (Ä = A), case folded, ß = ss. Plain code-unit
 * comparison of such keys is alphabetical for names in Latin script, and fast enough to
 * sort 10,000 tandems (a collator per comparison is not).
 */
export function textKey(text: string): string {
  // Fast path: plain ASCII needs only lower-casing.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ß/g, 'ss');
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Alphabetical (accents and case folded), then by code unit so the order is total. */
export function compareText(a: string, b: string): number {
  return byCodeUnit(textKey(a), textKey(b)) || byCodeUnit(a, b);
}

/** The sort key of a person: by name, then email; forgotten people (no name) last. */
export function personKey(p: PersonRef): string {
  const name = p.name ?? '';
  const email = p.email ?? '';
  return `${p.name === null ? '1' : '0'}\u0001${textKey(name)}\u0001${name}\u0001${textKey(email)}\u0001${email}`;
}

/** People by name, then email; forgotten people last. */
export function comparePeople(a: PersonRef, b: PersonRef): number {
  return byCodeUnit(personKey(a), personKey(b));
}

/** Sorts by a key computed once per item (decorate, sort, undecorate). */
export function sortByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .map((x) => x.item);
}
