import Database from 'better-sqlite3';
import fc from 'fast-check';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TandemError } from '../../src/core/errors.js';
import { translator } from '../../src/core/i18n/index.js';
import { checkDatabase } from '../../src/db/check.js';
import { exportDatabase, formatExport, parseExport, writeExport, type ExportDoc } from '../../src/db/export.js';
import { TABLE_ORDER, tableNames } from '../../src/db/tables.js';
import { importDocument, upgradeDocument } from '../../src/db/upgrade.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/db/schema.js';
import { tempDbPath, tempDir } from '../helpers/cli.js';

const FIXTURE = new URL('../fixtures/schema-v1.db', import.meta.url).pathname;
const open = (path: string) => openDatabase(path, { write: true, busyTimeoutMs: 500 });

/** A copy of the newest fixture, opened (and so upgraded) by tandem. */
function fixtureDb() {
  const path = tempDbPath();
  copyFileSync(FIXTURE, path);
  return { path, db: open(path) };
}

const roundTrip = (doc: ExportDoc) => {
  const db = open(tempDbPath());
  try {
    importDocument(db, upgradeDocument(parseExport(Buffer.from(formatExport(doc)), 'x.json'), 'x.json'));
    // The streamed export (what `tandem export` writes) is the same text as the document formatted in memory.
    const parts: string[] = [];
    const counts = writeExport(db, (text) => parts.push(text));
    const whole = exportDatabase(db);
    expect(counts.rows).toBe(Object.values(whole.tables).reduce((n, rows) => n + rows.length, 0));
    expect(parts.join('')).toBe(formatExport(whole));
    return parts.join('');
  } finally {
    db.close();
  }
};

function expectUsage(fn: () => unknown, detail: RegExp, exitCode = 2): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TandemError);
    const e = error as TandemError;
    expect(e.exitCode, `${e.key} ${JSON.stringify(e.params)}`).toBe(exitCode);
    // The message as an English user reads it (detail after the file name).
    const text = e.key === 'admin.import.newer' ? e.key : translator('en')(e.key, e.params).replace(/^.*? is not a (valid tandem export|JSON file)(: | \()/, '');
    expect(text).toMatch(detail);
    return;
  }
  throw new Error('expected an error');
}

