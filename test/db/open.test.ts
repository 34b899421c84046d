import Database from 'better-sqlite3';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connect, SchemaBehind } from '../../src/db/connect.js';
import { openDatabase } from '../../src/db/open.js';
import { MIGRATIONS } from '../../src/db/schema.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { TandemError } from '../../src/core/errors.js';
import { snapshot, tempDbPath, tempDir } from '../helpers/cli.js';

const open = (path: string, write = true) => openDatabase(path, { write, busyTimeoutMs: 500 });

/** A database file written by a newer tandem (one schema version ahead). */
function newerFile(): string {
  const path = tempDbPath();
  const raw = new Database(path);
  raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  raw.close();
  return path;
}

describe('openDatabase', () => {
  it('creates the file mode 0600 with its folder, in WAL mode with foreign keys and the current schema', () => {
    const path = join(tempDir(), 'a', 'b', 'tandem.db');
    const db = open(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.prepare(`INSERT INTO round (name, starts_on, ends_on) VALUES ('x', '2026-01-01', '2026-06-01')`).run();
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(statSync(file).mode & 0o777, file).toBe(0o600);
    db.close();
  });

  it('reads a missing file as an empty database without creating it', () => {
    const path = tempDbPath();
    const db = open(path, false);
    expect(db.prepare('SELECT count(*) AS n FROM round').get()).toEqual({ n: 0 });
    db.close();
    expect(snapshot(path)).toBeNull();
  });

  it('uses STRICT tables', () => {
    const db = open(tempDbPath());
    const tables = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; strict: number }[];
    expect(tables.length).toBeGreaterThan(8);
    for (const t of tables) expect(t.strict, t.name).toBe(1);
    expect(() => db.prepare(`INSERT INTO round (name, starts_on, ends_on, cadence_days) VALUES ('x', '2026-01-01', '2026-06-01', 'often')`).run()).toThrow();
    db.close();
  });

  it('refuses a file from a newer tandem, leaving it byte for byte', () => {
    const path = newerFile();
    const before = snapshot(path);
    expect(() => open(path)).toThrow(TandemError);
    try {
      open(path);
    } catch (error) {
      expect((error as TandemError).key).toBe('error.schemaNewer');
      expect((error as TandemError).exitCode).toBe(1);
    }
    expect(snapshot(path)).toEqual(before);
  });

  it('refuses a file that is not SQLite', () => {
    const path = join(tempDir(), 'x.db');
    writeFileSync(path, 'hello');
    expect(() => open(path)).toThrow(expect.objectContaining({ key: 'error.notSqlite', exitCode: 1 }));
    expect(snapshot(path)?.toString()).toBe('hello');
  });
});

// The CLI opens with connect() and loads the migrations only when a file needs them (start-up, issue 16).
describe('connect without the migrations', () => {
  const options = { write: true, busyTimeoutMs: 500 };
  const fixture = (version: number) => {
    const path = tempDbPath();
    copyFileSync(fileURLToPath(new URL(`../fixtures/schema-v${version}.db`, import.meta.url)), path);
    return path;
  };

  it('counts the migrations the version names', () => {
    expect(MIGRATIONS.length).toBe(SCHEMA_VERSION);
  });

  it('opens an up-to-date file as openDatabase does', () => {
    const path = tempDbPath();
    open(path).close();
    const db = connect(path, options);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('leaves an older file byte for byte and says how old it is; with the migrations it is upgraded', () => {
    const path = fixture(SCHEMA_VERSION - 1);
    const before = snapshot(path);
    expect(() => connect(path, options)).toThrow(SchemaBehind);
    expect(() => connect(path, options)).toThrow(expect.objectContaining({ version: SCHEMA_VERSION - 1 }));
    expect(snapshot(path)).toEqual(before);
    const db = open(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('creates nothing for a missing file, writing or not', () => {
    for (const write of [true, false]) {
      const path = join(tempDir(), 'sub', 'tandem.db');
      expect(() => connect(path, { ...options, write })).toThrow(expect.objectContaining({ version: 0 }));
      expect(snapshot(path)).toBeNull();
    }
  });

  it('refuses a newer file before anything else', () => {
    const path = newerFile();
    const before = snapshot(path);
    expect(() => connect(path, options)).toThrow(expect.objectContaining({ key: 'error.schemaNewer' }));
    expect(snapshot(path)).toEqual(before);
  });
});
