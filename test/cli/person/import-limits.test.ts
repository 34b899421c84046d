import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, MAX_ERRORS, MAX_ROWS } from '../../../src/io/csv.js';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

/** Issue 12 point 10 (the 100 MB case is test/faults/csv-memory.fault.ts): imports refuse what they cannot hold. */
describe('CSV imports in bounded memory', () => {
  it(`more than ${MAX_ROWS} rows: refused with one error line, nothing imported`, async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const file = join(tempDir(), 'people.csv');
    writeFileSync(file, `name,email\n${'a,b\n'.repeat(MAX_ROWS + 1)}`);
    const result = await tandem(db, ['person', 'import', file]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tandem: error: people.csv: 1 error; nothing was imported\n' +
        `people.csv:${MAX_ROWS + 2}: -: more than ${MAX_ROWS.toLocaleString('en')} rows: split the file and import the parts one after another\n`,
    });
    expect(snapshot(db)).toEqual(before);
  }, 60_000);

  it(`stops collecting after ${MAX_ERRORS} row errors: the list and its count stay bounded`, async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const file = join(tempDir(), 'people.csv');
    writeFileSync(file, `name,email\n${Array.from({ length: 5000 }, (_x, i) => `n${i},not-an-email-${i}\n`).join('')}`);
    const result = await tandem(db, ['person', 'import', file]);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`tandem: error: people.csv: ${MAX_ERRORS + 1} errors; nothing was imported`);
    expect(lines[1]).toBe('people.csv:2: email: "not-an-email-0" is not a valid email address');
    expect(lines.at(-1)).toBe(`… and ${MAX_ERRORS + 1 - 50} more errors`);
    expect(snapshot(db)).toEqual(before);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const file = join(tempDir(), 'huge.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, MAX_BYTES + 1); // sparse: no disk, no time
    closeSync(fd);
    const result = await tandem(db, ['person', 'import', file]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: ${file} is larger than 100 MB\n` });
    expect(snapshot(db)).toEqual(before);
  });
});
