import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatabase } from '../../src/db/check.js';
import { openDatabase } from '../../src/db/open.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { snapshot, tandem, tempDir } from '../helpers/cli.js';

// One database per released schema version, written by test/fixtures/make-fixtures.js.
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const fixtures = readdirSync(FIXTURES)
  .map((f) => /^schema-v(\d+)\.db$/.exec(f))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ file: join(FIXTURES, m[0]), version: Number(m[1]) }))
  .sort((a, b) => a.version - b.version);

type Rows = Record<string, Record<string, unknown>[]>;

/** Columns whose stored form a migration converts: migration N → table → column. */
const CONVERTED: Record<number, Record<string, string[]>> = { 2: { pair: ['reasons'] } };

/** The v1 fixture's pair reasons (English sentences of an early tandem) as schema v2 stores them. */
const dept = { kind: 'department' };
const topic = (topic: string) => ({ kind: 'topic', topic });
const V1_REASONS_AS_DATA: Record<number, unknown[]> = {
  1: [topic('instagram'), dept],
  2: [topic('twitter')],
  3: [topic('snapchat'), dept],
  4: [topic('linkedin'), dept],
  5: [topic('linkedin'), topic('online application tools'), dept],
  6: [topic('hashtags'), dept],
  7: [topic('instagram'), { kind: 'location', location: 'hamburg' }, dept],
};

/** Every row of every table, read without tandem (so without migrating). */
function rawRows(path: string): Rows {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).all() as Record<string, unknown>[]]));
  } finally {
    db.close();
  }
}

function copyOf(file: string): string {
  const path = join(tempDir(), 'tandem.db');
  copyFileSync(file, path);
  return path;
}

describe('migrations across released schema versions', () => {
  it('keeps a fixture for every schema version up to the current one', () => {
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('opens and upgrades $file with its data intact', async ({ file, version }) => {
    const path = copyOf(file);
    const before = rawRows(path);
    expect(new Database(path, { readonly: true }).pragma('user_version', { simple: true })).toBe(version);

    openDatabase(path, { write: false, busyTimeoutMs: 500 }).close();
    const after = rawRows(path);
    expect(new Database(path, { readonly: true }).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // Every row of the old version is still there with its old columns' values (later migrations may add
    // columns); a column a later migration converts is compared apart.
    const converted = Object.entries(CONVERTED).filter(([v]) => Number(v) > version);
    for (const [table, rows] of Object.entries(before)) {
      expect(after[table], table).toHaveLength(rows.length);
      const skip = converted.flatMap(([, tables]) => tables[table] ?? []);
      const kept = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([c]) => !skip.includes(c)));
      rows.forEach((row, i) => expect(after[table]![i], `${table}[${i}]`).toMatchObject(kept(row)));
    }
    if (version < 2) {
      expect(Object.fromEntries(after.pair!.map((p) => [p.id, JSON.parse(String(p.reasons))]))).toEqual(V1_REASONS_AS_DATA);
    }
    expect(checkDatabase(path, 500)).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION });

    const rounds = JSON.parse((await tandem(path, ['round', 'list', '--json'])).stdout) as { name: string; counts: object }[];
    expect(rounds.map((r) => r.name)).toEqual(['2025', '2026']);
    expect(rounds[1]!.counts).toMatchObject({ mentors: 4, mentees: 3, activePairs: 4, sessions: 4 });
    const people = await tandem(path, ['participant', 'list', '--round', '2026', '--json']);
    expect(people.code).toBe(0);
    expect(JSON.parse(people.stdout)).toContainEqual(expect.objectContaining({ name: 'Sabine Krüger', email: 'sabine.krueger@example.com', role: 'mentee' }));
    expect(await tandem(path, ['db', 'check'])).toMatchObject({ code: 0 });
  });

  it('upgrades v1 reason sentences to data: a department holding " / ", topic lists, and text it cannot read', async () => {
    const path = copyOf(fixtures[0]!.file);
    const raw = new Database(path);
    raw.prepare(`UPDATE person SET department = 'R&D / Ops' WHERE id = 6`).run();
    const sentences = ['shared topic: linkedin', 'different departments: R&D / Ops / Finanzen', 'same location: München', 'matched by hand, see mail of 3 March'];
    raw.prepare('UPDATE pair SET reasons = ? WHERE id = 5').run(JSON.stringify(sentences));
    raw.close();
    expect(new Database(path, { readonly: true }).pragma('user_version', { simple: true })).toBe(1);

    const list = await tandem(path, ['pair', 'list', '--round', '2026', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const pair = (JSON.parse(list.stdout) as { mentor: { email: string }; reasons: string[]; why: unknown[] }[]).find(
      (p) => p.mentor.email === 'aylin.demir@example.com',
    )!;
    expect(pair.why).toEqual([
      { kind: 'topic', topic: 'linkedin' },
      { kind: 'department', mentor: 'R&D / Ops', mentee: 'Finanzen' },
      { kind: 'location', location: 'München' },
      { kind: 'text', text: 'matched by hand, see mail of 3 March' },
    ]);
    expect(pair.reasons).toEqual(sentences);
    const table = await tandem(path, ['--lang', 'de', 'pair', 'list', '--round', '2026']);
    expect(table.stdout).toContain('verschiedene Abteilungen: R&D / Ops / Finanzen');
    expect(new Database(path, { readonly: true }).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
  });

  it('refuses a database of a newer version untouched (exit 1, bytes identical)', async () => {
    const path = copyOf(fixtures.at(-1)!.file);
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = snapshot(path);
    const argvs = [
      ['round', 'list'],
      ['round', 'create', 'X', '--start', '2027-01-01'],
      ['participant', 'add', '--round', '2026', '--name', 'N', '--email', 'n@example.com', '--role', 'mentor'],
      ['export'],
      ['backup', join(tempDir(), 'b.db')],
      ['db', 'check'],
    ];
    for (const argv of argvs) {
      const result = await tandem(path, argv);
      expect(result.code, argv.join(' ')).toBe(1);
      expect(result.stderr, argv.join(' ')).toMatch(/schema version|newer/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(path), argv.join(' ')).toEqual(before);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });

  it.each([
    ['plain text', Buffer.from('meeting notes, not a database\n'.repeat(300))],
    ['random bytes', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251))],
    ['a SQLite header with garbage behind it', Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0xa5)])],
  ])('refuses %s untouched (exit 1, bytes identical)', async (_what, bytes) => {
    const path = join(tempDir(), 'tandem.db');
    writeFileSync(path, bytes);
    for (const argv of [['round', 'list'], ['round', 'create', 'X', '--start', '2027-01-01'], ['export'], ['db', 'check'], ['backup', join(tempDir(), 'b.db')]]) {
      const result = await tandem(path, argv);
      expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(1);
      expect(result.stderr).toMatch(/^tandem: error: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(path)).toEqual(bytes);
    }
  });
});
