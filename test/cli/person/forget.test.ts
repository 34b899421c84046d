import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open.js';
import { scrubPending, scrubSteps } from '../../../src/db/scrub.js';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

/**
 * Issue 12 points 3 and 7, must-show 3: `person forget` erases every copy of the person's
 * data, the values other rows copied from them included, and its outcome is truthful.
 */
const PERSON = {
  name: 'Zephyrine Quillfeather',
  email: 'zephyrine.q@example.com',
  department: 'Dept-ZQX',
  location: 'Ort-Quillstadt',
  note: 'Reels-Geheimnis der Mentorin',
  highlight: 'Storytelling-Trick aus Zett',
  endReason: 'Umzug nach Fernzettstadt',
};
/** Every value of the person, and the pieces a renderer might split them into. */
const NEEDLES = [...Object.values(PERSON), 'Zephyrine', 'Quillfeather', 'zephyrine.q', 'Fernzettstadt'];

function hits(text: string | Buffer | null | undefined): string[] {
  if (text === null || text === undefined) return [];
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return NEEDLES.filter((n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')));
}

async function ok(db: string, argv: string[]): Promise<string> {
  const result = await tandem(db, argv);
  expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

/** A round where the person is a mentor with a pair (department reason), a session, an ended pair and a mention in a goal. */
async function programme(): Promise<string> {
  const db = tempDbPath();
  await withRound(db);
  const add = (name: string, email: string, role: string, department: string, location: string) =>
    ok(db, ['participant', 'add', '--round', '2026', '--name', name, '--email', email, '--role', role, '--department', department, '--location', location, '--topics', 'instagram']);
  await add(PERSON.name, PERSON.email, 'mentor', PERSON.department, PERSON.location);
  await add('Karin Weiss', 'kw@example.com', 'mentee', 'Production', 'Berlin');
  await ok(db, ['pair', 'match', '--round', '2026', '--yes']);
  await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'kw@example.com', '--date', '2026-02-10', '--minutes', '60', '--note', PERSON.note, '--highlight', PERSON.highlight]);
  await ok(db, ['goal', 'add', '--round', '2026', '--mentee', 'kw@example.com', 'Reels posten wie Zephyrine Quillfeather']);
  await ok(db, ['pair', 'end', PERSON.email, 'kw@example.com', '--round', '2026', '--reason', PERSON.endReason]);
  return db;
}

/** Everything tandem shows or writes afterwards, by name. */
async function everything(db: string, when: string): Promise<Record<string, string | Buffer | null>> {
  const dir = mkdirSync(join(db, '..', when), { recursive: true })!;
  const seen: Record<string, string | Buffer | null> = {
    'tandem.db': snapshot(db),
    'tandem.db-wal': snapshot(`${db}-wal`),
  };
  await ok(db, ['backup', join(dir, 'after.db')]);
  seen['backup'] = snapshot(join(dir, 'after.db'));
  await ok(db, ['export', '--out', join(dir, 'export.json')]);
  seen['export'] = snapshot(join(dir, 'export.json'));
  seen['export (stdout)'] = await ok(db, ['export']);
  for (const format of ['table', 'md', 'html', 'json', 'csv']) {
    seen[`round report --format ${format}`] = await ok(db, ['round', 'report', '2026', '--format', format]);
  }
  seen['pair list table'] = await ok(db, ['pair', 'list', '--round', '2026']);
  seen['pair list json'] = await ok(db, ['pair', 'list', '--round', '2026', '--json']);
  seen['person list'] = await ok(db, ['person', 'list', '--json']);
  seen['participant list'] = await ok(db, ['participant', 'list', '--round', '2026', '--json']);
  seen['session list'] = await ok(db, ['session', 'list', '--round', '2026', '--json']);
  seen['goal list'] = await ok(db, ['goal', 'list', '--round', '2026', '--json']);
  seen['status'] = await ok(db, ['status']);
  return seen;
}

afterEach(() => {
  scrubSteps.vacuum = (db) => db.exec('VACUUM');
});

describe('person forget erases every copy', () => {
  it('database, WAL, backup, export, every report format and pair list: no value of the person anywhere', async () => {
    const db = await programme();
    // The search works: before the forget every value is there.
    const before = await everything(db, 'before');
    expect(hits(Object.values(before).map((v) => v?.toString() ?? '').join('\n'))).toEqual(NEEDLES);
    expect(before['pair list json']).toContain(`different departments: ${PERSON.department} / Production`);

    const result = await tandem(db, ['person', 'forget', PERSON.email, '--yes']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: `erased the personal data of ${PERSON.email}\n` });
    const after = await everything(db, 'after');
    const leaks = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, hits(v)] as const).filter(([, v]) => v.length > 0));
    expect(leaks).toEqual({});
    // Counts stay true: the pair, its session and the goal are still there.
    const pairs = JSON.parse(after['pair list json'] as string);
    expect(pairs).toMatchObject([{ mentor: { name: null, email: null }, mentee: { email: 'kw@example.com' }, status: 'ended', reasons: [], endReason: null }]);
    expect(JSON.parse(after['goal list'] as string)).toMatchObject([{ text: 'Reels posten wie […]' }]);
    expect(JSON.parse(after['session list'] as string)).toHaveLength(1);
  });

  it('a VACUUM that fails after the commit (full disk): exit 0, says so, and the next command finishes the scrub', async () => {
    const db = await programme();
    scrubSteps.vacuum = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    const result = await tandem(db, ['person', 'forget', PERSON.email, '--yes']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `erased the personal data of ${PERSON.email}\n` +
        'warning: the person is forgotten, but the old copies of their data could not yet be wiped from the database file (is the disk full?); the next tandem command that opens it finishes this\n',
    );
    const handle = openDatabase(db, { write: true, busyTimeoutMs: 0 });
    // openDatabase itself finishes pending scrubs, so look at the mark with the failing step still in place.
    expect(scrubPending(handle)).toBe(true);
    handle.close();
    // The forget holds: a retry finds no such person.
    expect((await tandem(db, ['person', 'forget', PERSON.email, '--yes'])).code).toBe(1);

    scrubSteps.vacuum = (d) => d.exec('VACUUM');
    const next = await tandem(db, ['person', 'list', '--json']);
    expect(next.code).toBe(0);
    expect(next.stderr).toBe("finished wiping a forgotten person's old data from the database file\n");
    const again = await tandem(db, ['person', 'list', '--json']);
    expect(again.stderr).toBe(''); // said once, when it was done
    expect(hits(snapshot(db))).toEqual([]);
    expect(hits(snapshot(`${db}-wal`))).toEqual([]);
    expect(JSON.parse(next.stdout)).toMatchObject([{ email: 'kw@example.com' }]);
  });

  it('a forget that cannot commit changes nothing and exits 1', async () => {
    const db = await programme();
    const blocker = openDatabase(db, { write: true, busyTimeoutMs: 0 });
    blocker.prepare('BEGIN IMMEDIATE').run();
    const before = [snapshot(db), snapshot(`${db}-wal`)];
    const result = await tandem(db, ['person', 'forget', PERSON.email, '--yes'], { env: { TANDEM_BUSY_TIMEOUT_MS: '0' } });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'tandem: error: database is busy: another tandem process holds a write lock; try again in a moment\n' });
    expect([snapshot(db), snapshot(`${db}-wal`)]).toEqual(before);
    blocker.prepare('ROLLBACK').run();
    blocker.close();
    const person = JSON.parse(await ok(db, ['person', 'show', PERSON.email, '--json']));
    expect(person).toMatchObject({ name: PERSON.name, department: PERSON.department });
    expect(existsSync(db) && readFileSync(db).length > 0).toBe(true);
  });
});
