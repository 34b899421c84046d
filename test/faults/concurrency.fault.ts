import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tempDir } from '../helpers/cli.js';
import { count, csv, dbCheckPasses, hasCommand, recordFaults, seedProgramme, spawnTandem, type Spawned } from './helpers.js';

const SECONDS = 20;
const TANDEMS = 100;
const BATCH = { sessions: 30, participants: 20, goals: 10 };

interface ReportJson {
  counts: { mentors: number; mentees: number; activePairs: number; unmatchedMentees: number; sessions: number; minutes: number };
  tandems: { mentors: unknown[]; sessions: number; minutes: number; goals: { set: number } }[];
  goals: { set: number };
}

/** The checks a round report must pass in any consistent snapshot of this test's database. */
function reportProblems(r: ReportJson): string[] {
  const sum = (f: (t: ReportJson['tandems'][number]) => number) => r.tandems.reduce((n, t) => n + f(t), 0);
  const problems: string[] = [];
  if (r.counts.activePairs !== sum((t) => t.mentors.length)) problems.push('active pairs ≠ mentors listed');
  if (r.counts.sessions !== sum((t) => t.sessions)) problems.push('sessions ≠ sum of tandem sessions');
  if (r.counts.minutes !== sum((t) => t.minutes)) problems.push('minutes ≠ sum of tandem minutes');
  if (r.counts.mentees - r.counts.unmatchedMentees !== r.tandems.length) problems.push('matched mentees ≠ tandems listed');
  if (r.goals.set !== sum((t) => t.goals.set)) problems.push('goals ≠ sum of tandem goals');
  if (r.counts.sessions % BATCH.sessions !== 0) problems.push(`part of a session import visible (${r.counts.sessions})`);
  if ((r.counts.mentors + r.counts.mentees - 2 * TANDEMS) % BATCH.participants !== 0) problems.push('part of a participant import visible');
  if (r.goals.set % BATCH.goals !== 0) problems.push('part of a goal import visible');
  return problems;
}

