import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/core/errors.js';
import { parseCsv, parseCsvChunks, type CsvSpec } from '../../../src/io/csv.js';

const SPEC: CsvSpec = { required: ['name'], optional: ['note', 'email'] };

/** The outcome of a parse as plain data: the table, or the error list. */
function outcome(parse: () => unknown): unknown {
  try {
    const table = parse() as { columns: string[]; rows: unknown[]; delimiter: string };
    return { columns: table.columns, rows: table.rows, delimiter: table.delimiter };
  } catch (error) {
    if (error instanceof ImportError) return { file: error.file, errors: error.errors };
    throw error;
  }
}

// Cells with the characters that make CSV hard: quotes, delimiters, line ends, non-ASCII.
const cellArb = fc.stringMatching(/^[a-zä€😀 ",;\n\r]{0,8}$/);
const quote = (cell: string) => (/[",;\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('reading a CSV in chunks (issue 12 point 10)', () => {
  it('gives exactly what reading it whole gives, wherever the chunks are cut (inside quotes, inside a character)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';'),
        fc.array(fc.tuple(cellArb, cellArb), { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (delimiter, rows, crlf, cuts) => {
          const end = crlf ? '\r\n' : '\n';
          const text = [`name${delimiter}note`, ...rows.map((r) => r.map(quote).join(delimiter))].join(end) + end;
          const bytes = new TextEncoder().encode(`\ufeff${text}`);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
          expect(outcome(() => parseCsvChunks(chunks, 'f.csv', SPEC))).toEqual(outcome(() => parseCsv(bytes, 'f.csv', SPEC)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps the line numbers of errors after many chunks', () => {
    const lines = ['name,email', ...Array.from({ length: 5000 }, (_x, i) => (i === 4321 ? 'only-one-cell' : `n${i},e${i}`))];
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_x, i) => bytes.subarray(i * 1000, (i + 1) * 1000));
    expect(outcome(() => parseCsvChunks(chunks, 'f.csv', SPEC))).toEqual({
      file: 'f.csv',
      errors: [{ line: 4323, column: '-', message: 'expected 2 cells, found 1' }],
    });
  });
});
