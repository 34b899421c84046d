import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { MAX_ROWS } from '../../src/io/csv.js';
import { BIN, recordFaults, ROOT, tandemEnv } from './helpers.js';

/**
 * Issue 12 point 10: a 100 MB CSV of 25 million tiny rows once aborted the process (heap
 * out of memory, exit 134) after 4 minutes and 5 GB. Now it is refused with the usual
 * error list, in at most 512 MB resident, and the database is not created.
 */
async function write(path: string, header: string, row: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(header);
  const block = row.repeat(10_000);
  for (let i = 0; i < count / 10_000; i++) if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

/** Runs tandem and reports its peak resident memory (KiB), measured by the process itself. */
function measured(args: string[]): Promise<{ code: number | null; stderr: string; maxRssMb: number }> {
  const probe = "process.on('exit', () => process.stderr.write('\\nmaxrss ' + process.resourceUsage().maxRSS + '\\n'))";
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN, ...args], {
      env: tandemEnv(),
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const rss = Number(/maxrss (\d+)/.exec(stderr)?.[1] ?? Number.NaN);
      resolve({ code, stderr: stderr.replace(/\nmaxrss \d+\n$/, ''), maxRssMb: Math.round(rss / 1024) });
    });
  });
}

describe('a huge CSV never aborts the process', () => {
  it('100 MB of 25 million tiny rows: refused with the error list, at most 512 MB resident', async () => {
    const dir = tempDir('tandem-csv-');
    const file = join(dir, 'people.csv');
    await write(file, 'name,email\n', 'a,b\n', 25_000_000);
    const db = join(dir, 'tandem.db');
    const started = Date.now();
    const result = await measured(['--db', db, 'person', 'import', file]);
    const seconds = (Date.now() - started) / 1000;
    recordFaults('csv-memory', `csv-memory: 100 MB, 25,000,000 rows: exit ${result.code} in ${seconds.toFixed(1)} s, peak ${result.maxRssMb} MB resident`);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'tandem: error: people.csv: 1 error; nothing was imported\n' +
        'people.csv:300002: -: more than 300,000 rows: split the file and import the parts one after another\n',
    );
    expect(result.maxRssMb).toBeLessThanOrEqual(512);
    expect(existsSync(db)).toBe(false);
  }, 240_000);

  it(`a valid org chart of ${MAX_ROWS.toLocaleString('en')} people (the row limit): imported, at most 512 MB resident`, async () => {
    const dir = tempDir('tandem-csv-');
    const file = join(dir, 'people.csv');
    const out = createWriteStream(file);
    out.write('name,email,department,location,manager_email,languages\n');
    for (let i = 0; i < MAX_ROWS; i++) {
      const manager = i >= 10 ? `person.number.${Math.floor(i / 10)}@example.com` : '';
      const row = `Person Number ${i},person.number.${i}@example.com,Department ${i % 50},Location ${i % 7},${manager},de;en\n`;
      if (!out.write(row)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((r) => out.end(() => r()));
    const db = join(dir, 'tandem.db');
    const result = await measured(['--db', db, 'person', 'import', file]);
    recordFaults('csv-memory-valid', `csv-memory: a valid ${MAX_ROWS}-person import: exit ${result.code}, peak ${result.maxRssMb} MB resident`);
    expect(result.code, result.stderr).toBe(0);
    expect(result.maxRssMb).toBeLessThanOrEqual(512);
  }, 240_000);
});