describe('concurrency: separate processes writing and reading the same file', () => {
  it(`a writer and a reader (and a backup) for ${SECONDS} s: no failure, consistent reports, no lost write`, async () => {
    const dir = tempDir('tandem-concurrency-');
    const db = join(dir, 'tandem.db');
    seedProgramme(db, { tandems: TANDEMS });
    const withReport = await hasCommand('round', 'report');
    const end = Date.now() + SECONDS * 1000;
    const failures: string[] = [];
    const fail = (what: string, r: Spawned) => failures.push(`${what}: exit ${r.code} ${r.signal ?? ''} ${r.stderr.trim()}`);
    const added = { sessions: 0, participants: 0, goals: 0 };
    const tally = { writes: 0, reads: 0, backups: 0 };

    const writer = async () => {
      for (let i = 0; Date.now() < end; i++) {
        const kind = (['sessions', 'participants', 'goals'] as const)[i % 3]!;
        const file = join(dir, `${kind}-${i}.csv`);
        let argv: string[];
        if (kind === 'sessions') {
          const rows = Array.from({ length: BATCH.sessions }, (_, k) => [`mentee${(i * 7 + k) % TANDEMS}@example.com`, `2026-02-${String(1 + ((i + k) % 28)).padStart(2, '0')}`, 15 + k, `batch ${i} row ${k}`]);
          writeFileSync(file, csv(['mentee_email', 'date', 'minutes', 'note'], rows));
          argv = ['session', 'import', file, '--round', '2026'];
        } else if (kind === 'participants') {
          const rows = Array.from({ length: BATCH.participants }, (_, k) => [`Writer ${i}-${k}`, `w${i}.${k}@example.com`, k % 2 ? 'mentee' : 'mentor']);
          writeFileSync(file, csv(['name', 'email', 'role'], rows));
          argv = ['participant', 'import', file, '--round', '2026'];
        } else {
          const rows = Array.from({ length: BATCH.goals }, (_, k) => [`mentee${(i + k) % TANDEMS}@example.com`, `Ziel ${i}-${k}`]);
          writeFileSync(file, csv(['mentee_email', 'goal'], rows));
          argv = ['goal', 'import', file, '--round', '2026'];
        }
        const r = await spawnTandem(['--db', db, ...argv]);
        tally.writes++;
        if (r.code !== 0) fail(argv.slice(0, 2).join(' '), r);
        else added[kind] += BATCH[kind];
      }
    };

    let last = { sessions: 0, people: 0, goals: 0 };
    const reader = async () => {
      for (let i = 0; Date.now() < end; i++) {
        const useReport = withReport && i % 3 !== 2;
        const argv = useReport ? ['round', 'report', '2026', '--json'] : ['participant', 'list', '--round', '2026', '--json'];
        const r = await spawnTandem(['--db', db, ...argv]);
        tally.reads++;
        if (r.code !== 0) {
          fail(argv.slice(0, 2).join(' '), r);
          continue;
        }
        if (useReport) {
          const report = JSON.parse(r.stdout) as ReportJson;
          for (const p of reportProblems(report)) failures.push(`round report: ${p}`);
          const now = { sessions: report.counts.sessions, people: report.counts.mentors + report.counts.mentees, goals: report.goals.set };
          if (now.sessions < last.sessions || now.people < last.people || now.goals < last.goals) failures.push('round report: counts went back');
          last = now;
        } else {
          const people = (JSON.parse(r.stdout) as unknown[]).length;
          if ((people - 2 * TANDEMS) % BATCH.participants !== 0) failures.push(`participant list: part of an import visible (${people})`);
          if (people < last.people) failures.push('participant list: participants went back');
        }
      }
    };

    const backups: string[] = [];
    const backer = async () => {
      for (let i = 0; Date.now() < end; i++) {
        const file = join(dir, `backup-${i}.db`);
        const r = await spawnTandem(['--db', db, 'backup', file]);
        tally.backups++;
        if (r.code !== 0) fail('backup', r);
        else backups.push(file);
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
    };

    await Promise.all([writer(), reader(), backer()]);

    // Every backup is a sound, consistent snapshot.
    for (const file of backups) {
      const check = await dbCheckPasses(file);
      if (!check.ok) failures.push(`backup ${file}: ${check.detail}`);
      if (count(file, 'SELECT count(*) AS n FROM session') % BATCH.sessions !== 0) failures.push(`backup ${file}: part of a session import`);
      if ((count(file, 'SELECT count(*) AS n FROM participant') - 2 * TANDEMS) % BATCH.participants !== 0) failures.push(`backup ${file}: part of a participant import`);
    }
    // No write lost: everything every successful writer added is there.
    const final = {
      sessions: count(db, 'SELECT count(*) AS n FROM session'),
      participants: count(db, 'SELECT count(*) AS n FROM participant') - 2 * TANDEMS,
      goals: count(db, 'SELECT count(*) AS n FROM goal'),
    };
    expect(await dbCheckPasses(db)).toMatchObject({ ok: true });
    recordFaults(
      'concurrency',
      `concurrency: ${SECONDS} s, ${tally.writes} writes, ${tally.reads} reads (${withReport ? 'round report --json' : 'participant list --json'}), ${tally.backups} backups; ` +
        `${failures.length} failures; rows written ${JSON.stringify(added)}, found ${JSON.stringify(final)}`,
    );
    expect(failures).toEqual([]);
    expect(final).toEqual(added);
    expect(tally.writes).toBeGreaterThan(5);
    expect(tally.reads).toBeGreaterThan(5);
  }, 120_000);
});

describe('busy: a writer blocked past the busy timeout', () => {
  const BUSY = 'tandem: error: database is busy: another tandem process holds a write lock; try again in a moment';

  /** A database with a round, two tandems and an export to restore elsewhere. */
  function setup() {
    const dir = tempDir('tandem-busy-');
    const db = join(dir, 'tandem.db');
    seedProgramme(db, { tandems: 2, unmatched: 2 });
    const people = join(dir, 'people.csv');
    writeFileSync(people, csv(['name', 'email', 'role'], [['Neu', 'neu@example.com', 'mentor']]));
    const sessions = join(dir, 'sessions.csv');
    writeFileSync(sessions, csv(['mentee_email', 'date', 'minutes'], [['mentee0@example.com', '2026-02-02', 60]]));
    return { dir, db, people, sessions };
  }

  /** Holds the write lock the way another tandem process would, until released. */
  function holdLock(db: string) {
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    return () => {
      holder.exec('ROLLBACK');
      holder.close();
    };
  }

  it('in-process: exit 1 with a clear message after TANDEM_BUSY_TIMEOUT_MS, nothing changed', async () => {
    const { db } = setup();
    const before = snapshot(db);
    const release = holdLock(db);
    const started = Date.now();
    const result = await runCli(['--db', db, 'participant', 'add', '--round', '2026', '--name', 'N', '--email', 'n@example.com', '--role', 'mentor'], {
      env: { TANDEM_BUSY_TIMEOUT_MS: '300' },
    });
    const waited = Date.now() - started;
    release();
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${BUSY}\n`);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(snapshot(db)).toEqual(before);
  });

  it('spawned writers of every kind give up with the busy message; readers, export, backup and db check carry on', async () => {
    const { dir, db, people, sessions } = setup();
    const exported = join(dir, 'export.json');
    expect((await spawnTandem(['--db', db, 'export', '--out', exported])).code).toBe(0);
    const empty = join(dir, 'empty.db');
    new Database(empty).close();
    expect((await spawnTandem(['--db', empty, 'db', 'check'])).code).toBe(0);
    const emptyDb = new Database(empty);
    emptyDb.pragma('journal_mode = WAL');
    emptyDb.close();

    const writers: [string, string, string[]][] = [
      ['participant import', db, ['participant', 'import', people, '--round', '2026']],
      ['session import', db, ['session', 'import', sessions, '--round', '2026']],
      ['round create', db, ['round', 'create', 'X', '--start', '2027-01-01']],
      ['person add', db, ['person', 'add', '--name', 'P', '--email', 'p@example.com']],
      ['pair match --yes', db, ['pair', 'match', '--round', '2026', '--yes']],
      ['import', empty, ['import', exported]],
    ];
    const readers: [string, string[]][] = [
      ['round report', ['round', 'report', '2026', '--json']],
      ['participant list', ['participant', 'list', '--round', '2026', '--json']],
      ['export', ['export']],
      ['backup', ['backup', join(dir, 'during-lock.db')]],
      ['db check', ['db', 'check']],
    ];
    const outcomes: string[] = [];
    for (const [name, path, argv] of writers) {
      if (!(await hasCommand(...(argv[0] === 'import' ? ['import'] : argv.slice(0, 2))))) continue;
      const before = snapshot(path);
      const release = holdLock(path);
      const result = await spawnTandem(['--db', path, ...argv], { env: { TANDEM_BUSY_TIMEOUT_MS: '400' } });
      release();
      expect(result.code, `${name}: ${result.stderr}`).toBe(1);
      expect(result.stderr.split('\n')[0], name).toBe(BUSY);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(snapshot(path), name).toEqual(before);
      outcomes.push(`${name}: busy`);
    }
    for (const [name, argv] of readers) {
      if (!(await hasCommand(...(argv[0] === 'export' || argv[0] === 'backup' ? [argv[0]] : argv.slice(0, 2))))) continue;
      const release = holdLock(db);
      const result = await spawnTandem(['--db', db, ...argv], { env: { TANDEM_BUSY_TIMEOUT_MS: '400' } });
      release();
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      outcomes.push(`${name}: ok`);
    }
    recordFaults('busy', `busy: write lock held by another connection — ${outcomes.join(', ')}`);
  }, 60_000);

  it('a writer that waits less than the busy timeout succeeds', async () => {
    const { db } = setup();
    const release = holdLock(db);
    const pending = spawnTandem(['--db', db, 'round', 'create', 'later', '--start', '2027-01-01'], { env: { TANDEM_BUSY_TIMEOUT_MS: '10000' } });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    release();
    const result = await pending;
    expect(result.code, result.stderr).toBe(0);
    expect(count(db, `SELECT count(*) AS n FROM round WHERE name = 'later'`)).toBe(1);
  });
});
