import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvParseRecords } from '../../../src/io/csv.js';
import { wellFormedRecords } from '../../../src/io/csv-records.js';

/** What csv-parse gives with the options of io/csv.ts: records and their lines, or its error code. */
function csvParse(text: string, delimiter: ',' | ';', bom: boolean): { records: string[][]; lines: number[] } | { error: string } {
  try {
    return csvParseRecords(text, delimiter, bom);
  } catch (error) {
    return { error: (error as { code: string }).code };
  }
}

// Every character that matters to the grammar, and some that do not.
const nasty = fc.stringMatching(/^(?:[a ä😀",;\n\r]|\r\n|\ufeff){0,40}$/u);
const cell = fc.stringMatching(/^[a-zä€😀 ",;\n\r]{0,8}$/u);
const quote = (value: string) => (/[",;\n\r]/.test(value) || value === '' ? `"${value.replace(/"/g, '""')}"` : value);

describe('the fast reader of well-formed CSV (issue 16)', () => {
  it('gives exactly csv-parse’s records and lines, or leaves the text to csv-parse; never a record where csv-parse fails', () => {
    let read = 0;
    fc.assert(
      fc.property(nasty, fc.constantFrom(',' as const, ';' as const), fc.boolean(), (text, delimiter, bom) => {
        const fast = wellFormedRecords(text, delimiter, bom);
        const slow = csvParse(text, delimiter, bom);
        if (fast === undefined) return;
        read++;
        expect(slow).not.toHaveProperty('error');
        expect(fast).toEqual(slow);
      }),
      { numRuns: 20_000 },
    );
    // The comparison means something only if the fast reader took a fair share itself.
    expect(read).toBeGreaterThan(2000);
  });

  it('reads files as spreadsheets and tandem write them itself (quotes, delimiters and line breaks in cells, LF or CRLF, a BOM, empty lines)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',' as const, ';' as const),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        fc.boolean(),
        (delimiter, rows, crlf, bom) => {
          const end = crlf ? '\r\n' : '\n';
          // Within a CRLF file a line break in a cell is CRLF too, as Excel writes it.
          const fit = (value: string) => value.replace(/\r\n|\r|\n/g, end);
          const text = `${bom ? '\ufeff' : ''}${rows.map((r) => r.map((c) => quote(fit(c))).join(delimiter)).join(end)}${end}${end}`;
          const fast = wellFormedRecords(text, delimiter, true);
          expect(fast).toBeDefined();
          expect(fast).toEqual(csvParse(text, delimiter, true));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a stray quote', 'a,b\nc,d"x\n'],
    ['text after a closing quote', 'a,b\nc,"d" \n'],
    ['an unclosed quote', 'a,b\nc,"d\n'],
    ['a lone CR', 'a,b\rc,d\r'],
    ['mixed line ends', 'a,b\r\nc,d\ne,f\r\n'],
    ['a record past 100,000 characters', `a,b\n${'x'.repeat(100_001)},y\n`],
  ])('leaves %s to csv-parse', (_what, text) => {
    expect(wellFormedRecords(text, ',', true)).toBeUndefined();
  });
});
