import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';
import { importCsv, rolesCsv, withSurvey } from '../survey/helpers.js';

/** Issue 12 point 11: `--db ""`, and reports while another process holds a lock. */
describe('--db ""', () => {
  it.each([
    [['--db', '', 'round', 'list']],
    [['--db=', 'person', 'add', '--name', 'A', '--email', 'a@example.com']],
    [['round', 'list', '--db', '']],
  ])('%j is a usage error: exit 2, one line, no default database touched', async (argv) => {
    const home = tempDir();
    const env = { HOME: home, XDG_DATA_HOME: join(home, 'data'), TANDEM_DB: undefined };
    const result = await runCli(argv, { env });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'tandem: error: --db must name a database file, not be empty\n' });
    expect(existsSync(join(home, 'data'))).toBe(false);
    expect(readdirSync(home)).toEqual([]);
  });

  it('an empty TANDEM_DB counts as unset, as empty variables do', async () => {
    const home = tempDir();
    const result = await runCli(['round', 'list', '--json'], { env: { HOME: home, XDG_DATA_HOME: join(home, 'data'), TANDEM_DB: '' } });
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  });
});

/** Holds an exclusive lock on the database from another process (as WAL recovery or a closing checkpoint does) for `ms`. */
function lockFor(db: string, ms: number): Promise<void> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS lock_probe (a); COMMIT');
    process.stdout.write('locked\\n');
    setTimeout(() => db.close(), Number(process.argv[2]));`;
  const child = spawn(process.execPath, ['-e', script, db, String(ms)], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

describe('reports under a lock at TANDEM_BUSY_TIMEOUT_MS=0', () => {
  const env = { TANDEM_BUSY_TIMEOUT_MS: '0' };
  it.each([
    [['round', 'list', '--json']],
    [['round', 'report', '2026', '--json']],
    [['survey', 'report', '--round', '2026', '--json']],
    [['status']],
  ])('%j waits for the lock to pass instead of failing with "database is busy"', async (argv) => {
    const db = tempDbPath();
    await withSurvey(db);
    await importCsv(db, rolesCsv(5, 5));
    await lockFor(db, 700);
    const started = Date.now();
    const result = await tandem(db, argv, { env });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(300); // it did meet the lock, and waited
  });

  it('a writer still gives up at once when another writer holds the write lock', async () => {
    const db = tempDbPath();
    await withRound(db);
    const { openDatabase } = await import('../../../src/db/open.js');
    const other = openDatabase(db, { write: true, busyTimeoutMs: 0 });
    other.prepare('BEGIN IMMEDIATE').run();
    const before = snapshot(db);
    const started = Date.now();
    const write = await tandem(db, ['person', 'add', '--name', 'A', '--email', 'a@example.com'], { env });
    expect(write).toMatchObject({ code: 1, stdout: '', stderr: 'tandem: error: database is busy: another tandem process holds a write lock; try again in a moment\n' });
    expect(Date.now() - started).toBeLessThan(1500);
    // Readers do not wait for a writer at all in WAL mode.
    expect(await tandem(db, ['round', 'list', '--json'], { env })).toMatchObject({ code: 0, stderr: '' });
    other.prepare('ROLLBACK').run();
    other.close();
    expect(snapshot(db)).toEqual(before);
  });
});
