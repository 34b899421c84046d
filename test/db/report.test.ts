import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { REPORT_SQL, loadCompareInput, loadReportData, sessionsPerDay } from '../../src/db/report.js';
import { getRound } from '../../src/db/rounds.js';
import { listTandems, sessionKey, sessionKeyCounts } from '../../src/db/sessions.js';
import type { Db } from '../../src/db/types.js';
import { tempDbPath } from '../helpers/cli.js';
import { buildReportFixture, RoundBuilder, withDb } from '../helpers/round-fixture.js';

function open(path: string): Db {
  return openDatabase(path, { write: true, busyTimeoutMs: 1000 });
}

/** A round of `n` tandems (mentor i with mentee i), each with two sessions and a goal. */
function roundOf(n: number): string {
  const path = tempDbPath();
  withDb(path, (db) => {
    const b = new RoundBuilder(db);
    for (let i = 0; i < n; i++) {
      b.person(`m${i}`, `M${i}`, 'mentor').person(`e${i}`, `E${i}`, 'mentee').pair(`m${i}`, `e${i}`);
      b.session(`e${i}`, [`m${i}`], '2026-02-01', 30, { topics: ['a', `t${i % 3}`], highlight: `h${i}` }).session(`e${i}`, [`m${i}`], '2026-02-15', 45);
      b.goal(`e${i}`, `g${i}`, i % 2 ? '2026-02-10' : null);
    }
  });
  return path;
}

describe('loadReportData', () => {
  it('limits sessions, goals and highlights to the as-of date in SQL', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    const db = open(path);
    const data = loadReportData(db, getRound(db, '2026'), '2026-03-01');
    const anna = db.prepare(`SELECT id FROM person WHERE email = 'anna@example.com'`).pluck().get() as number;
    expect(data.activity.find((a) => a.menteeId === anna)).toEqual({ menteeId: anna, sessions: 3, minutes: 135, lastSession: '2026-02-24' });
    expect(data.goals.find((g) => g.menteeId === anna)).toEqual({ menteeId: anna, set: 3, achieved: 1 });
    expect(data.pairs).toHaveLength(5);
    expect(data.highlights.map((h) => h.date)).toEqual(['2026-02-24', '2026-02-05', '2026-01-20']);
    expect(sessionsPerDay(db, data.round.id, '2026-03-01').reduce((n, d) => n + d.sessions, 0)).toBe(6);
    db.close();
  });

  it('runs the same few queries for 3 tandems as for 60 (no query per tandem)', () => {
    const count = (path: string) => {
      const db = open(path);
      let prepared = 0;
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        prepared++;
        return prepare(sql);
      }) as typeof db.prepare;
      const round = getRound(db, '2026');
      loadReportData(db, round, '2026-03-01');
      db.close();
      return prepared;
    };
    const small = count(roundOf(3));
    expect(small).toBeLessThanOrEqual(10);
    expect(count(roundOf(60))).toBe(small);
  });

  it('the main aggregate reads the session index, not a temporary sort', () => {
    const db = open(roundOf(2));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${REPORT_SQL}`).all(1, '2026-03-01') as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toContain('session_tandem');
    expect(plan).not.toContain('TEMP B-TREE');
    db.close();
  });

  it('counts topics with quotes, commas, backslashes and umlauts exactly', () => {
    const topics = [['a,b', 'ä'], ['say "hi"', 'a,b'], ['back\\slash'], [], ['ä']];
    const path = tempDbPath();
    withDb(path, (db) => {
      const b = new RoundBuilder(db).person('m', 'M', 'mentor').person('e', 'E', 'mentee').pair('m', 'e');
      topics.forEach((list, i) => b.session('e', ['m'], `2026-02-0${i + 1}`, 30, { topics: list }));
    });
    const db = open(path);
    const counted = loadReportData(db, getRound(db, '2026'), '2026-03-01').topics;
    expect(Object.fromEntries(counted.map((t) => [t.topic, t.sessions]))).toEqual({ 'a,b': 2, ä: 2, 'say "hi"': 1, 'back\\slash': 1 });
    db.close();
  });

  it('counts topics without a backslash the same way', () => {
    const path = tempDbPath();
    withDb(path, (db) => {
      const b = new RoundBuilder(db).person('m', 'M', 'mentor').person('e', 'E', 'mentee').pair('m', 'e');
      [['x', 'ü y'], ['x'], ['z,w']].forEach((list, i) => b.session('e', ['m'], `2026-02-0${i + 1}`, 30, { topics: list }));
    });
    const db = open(path);
    const counted = loadReportData(db, getRound(db, '2026'), '2026-03-01').topics;
    expect(Object.fromEntries(counted.map((t) => [t.topic, t.sessions]))).toEqual({ x: 2, 'ü y': 1, 'z,w': 1 });
    db.close();
  });

  it('loadCompareInput counts the whole round', () => {
    const db = open(roundOf(4));
    expect(loadCompareInput(db, getRound(db, '2026'), '2026-03-01')).toMatchObject({ mentors: 4, mentees: 4, pairs: 4, tandems: 4, sessions: 8, minutes: 300, goalsSet: 4, goalsAchieved: 2 });
    db.close();
  });
});

describe('session repository', () => {
  it('listTandems groups the active mentors of each mentee with the last session', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    const db = open(path);
    const tandems = listTandems(db, getRound(db, '2026').id);
    expect(tandems.map((t) => [t.mentee.name, t.mentors.map((m) => m.name), t.lastSession])).toEqual([
      ['Anna Arendt', ['Mia Maier'], '2026-03-05'],
      ['Bernd Bauer', ['Gustav Gans'], null],
      ['Clara Chef', ['Max Meier', 'Nora Neumann'], '2026-02-05'],
      ['Emil Ende', ['Lena Lang'], null],
    ]);
    db.close();
  });

  it('sessionKeyCounts counts equal sessions (mentor order does not matter)', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    const db = open(path);
    const counts = sessionKeyCounts(db, getRound(db, '2026').id);
    const ids = (emails: string[]) => emails.map((e) => db.prepare('SELECT id FROM person WHERE email = ?').pluck().get(e) as number);
    const [clara] = ids(['clara@example.com']);
    expect(counts.get(sessionKey(clara!, '2026-01-25', 90, ids(['nora@example.com', 'max@example.com']), null))).toBe(1);
    expect(counts.get(sessionKey(clara!, '2026-01-25', 90, ids(['nora@example.com']), null))).toBeUndefined();
    db.close();
  });
});
