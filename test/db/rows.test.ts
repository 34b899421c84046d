import fc from 'fast-check';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { jsonRows } from '../../src/db/rows.js';
import type { Db } from '../../src/db/types.js';

describe('jsonRows', () => {
  it('reads exactly the rows better-sqlite3 reads, for any text, integer and null, in the order asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.string({ unit: 'grapheme' }), { nil: null }), fc.option(fc.string({ unit: 'binary' }), { nil: null }), fc.maxSafeInteger()), { maxLength: 30 }),
        (rows) => {
          const db = new Database(':memory:') as unknown as Db;
          db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, n INTEGER)');
          const insert = db.prepare('INSERT INTO t (a, b, n) VALUES (?, ?, ?)');
          for (const row of rows) insert.run(...row);
          const expected = db.prepare('SELECT a, b, n FROM t ORDER BY a IS NULL, a COLLATE NOCASE, a, n, id').raw().all();
          expect(jsonRows(db, 'SELECT id, a, b, n FROM t', ['a', 'b', 'n'], [], 'a IS NULL, a COLLATE NOCASE, a, n, id')).toEqual(expected);
          const filtered = db.prepare('SELECT n, b FROM t WHERE n > ?').raw().all(0);
          expect(jsonRows(db, 'SELECT n, b FROM t WHERE n > ?', ['n', 'b'], [0]).sort()).toEqual(filtered.sort());
          db.close();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads no rows as an empty list', () => {
    const db = new Database(':memory:') as unknown as Db;
    db.exec('CREATE TABLE t (a TEXT)');
    expect(jsonRows(db, 'SELECT a FROM t', ['a'], [])).toEqual([]);
    db.close();
  });
});