describe('export and import', () => {
  it('knows every table of the schema, in an order where parents come first', () => {
    const db = open(tempDbPath());
    const names = tableNames(db);
    expect([...names].sort()).toEqual([...TABLE_ORDER].sort());
    expect(names).toEqual(TABLE_ORDER);
    for (const table of names) {
      const parents = (db.prepare('SELECT "table" AS parent FROM pragma_foreign_key_list(?)').all(table) as { parent: string }[]).map((r) => r.parent);
      for (const parent of parents) expect(names.indexOf(parent), `${table} → ${parent}`).toBeLessThan(names.indexOf(table));
    }
    db.close();
  });

  it('exports every table with its schema version, rows ordered by primary key with snake_case columns', () => {
    const { db } = fixtureDb();
    const doc = exportDatabase(db);
    db.close();
    expect(Object.keys(doc)).toEqual(['tandem', 'schemaVersion', 'tables']);
    expect(doc.tandem).toBe(1);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(doc.tables)).toEqual(TABLE_ORDER);
    expect(Object.keys(doc.tables.person![0]!)).toEqual(['id', 'name', 'email', 'department', 'location', 'manager_email', 'languages', 'forgotten_on', 'salutation']);
    expect(doc.tables.session_mentor!.map((r) => [r.session_id, r.mentor_id])).toEqual([
      [1, 4], [2, 4], [3, 5], [4, 8], [5, 4], [5, 6], [6, 6], [7, 5], [8, 7],
    ]);
    const ids = doc.tables.survey_response!.map((r) => r.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(doc.tables.survey_response![0]).toEqual({ id: 120394857, survey_id: 1, role: 'mentee', answers: expect.any(String) });
    expect(JSON.parse(formatExport(doc))).toEqual(doc);
  });

  it('round-trips exactly: export → import → export gives the same text', () => {
    const { db } = fixtureDb();
    const text = formatExport(exportDatabase(db));
    db.close();
    expect(roundTrip(JSON.parse(text) as ExportDoc)).toBe(text);
  });

  it('round-trips any text a user may type (quotes, newlines, emoji, umlauts, RTL, long strings)', () => {
    const { db } = fixtureDb();
    const base = exportDatabase(db);
    db.close();
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((s) => !s.includes('\0'));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.option(text, { nil: null }), fc.option(text, { nil: null })), { minLength: 1, maxLength: 8 }), (values) => {
        const doc = structuredClone(base);
        values.forEach(([name, note, reason], i) => {
          const p = doc.tables.person![i % doc.tables.person!.length]!;
          if (p.name !== null) p.name = name;
          doc.tables.session![i % doc.tables.session!.length]!.note = note;
          doc.tables.pair![i % doc.tables.pair!.length]!.end_reason = reason;
        });
        const expected = formatExport(doc);
        expect(roundTrip(doc)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('imports only into an empty database (exit 1), in one transaction', () => {
    const { db } = fixtureDb();
    const doc = exportDatabase(db);
    expect(() => importDocument(db, doc)).toThrow(expect.objectContaining({ key: 'admin.import.notEmpty', exitCode: 1 }));
    db.close();

    const target = open(tempDbPath());
    const broken = structuredClone(doc);
    broken.tables.goal!.push({ ...broken.tables.goal![0]!, round_id: 'x' });
    expect(() => importDocument(target, broken)).toThrow();
    expect(Object.values(exportDatabase(target).tables).every((rows) => rows.length === 0)).toBe(true);
    target.close();
  });

  const { db: source } = fixtureDb();
  const valid = exportDatabase(source);
  source.close();
  const mutate = (fn: (d: ExportDoc & Record<string, unknown>) => void): Buffer => {
    const doc = structuredClone(valid) as ExportDoc & Record<string, unknown>;
    fn(doc);
    return Buffer.from(JSON.stringify(doc));
  };
  const load = (bytes: Buffer) => upgradeDocument(parseExport(bytes, 'x.json'), 'x.json');
  it.each<[string, Buffer, RegExp, number?]>([
    ['not JSON', Buffer.from('{"tandem": 1,'), /JSON/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /UTF-8/],
    ['an array', Buffer.from('[]'), /document.*expected object/],
    ['another format marker', mutate((d) => ((d as { tandem: number }).tandem = 2)), /^tandem: /],
    ['a missing schema version', mutate((d) => delete (d as Partial<ExportDoc>).schemaVersion), /^schemaVersion: /],
    ['an extra top-level key', mutate((d) => (d.exportedBy = 'x')), /exportedBy/],
    ['an object value', mutate((d) => (d.tables.person![0]!.name = { a: 1 } as never)), /^tables\.person\[0\]\.name: /],
    ['a lone surrogate', mutate((d) => (d.tables.person![0]!.name = 'a\uD800b')), /well-formed/],
    ['a NUL character', mutate((d) => (d.tables.person![0]!.name = 'a\0b')), /NUL/],
    ['an unknown table', mutate((d) => (d.tables.mentor = [])), /tables\.mentor: unknown table/],
    ['a missing table', mutate((d) => delete d.tables.goal), /tables\.goal: missing/],
    ['an unknown column', mutate((d) => (d.tables.person![1]!.nickname = 'x')), /tables\.person\[1\]: unknown column "nickname"/],
    ['a missing column', mutate((d) => delete d.tables.round![0]!.closed_on), /tables\.round\[0\]: missing column "closed_on"/],
    ['text in an integer column', mutate((d) => (d.tables.session![0]!.minutes = 'sixty')), /tables\.session\[0\]: .*INTEGER/],
    ['a broken CHECK', mutate((d) => (d.tables.session![0]!.minutes = 900)), /tables\.session\[0\]: CHECK constraint/],
    ['a duplicate email', mutate((d) => (d.tables.person![1]!.email = 'KARIN.WEISS@example.com')), /tables\.person\[1\]: UNIQUE/],
    ['a duplicate id', mutate((d) => (d.tables.goal![1]!.id = 1)), /tables\.goal\[1\]: UNIQUE/],
    ['a dangling reference', mutate((d) => (d.tables.pair![0]!.mentor_id = 99)), /tables\.pair .*missing person/],
    ['a newer schema version', mutate((d) => (d.schemaVersion = SCHEMA_VERSION + 1)), /admin\.import\.newer/, 1],
    ['schema version 0', mutate((d) => (d.schemaVersion = 0)), /^schemaVersion: /],
  ])('refuses %s', (_what, bytes, detail, code = 2) => {
    expectUsage(() => load(bytes), detail, code);
  });

  it('upgrades a schema v1 export: reason sentences become data, every other value as it was', () => {
    const raw = new Database(FIXTURE, { readonly: true });
    const v1: ExportDoc = { tandem: 1, schemaVersion: 1, tables: {} };
    const v1Tables = raw.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[];
    for (const table of TABLE_ORDER.filter((t) => v1Tables.includes(t))) v1.tables[table] = raw.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all() as ExportDoc['tables'][string];
    raw.close();
    const doc = upgradeDocument(parseExport(Buffer.from(JSON.stringify(v1)), 'v1.json'), 'v1.json');
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    // Later migrations add tables and columns, empty: every value of version 1 stays as it was.
    for (const table of Object.keys(v1.tables).filter((t) => t !== 'pair')) {
      expect(doc.tables[table]!.map((row) => Object.fromEntries(Object.keys(v1.tables[table]![0] ?? row).map((k) => [k, row[k]]))), table).toEqual(v1.tables[table]);
    }
    expect(doc.tables.person!.every((p) => p.salutation === null)).toBe(true);
    expect(doc.tables.setting).toEqual([]);
    const pairs = doc.tables.pair!;
    // migration 3 adds the close flag, unset on every pair of an older file
    expect(pairs.map(({ reasons: _, closed_with_round: flag, ...rest }) => ({ ...rest, flag }))).toEqual(v1.tables.pair!.map(({ reasons: _, ...rest }) => ({ ...rest, flag: 0 })));
    expect(JSON.parse(String(pairs[4]!.reasons))).toEqual([
      { kind: 'topic', topic: 'linkedin' },
      { kind: 'topic', topic: 'online application tools' },
      { kind: 'department' },
    ]);
    expect(roundTrip(doc)).toBe(formatExport(doc));
  });

  it('upgrades an export of an older schema version with the later migrations', () => {
    // A made-up version 2 stands in for the next real migration.
    const migrations = [...MIGRATIONS, `ALTER TABLE person ADD COLUMN pronouns TEXT; UPDATE person SET pronouns = 'sie/ihr' WHERE id = 1;`];
    const doc = upgradeDocument(valid, 'x.json', migrations);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION + 1);
    expect(doc.tables.person![0]).toMatchObject({ id: 1, name: 'Dr. Karin Weiß', pronouns: 'sie/ihr' });
    expect(doc.tables.person![1]).toMatchObject({ id: 2, pronouns: null });
    expect(doc.tables.survey_response).toEqual(valid.tables.survey_response);

    const target = new Database(':memory:');
    const schemaOnly = [...MIGRATIONS, 'ALTER TABLE person ADD COLUMN pronouns TEXT;'];
    migrate(target, schemaOnly.length, schemaOnly);
    importDocument(target, doc);
    expect(exportDatabase(target)).toEqual(doc);
    expect(() => importDocument(open(tempDbPath()), doc)).toThrow(expect.objectContaining({ key: 'admin.import.versionMismatch' }));
    target.close();
  });
});

describe('checkDatabase', () => {
  it('passes a healthy database and counts its rows', () => {
    const { path, db } = fixtureDb();
    db.close();
    const report = checkDatabase(path, 500);
    expect(report).toMatchObject({ ok: true, schemaVersion: SCHEMA_VERSION, supportedVersion: SCHEMA_VERSION });
    expect(report.tables).toMatchObject({ person: 9, round: 2, session: 8, survey_response: 4 });
  });

  it('finds references to missing rows', () => {
    const { path, db } = fixtureDb();
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM round WHERE id = 1').run();
    db.close();
    const report = checkDatabase(path, 500);
    expect(report.ok).toBe(false);
    expect(report.foreignKeys.ok).toBe(false);
    expect(report.foreignKeys.violations).toContainEqual(expect.objectContaining({ table: 'participant', parent: 'round' }));
  });

  it('finds a schema that is not what the migrations make', () => {
    const { path, db } = fixtureDb();
    db.exec('CREATE TABLE notes (x TEXT); DROP INDEX goal_tandem;');
    db.close();
    const report = checkDatabase(path, 500);
    expect(report.ok).toBe(false);
    expect(report.schema.problems).toEqual(
      expect.arrayContaining([
        { key: 'admin.check.missing', params: { type: 'index', name: 'goal_tandem' } },
        { key: 'admin.check.unexpected', params: { type: 'table', name: 'notes' } },
      ]),
    );
    expect(report.schema.problems.map((p) => translator('en')(p.key, p.params))).toContain('index goal_tandem is missing');
  });

  it('finds a newer schema version', () => {
    const { path, db } = fixtureDb();
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const report = checkDatabase(path, 500);
    expect(report.ok).toBe(false);
    expect(report.schema.problems[0]).toEqual({ key: 'admin.check.newer', params: { version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION } });
  });

  it('finds damaged pages', () => {
    const path = join(tempDir(), 'damaged.db');
    copyFileSync(FIXTURE, path);
    const bytes = readFileSync(path);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the middle of the file, leaving page 1 (the header and schema) intact.
    for (let i = pageSize * 3; i < bytes.length - pageSize * 3; i += 97) bytes[i] = (bytes[i]! + 77) & 0xff;
    writeFileSync(path, bytes);
    const report = checkDatabase(path, 500);
    expect(report.ok).toBe(false);
    expect(report.integrity.ok).toBe(false);
    expect(report.integrity.problems.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a database (exit 1)', () => {
    const path = join(tempDir(), 'x.db');
    writeFileSync(path, 'x'.repeat(5000));
    expect(() => checkDatabase(path, 500)).toThrow(expect.objectContaining({ key: 'error.notSqlite', exitCode: 1 }));
  });
});
