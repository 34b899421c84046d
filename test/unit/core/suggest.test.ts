import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/core/suggest.js';

/** The textbook recursion with a table: the reference leven must equal. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['2026', '2062', 2],
    ['anna@example.com', 'ana@example.com', 1],
    ['Straße', 'Strasse', 2],
  ])('%s → %s is %i', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });

  it('equals the textbook distance on random words', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', 'ß'), maxLength: 9 });
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === reference(a, b) && editDistance(b, a) === editDistance(a, b)));
  });
});

describe('closest', () => {
  it('guesses within two edits and a third of the length, case ignored', () => {
    expect(closest('Fruehling', ['Frühling', 'fruehlinG', 'Herbst'])).toBe('fruehlinG');
    expect(closest('hrbst', ['Frühling', 'Herbst'])).toBe('Herbst');
    expect(closest('zoe@x.de', ['ben@x.de'])).toBeUndefined();
    expect(closest('ab', ['abc'])).toBeUndefined();
  });
});
