import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { tandem, tempDbPath } from '../helpers/cli.js';
import { withRound } from '../helpers/fixtures.js';
import { FIXTURE_23 } from '../cli/survey/helpers.js';

type Column = { name: string; type: string; notnull: number; pk: number };
type ForeignKey = { table: string; from: string; to: string };

describe('survey schema: no link from a response to a person', () => {
  const db = openDatabase(':memory:', { write: false, busyTimeoutMs: 0 });
  const columns = (table: string) => db.pragma(`table_info(${table})`) as Column[];
  const foreignKeys = (table: string) => db.pragma(`foreign_key_list(${table})`) as ForeignKey[];

  it('survey_response holds id, survey_id, role and answers, nothing else', () => {
    expect(columns('survey_response').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['id', 'INTEGER', 0, 1],
      ['survey_id', 'INTEGER', 1, 0],
      ['role', 'TEXT', 1, 0],
      ['answers', 'TEXT', 1, 0],
    ]);
  });

  it('its only foreign key is survey_id → survey(id); the survey links only to the round', () => {
    expect(foreignKeys('survey_response').map((k) => [k.from, k.table, k.to])).toEqual([['survey_id', 'survey', 'id']]);
    expect(foreignKeys('survey').map((k) => [k.from, k.table, k.to])).toEqual([['round_id', 'round', 'id']]);
    expect(columns('survey').map((c) => c.name)).toEqual(['id', 'round_id', 'name', 'questions', 'kind', 'closed_on', 'title']);
  });

  it('no table refers to a response, and no trigger or view touches one', () => {
    const tables = (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all() as string[]).filter(
      (t) => !t.startsWith('sqlite_'),
    );
    for (const table of tables) {
      expect(foreignKeys(table).filter((k) => k.table === 'survey_response'), table).toEqual([]);
    }
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE type IN ('trigger', 'view') AND sql LIKE '%survey_response%'`).all()).toEqual([]);
  });

  it('the response id is the rowid itself (no hidden insertion counter) and has no AUTOINCREMENT', () => {
    const sql = db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'survey_response'`).pluck().get() as string;
    expect(sql).toMatch(/id INTEGER PRIMARY KEY,/);
    expect(sql).not.toMatch(/AUTOINCREMENT/i);
  });
});

describe('person forget and surveys', () => {
  it('leaves every survey row byte-identical: there is nothing of a person in them to erase', async () => {
    const path = tempDbPath();
    await withRound(path);
    for (const [name, email, role] of [
      ['Lena Vogel', 'lena.vogel@example.com', 'mentor'],
      ['Dr. Karl Brandt', 'karl.brandt@example.com', 'mentee'],
    ]) {
      const added = await tandem(path, ['participant', 'add', '--round', '2026', '--name', name!, '--email', email!, '--role', role!]);
      expect(added.code, added.stderr).toBe(0);
    }
    expect((await tandem(path, ['survey', 'create', '--round', '2026'])).code).toBe(0);
    expect((await tandem(path, ['survey', 'import', FIXTURE_23, '--round', '2026'])).code).toBe(0);

    const dump = () => {
      const handle = new Database(path, { readonly: true });
      try {
        return {
          surveys: handle.prepare('SELECT id, round_id, name, hex(questions) AS questions FROM survey ORDER BY id').all(),
          responses: handle.prepare('SELECT id, survey_id, role, hex(answers) AS answers FROM survey_response ORDER BY id').all(),
          person: handle.prepare(`SELECT name, email FROM person ORDER BY id`).all(),
        };
      } finally {
        handle.close();
      }
    };
    const before = dump();
    expect(before.responses).toHaveLength(23);
    const report = (await tandem(path, ['survey', 'report', '--round', '2026', '--json'])).stdout;

    const forgot = await tandem(path, ['person', 'forget', 'lena.vogel@example.com', '--yes']);
    expect(forgot.code, forgot.stderr).toBe(0);

    const after = dump();
    expect(after.person).toEqual([{ name: null, email: null }, { name: 'Dr. Karl Brandt', email: 'karl.brandt@example.com' }]);
    expect(after.surveys).toEqual(before.surveys);
    expect(after.responses).toEqual(before.responses);
    expect((await tandem(path, ['survey', 'report', '--round', '2026', '--json'])).stdout).toBe(report);
  });
});
