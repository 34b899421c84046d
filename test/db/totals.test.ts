import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDatabase } from '../../src/db/export.js';
import { openDatabase } from '../../src/db/open.js';
import { REPORT_SQL, loadReportData } from '../../src/db/report.js';
import { getRound } from '../../src/db/rounds.js';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { insertSession, insertSessions } from '../../src/db/sessions.js';
import { totalsAsOf } from '../../src/db/totals.js';
import type { Db } from '../../src/db/types.js';
import { importDocument } from '../../src/db/upgrade.js';
import { tandem, tempDbPath, tempDir } from '../helpers/cli.js';
import { buildReportFixture, RoundBuilder, meanwhile, withDb } from '../helpers/round-fixture.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const open = (path: string): Db => openDatabase(path, { write: true, busyTimeoutMs: 1000 });

/** The totals as the migration computes them from the sessions: the oracle. */
function recomputed(db: Db) {
  return {
    tandems: db.prepare(`SELECT round_id, mentee_id, count(*) AS sessions, sum(minutes) AS minutes, max(date) AS last_session FROM session GROUP BY 1, 2 ORDER BY 1, 2`).all(),
    topics: db.prepare(`SELECT s.round_id, j.value AS topic, count(*) AS sessions FROM session s, json_each(s.topics) j GROUP BY 1, 2 ORDER BY 1, 2`).all(),
  };
}

function stored(db: Db) {
  return {
    tandems: db.prepare(`SELECT round_id, mentee_id, sessions, minutes, last_session FROM tandem_total ORDER BY 1, 2`).all(),
    topics: db.prepare(`SELECT round_id, topic, sessions FROM topic_total ORDER BY 1, 2`).all(),
  };
}

/** Report facts in a fixed order, for comparing the totals path with the sessions path. */
function facts(db: Db, round: string, asOf: string) {
  const data = loadReportData(db, getRound(db, round), asOf);
  return {
    activity: [...data.activity].sort((a, b) => a.menteeId - b.menteeId),
    topics: [...data.topics].sort((a, b) => (a.topic < b.topic ? -1 : 1)),
    highlights: data.highlights,
  };
}

const session = fc.record({
  mentee: fc.integer({ min: 0, max: 3 }),
  day: fc.integer({ min: 1, max: 28 }),
  minutes: fc.integer({ min: 1, max: 600 }),
  topics: fc.uniqueArray(fc.constantFrom('Instagram', 'instagram', '#LinkedIn', 'Online-Bewerbung', 'TikTok'), { maxLength: 3 }),
  highlight: fc.option(fc.constantFrom('Erste Story gepostet', ''), { nil: null }),
  bulk: fc.boolean(),
});

