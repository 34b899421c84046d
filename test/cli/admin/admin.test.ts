import Database from 'better-sqlite3';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { SCHEMA_VERSION } from '../../../src/db/schema.js';

const FIXTURE = new URL('../../fixtures/schema-v1.db', import.meta.url).pathname;
const mode = (path: string) => statSync(path).mode & 0o777;

/** A database with the fixture's data (two rounds, pairs, sessions, a survey), written by tandem. */
async function sampleDb(): Promise<string> {
  const path = tempDbPath();
  copyFileSync(FIXTURE, path);
  chmodSync(path, 0o600);
  expect((await tandem(path, ['round', 'list'])).code).toBe(0);
  return path;
}

const exported = async (db: string) => {
  const result = await tandem(db, ['export']);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
};

function expectFailure(result: { code: number; stdout: string; stderr: string }, code: number, first: string | RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const line = result.stderr.split('\n')[0]!;
  if (typeof first === 'string') expect(line).toBe(first);
  else expect(line).toMatch(first);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('tandem backup', () => {
  it('removes the full copies killed backups left (stale temporaries of any name), keeps a fresh one', async () => {
    const db = await sampleDb();
    const dir = tempDir();
    const stale = ['.tandem-2026-02-01.db.0123456789ab.tmp', '.tandem-2026-02-01.db.0123456789ab.tmp-journal', '.tandem-tmp-tandem-2026-01-01.db-0123456789ab'];
    const fresh = '.tandem-2026-02-15.db.ba9876543210.tmp';
    for (const name of [...stale, fresh]) copyFileSync(db, join(dir, name));
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of stale) utimesSync(join(dir, name), hourAgo, hourAgo);
    const result = await tandem(db, ['backup', join(dir, 'tandem-2026-03-01.db')]);
    expect(result.code, result.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([fresh, 'tandem-2026-03-01.db']);

    // Any writer into the folder does the same: here a report.
    for (const name of stale) copyFileSync(db, join(dir, name));
    for (const name of stale) utimesSync(join(dir, name), hourAgo, hourAgo);
    expect((await tandem(db, ['round', 'report', '2026', '--format', 'md', '--out', join(dir, 'r.md')])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([fresh, 'r.md', 'tandem-2026-03-01.db']);
  });

  it('writes a private, checked, self-contained copy with the same data', async () => {
    const db = await sampleDb();
    const dir = tempDir();
    const file = join(dir, 'tandem-2026-03-01.db');
    const result = await tandem(db, ['backup', file]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^backed up .* to .*tandem-2026-03-01\.db \(\d+ KB\)\n$/);
    expect(mode(file)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['tandem-2026-03-01.db']);
    expect(readFileSync(file).subarray(18, 20)).toEqual(Buffer.from([1, 1]));
    expect(await tandem(file, ['db', 'check'])).toMatchObject({ code: 0 });
    expect(await exported(file)).toBe(await exported(db));
  });

  it('takes a consistent snapshot while another connection is in the middle of a write', async () => {
    const db = await sampleDb();
    const writer = new Database(db);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare(`INSERT INTO round (name, starts_on, ends_on) VALUES ('uncommitted', '2027-01-01', '2027-06-01')`).run();
    const file = join(tempDir(), 'b.db');
    const result = await tandem(db, ['backup', file], { env: { TANDEM_BUSY_TIMEOUT_MS: '200' } });
    writer.exec('COMMIT');
    writer.close();
    expect(result.code, result.stderr).toBe(0);
    const names = JSON.parse((await tandem(file, ['round', 'list', '--json'])).stdout).map((r: { name: string }) => r.name);
    expect(names).toEqual(['2025', '2026']);
  });

  it('prints what it did with --json', async () => {
    const db = await sampleDb();
    const file = join(tempDir(), 'b.db');
    const result = await tandem(db, ['backup', file, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file, bytes: statSync(file).size, schemaVersion: SCHEMA_VERSION, tables: { person: 9, survey_response: 4 } });
  });

  it('refuses to overwrite an existing file (exit 1) unless --force, which replaces it privately', async () => {
    const db = await sampleDb();
    const dir = tempDir();
    const file = join(dir, 'b.db');
    writeFileSync(file, 'yesterday’s backup');
    chmodSync(file, 0o644);
    const before = snapshot(db);
    expectFailure(await tandem(db, ['backup', file]), 1, `tandem: error: ${file} already exists; it was left untouched`);
    expect(readFileSync(file, 'utf8')).toBe('yesterday’s backup');
    expect(snapshot(db)).toEqual(before);

    const forced = await tandem(db, ['backup', file, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(mode(file)).toBe(0o600);
    expect(await tandem(file, ['db', 'check'])).toMatchObject({ code: 0 });
    expect(readdirSync(dir)).toEqual(['b.db']);
  });

  it('resolves a relative file against the working folder', async () => {
    const db = await sampleDb();
    const cwd = tempDir();
    expect((await runCli(['--db', db, 'backup', 'copy.db'], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'copy.db'))).toBe(true);
  });

  it.each<[string, (db: string) => string[], number, RegExp]>([
    ['the database itself', (db) => ['backup', db, '--force'], 2, /refusing to write .*: it is the database/],
    ['a missing folder', () => ['backup', join(tempDir(), 'no', 'such', 'b.db')], 2, /the folder does not exist/],
    ['a folder', () => ['backup', tempDir()], 2, /is a directory, not a file/],
    ['no file argument', () => ['backup'], 2, /missing required argument 'file'/],
  ])('refuses %s, changing nothing', async (_what, argv, code, message) => {
    const db = await sampleDb();
    const before = snapshot(db);
    expectFailure(await tandem(db, argv(db)), code, message);
    expect(snapshot(db)).toEqual(before);
  });

  it('fails with exit 1 when there is no database, creating nothing', async () => {
    const db = tempDbPath();
    const file = join(tempDir(), 'b.db');
    expectFailure(await tandem(db, ['backup', file]), 1, `tandem: error: there is no database at ${db}`);
    expect(existsSync(db)).toBe(false);
    expect(existsSync(file)).toBe(false);
  });
});

describe('tandem export', () => {
  it('writes the same JSON to stdout and, atomically and privately, to --out', async () => {
    const db = await sampleDb();
    const dir = tempDir();
    const out = join(dir, 'export.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o644);
    const result = await tandem(db, ['export', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe(`exported 66 rows of 13 tables to ${out}\n`);
    expect(result.stdout).toBe('');
    expect(mode(out)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['export.json']);
    const text = await exported(db);
    expect(readFileSync(out, 'utf8')).toBe(text);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['tandem', 'schemaVersion', 'tables']);
    expect(doc.tables.person[0]).toMatchObject({ id: 1, name: 'Dr. Karin Weiß', manager_email: null });
    expect(doc.tables.survey_response).toHaveLength(4);
  });

  it('is stable: two exports of the same database are identical', async () => {
    const db = await sampleDb();
    expect(await exported(db)).toBe(await exported(db));
  });

  it.each<[string, (dir: string) => string[], number, RegExp]>([
    ['a missing folder', (dir) => ['export', '--out', join(dir, 'no', 'x.json')], 2, /the folder does not exist/],
    ['a folder as --out', (dir) => ['export', '--out', dir], 2, /is a folder; name a file/],
  ])('refuses %s', async (_what, argv, code, message) => {
    const db = await sampleDb();
    const dir = tempDir();
    expectFailure(await tandem(db, argv(dir)), code, message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails with exit 1 when there is no database', async () => {
    const db = tempDbPath();
    expectFailure(await tandem(db, ['export']), 1, /there is no database/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('tandem import', () => {
  it('restores an export into a new database, which exports identically', async () => {
    const db = await sampleDb();
    const file = join(tempDir(), 'export.json');
    expect((await tandem(db, ['export', '--out', file])).code).toBe(0);
    const restored = join(tempDir(), 'sub', 'restored.db');
    const result = await tandem(restored, ['import', file]);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `imported 66 rows of 13 tables from ${file}\n` });
    expect(mode(restored)).toBe(0o600);
    expect(await exported(restored)).toBe(readFileSync(file, 'utf8'));
    expect(await tandem(restored, ['db', 'check'])).toMatchObject({ code: 0 });
  });

  it('restores into an existing empty database and reports counts with --json', async () => {
    const file = join(tempDir(), 'export.json');
    expect((await tandem(await sampleDb(), ['export', '--out', file])).code).toBe(0);
    const db = tempDbPath();
    new Database(db).close();
    const result = await tandem(db, ['import', file, '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ schemaVersion: SCHEMA_VERSION, tables: { person: 9, round: 2, session_mentor: 9 } });
  });

  it('refuses a database that is not empty (exit 1), byte for byte unchanged', async () => {
    const db = await sampleDb();
    const file = join(tempDir(), 'export.json');
    expect((await tandem(db, ['export', '--out', file])).code).toBe(0);
    const before = snapshot(db);
    const result = await tandem(db, ['import', file]);
    expectFailure(result, 1, 'tandem: error: the database is not empty: import restores into an empty database only; nothing was imported');
    expect(result.stderr).toMatch(/hint: restore into a new file/);
    expect(snapshot(db)).toEqual(before);
  });

  it.each<[string, string, RegExp]>([
    ['an invalid document', '{"tandem":1,"schemaVersion":1,"tables":{"person":[{"id":"one"}]}}', /is not a valid tandem export: tables\.person\[0\]/],
    ['a file that is not JSON', 'name,email\nAnna,anna@example.com\n', /is not a JSON file/],
  ])('refuses %s (exit 2), creating no database', async (_what, content, message) => {
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, content);
    const dir = tempDir();
    const db = join(dir, 'tandem.db');
    expectFailure(await tandem(db, ['import', file]), 2, message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves an existing empty database byte for byte when the document is bad', async () => {
    const db = tempDbPath();
    expect((await tandem(db, ['round', 'create', 'x', '--start', '2026-01-01'])).code).toBe(0);
    const raw = new Database(db);
    raw.exec('DELETE FROM round');
    raw.close();
    const before = snapshot(db);
    const file = join(tempDir(), 'bad.json');
    const doc = JSON.parse(await exported(await sampleDb()));
    doc.tables.pair[0].mentor_id = 42;
    writeFileSync(file, JSON.stringify(doc));
    expectFailure(await tandem(db, ['import', file]), 2, /tables\.pair .*missing person/);
    expect(snapshot(db)).toEqual(before);
  });

  it('names a missing file (exit 2)', async () => {
    const db = tempDbPath();
    expectFailure(await tandem(db, ['import', '/no/such/export.json']), 2, 'tandem: error: cannot read /no/such/export.json: no such file');
    expect(existsSync(db)).toBe(false);
  });

  it('speaks German', async () => {
    const db = await sampleDb();
    const file = join(tempDir(), 'e.json');
    await tandem(db, ['export', '--out', file]);
    const result = await tandem(db, ['--lang', 'de', 'import', file]);
    expectFailure(result, 1, 'tandem: Fehler: die Datenbank ist nicht leer: import spielt nur in eine leere Datenbank zurück; nichts wurde importiert');
  });
});

describe('tandem db check', () => {
  it('prints a summary and exits 0 on a healthy database, without changing it', async () => {
    const db = await sampleDb();
    const before = snapshot(db);
    const result = await tandem(db, ['db', 'check']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Schema:       version ${SCHEMA_VERSION} (this tandem: ${SCHEMA_VERSION}) – ok`);
    expect(result.stdout).toContain('Integrity:    ok');
    expect(result.stdout).toContain('Foreign keys: ok');
    expect(result.stdout).toContain('Rows:         person 9, round 2, participant 12');
    expect(result.stdout).toMatch(/Result: {7}ok\n$/);
    expect(snapshot(db)).toEqual(before);
  });

  it('reports a fault as JSON and exits 1', async () => {
    const db = await sampleDb();
    const raw = new Database(db);
    raw.pragma('foreign_keys = OFF');
    raw.exec('DELETE FROM person WHERE id = 7');
    raw.close();
    const result = await tandem(db, ['db', 'check', '--json']);
    expectFailure(result, 1, 'tandem: error: the database check found 4 faults');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, schemaVersion: SCHEMA_VERSION, integrity: { ok: true }, foreignKeys: { ok: false } });
    expect(report.foreignKeys.violations.map((v: { table: string }) => v.table).sort()).toEqual(["exclusion", "pair", "participant", "session_mentor"]);
  });

  it('lists the faults under the summary', async () => {
    const db = await sampleDb();
    const raw = new Database(db);
    raw.exec('CREATE TABLE scratch (x TEXT)');
    raw.close();
    const result = await tandem(db, ['--lang', 'de', 'db', 'check']);
    expectFailure(result, 1, 'tandem: Fehler: die Datenbankprüfung hat 1 Fehler gefunden');
    expect(result.stdout).toContain('Ergebnis:       FEHLER');
    expect(result.stdout).toContain('  - table scratch ist unerwartet');
  });

  it('exits 1 when there is no database', async () => {
    const db = tempDbPath();
    expectFailure(await tandem(db, ['db', 'check']), 1, /there is no database/);
    expect(existsSync(db)).toBe(false);
  });

  it('passes an empty file (a database not yet written to)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd'));
    const db = join(dir, 'd', 'tandem.db');
    writeFileSync(db, '');
    const result = await tandem(db, ['db', 'check', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, schemaVersion: 0, tables: {} });
  });
});

describe('help', () => {
  it.each([['backup'], ['export'], ['import'], ['db', 'check']])('tandem %s --help describes the command in English and German', async (...argv) => {
    const en = await runCli([...argv, '--help']);
    const de = await runCli(['--lang', 'de', ...argv, '--help']);
    expect(en.code).toBe(0);
    expect(de.code).toBe(0);
    expect(en.stdout).toMatch(/Examples:\n {2}\$ tandem /);
    expect(de.stdout).toMatch(/Beispiele:\n {2}\$ tandem /);
    expect(de.stdout).not.toBe(en.stdout);
  });
});