describe('session totals', () => {
  it('equal the sessions after any mix of single and bulk writes in two rounds', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 40 }), fc.array(session, { maxLength: 10 }), (first, second) => {
        const path = tempDbPath();
        withDb(path, (db) => {
          for (const [name, list] of [['2026', first], ['2027', second]] as const) {
            const b = new RoundBuilder(db, { name, startsOn: `${name}-01-15`, endsOn: `${name}-07-15` });
            for (let i = 0; i < 4; i++) b.person(`m${i}`, `Mentor ${i}`, 'mentor', `m${i}.${name}@example.com`).person(`e${i}`, `Mentee ${i}`, 'mentee', `e${i}.${name}@example.com`);
            const row = (s: (typeof list)[number]) => ({
              menteeId: b.id(`e${s.mentee}`),
              mentorIds: [b.id(`m${s.mentee}`)],
              date: `${name}-02-${String(s.day).padStart(2, '0')}`,
              minutes: s.minutes,
              format: null,
              topics: s.topics,
              note: null,
              highlight: s.highlight,
            });
            insertSessions(db, b.roundId, list.filter((s) => s.bulk).map(row));
            for (const s of list.filter((s) => !s.bulk)) insertSession(db, { roundId: b.roundId, ...row(s) });
          }
        });
        const db = open(path);
        try {
          expect(stored(db)).toEqual(recomputed(db));
          // The report reads the same facts from the totals as from the sessions themselves.
          const viaTotals = facts(db, '2026', '2026-12-31');
          db.exec('DELETE FROM tandem_total');
          if (first.length) expect(totalsAsOf(db, getRound(db, '2026').id, '2026-12-31')).toBeUndefined();
          expect(facts(db, '2026', '2026-12-31')).toEqual(viaTotals);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('spare the report its pass over the sessions as of the last session or later', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    const db = open(path);
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    }) as typeof db.prepare;
    const round = getRound(db, '2026');
    loadReportData(db, round, '2026-03-05');
    expect(prepared).not.toContain(REPORT_SQL);
    loadReportData(db, round, '2026-03-04');
    expect(prepared).toContain(REPORT_SQL);
    db.close();
  });

  it('are not used for a report as of a day before a session, nor when another program wrote sessions', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    const db = open(path);
    const round = getRound(db, '2026');
    // Anna has a session on 5 March: a report as of 1 March aggregates the sessions.
    expect(totalsAsOf(db, round.id, '2026-03-01')).toBeUndefined();
    expect(totalsAsOf(db, round.id, '2026-03-05')).toBeDefined();
    const before = facts(db, '2026', '2026-03-31');
    db.close();

    meanwhile(path, `INSERT INTO session (round_id, mentee_id, date, minutes, topics) SELECT round_id, mentee_id, '2026-03-10', 15, '["xing"]' FROM session LIMIT 1`);
    const after = open(path);
    expect(totalsAsOf(after, round.id, '2026-03-31')).toBeUndefined();
    const counted = facts(after, '2026', '2026-03-31');
    expect(counted.activity.reduce((n, a) => n + a.sessions, 0)).toBe(before.activity.reduce((n, a) => n + a.sessions, 0) + 1);
    expect(counted.topics).toContainEqual({ topic: 'xing', sessions: 1 });
    after.close();
  });

  it('follow sessions that another program changes or deletes', () => {
    const path = tempDbPath();
    buildReportFixture(path);
    meanwhile(
      path,
      `UPDATE session SET minutes = 50, date = '2026-03-20', topics = '["xing","instagram"]' WHERE id = 1;
       UPDATE session SET mentee_id = (SELECT mentee_id FROM session WHERE id = 5) WHERE id = 2;
       DELETE FROM session_mentor WHERE session_id IN (3, 7); DELETE FROM session WHERE id IN (3, 7);
       UPDATE session SET note = 'nur die Notiz', highlight = NULL WHERE id = 4;`,
    );
    const db = open(path);
    expect(stored(db)).toEqual(recomputed(db));
    expect(totalsAsOf(db, getRound(db, '2026').id, '2026-03-31')).toBeDefined();
    db.close();
  });

  it('are computed from the sessions when an older file is upgraded', () => {
    const path = join(tempDir(), 'v7.db');
    copyFileSync(join(fixtures, 'schema-v7.db'), path);
    const db = open(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(stored(db).tandems.length).toBeGreaterThan(0);
    expect(stored(db)).toEqual(recomputed(db));
    db.close();
  });

  it('are not exported, and an import computes them', () => {
    const source = tempDbPath();
    buildReportFixture(source);
    const db = open(source);
    const doc = exportDatabase(db);
    expect(Object.keys(doc.tables)).not.toContain('tandem_total');
    expect(Object.keys(doc.tables)).not.toContain('topic_total');
    const expected = stored(db);
    db.close();
    const target = open(tempDbPath());
    importDocument(target, doc);
    expect(stored(target)).toEqual(expected);
    target.close();
  });

  it('follow session log and session import, and the round report counts them', async () => {
    const path = tempDbPath();
    withDb(path, (db) => new RoundBuilder(db).person('mia', 'Mia Maier', 'mentor').person('anna', 'Anna Arendt', 'mentee').pair('mia', 'anna'));
    const dir = tempDir();
    const csv = join(dir, 'sitzungen.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(csv, 'Mentee-E-Mail;Datum;Minuten;Themen\nanna@example.com;16.01.2026;45;Instagram, #LinkedIn\nanna@example.com;30.01.2026;30;LinkedIn\n');
    const env = { TANDEM_TODAY: '2026-02-10' };
    expect((await tandem(path, ['session', 'import', csv, '--round', '2026', '-q'], { env })).code).toBe(0);
    expect((await tandem(path, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--date', '2026-02-06', '--minutes', '60', '--topics', 'TikTok'], { env })).code).toBe(0);
    const db = open(path);
    expect(stored(db)).toEqual(recomputed(db));
    expect(stored(db).tandems).toEqual([{ round_id: 1, mentee_id: 2, sessions: 3, minutes: 135, last_session: '2026-02-06' }]);
    db.close();
    const report = await tandem(path, ['round', 'report', '2026', '--json'], { env });
    const json = JSON.parse(report.stdout);
    expect(json.counts).toMatchObject({ sessions: 3, minutes: 135 });
    expect(json.topics).toEqual([
      { topic: 'linkedin', label: 'LinkedIn', sessions: 2 },
      { topic: 'instagram', label: 'Instagram', sessions: 1 },
      { topic: 'tiktok', label: 'TikTok', sessions: 1 },
    ]);
  });
});
