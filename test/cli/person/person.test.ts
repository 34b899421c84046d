import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound, writeTemp } from '../../helpers/fixtures.js';

describe('person add|import|list|show', () => {
  it('imports an organisation chart whose managers are in the file, already known, or never seen', async () => {
    const db = tempDbPath();
    await tandem(db, ['person', 'add', '--name', 'Known Boss', '--email', 'boss@example.com']);
    const file = writeTemp(
      'org.csv',
      'name,email,department,location,manager_email,languages\n' +
        'Anna Azubi,anna@example.com,IT,Hamburg,lead@example.com,de\n' +
        'Lea Lead,lead@example.com,IT,Hamburg,boss@example.com,de;en\n' +
        'Max Remote,max@example.com,Sales,Berlin,ghost@example.com,\n',
    );
    const first = await tandem(db, ['person', 'import', file]);
    expect(first).toMatchObject({ code: 0, stderr: '3 added, 0 updated, 0 unchanged\n' });
    const again = await tandem(db, ['person', 'import', file]);
    expect(again.stderr).toBe('0 added, 0 updated, 3 unchanged\n');
    const people = JSON.parse((await tandem(db, ['person', 'list', '--json'])).stdout);
    expect(people.map((p: { email: string; managerEmail: string | null }) => [p.email, p.managerEmail])).toEqual([
      ['anna@example.com', 'lead@example.com'],
      ['boss@example.com', null],
      ['lead@example.com', 'boss@example.com'],
      ['max@example.com', 'ghost@example.com'],
    ]);
  });

  it('shows everything stored about a person, and --json is a complete export', async () => {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Lena', '--email', 'lena@example.com', '--role', 'mentor', '--topics', 'instagram', '--manager', 'lead@example.com']);
    const shown = await tandem(db, ['person', 'show', 'LENA@example.com', '--json']);
    expect(JSON.parse(shown.stdout)).toEqual({
      name: 'Lena',
      email: 'lena@example.com',
      department: null,
      location: null,
      managerEmail: 'lead@example.com',
      languages: [],
      salutation: null,
      forgottenOn: null,
      directReports: [],
      rounds: [{ round: '2026', role: 'mentor', topics: ['instagram'], capacity: 1 }],
      pairs: [],
      sessions: [],
      goals: [],
      exclusions: [],
    });
    const table = await tandem(db, ['person', 'show', 'lena@example.com']);
    expect(table.stdout).toMatch(/Name:\s+Lena/);
    const missing = await tandem(db, ['person', 'show', 'nobody@example.com']);
    expect(missing).toMatchObject({ code: 1, stderr: 'tandem: error: no person with email nobody@example.com\n' });
  });
});

describe('person forget', () => {
  async function programme() {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Zacharias Quellenberg', '--email', 'zq@example.com', '--role', 'mentor', '--location', 'Wolfsburg-Nord']);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Klaus', '--email', 'k@example.com', '--role', 'mentee', '--manager', 'zq@example.com']);
    const { openDatabase } = await import('../../../src/db/open.js');
    const handle = openDatabase(db, { write: true, busyTimeoutMs: 1000 });
    handle.prepare(`INSERT INTO pair (round_id, mentor_id, mentee_id, since) VALUES (1, 1, 2, '2026-01-15')`).run();
    handle.prepare(`INSERT INTO session (round_id, mentee_id, date, minutes, note) VALUES (1, 2, '2026-02-01', 60, 'Zacharias showed reels')`).run();
    handle.prepare(`INSERT INTO session_mentor VALUES (1, 1)`).run();
    handle.close();
    return db;
  }

  it('asks for confirmation on a terminal and keeps everything on "no"', async () => {
    const db = await programme();
    const before = snapshot(db);
    const result = await tandem(db, ['person', 'forget', 'zq@example.com'], { tty: true, script: [{ kind: 'confirm', message: /Erase all personal data of Zacharias Quellenberg/, answer: false }] });
    expect(result).toMatchObject({ code: 0, stderr: 'nothing was erased\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it('exits 2 naming --yes when it cannot ask', async () => {
    const db = await programme();
    const before = snapshot(db);
    const result = await tandem(db, ['person', 'forget', 'zq@example.com']);
    expect(result).toMatchObject({ code: 2, stderr: 'tandem: error: this needs an answer, but stdin is not a terminal\nhint: answer with --yes\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it('erases name, email, location, manager links and notes from the file and WAL; counts stay', async () => {
    const db = await programme();
    const result = await tandem(db, ['person', 'forget', 'zq@example.com', '--yes']);
    expect(result).toMatchObject({ code: 0, stderr: 'erased the personal data of zq@example.com\n' });
    for (const file of [db, `${db}-wal`]) {
      const bytes = snapshot(file);
      if (!bytes) continue;
      for (const secret of ['Zacharias', 'Quellenberg', 'zq@example.com', 'Wolfsburg-Nord', 'showed reels']) {
        expect(bytes.includes(secret), `${secret} in ${file}`).toBe(false);
      }
    }
    const round = JSON.parse((await tandem(db, ['round', 'show', '2026', '--json'])).stdout);
    expect(round.counts).toEqual({ mentors: 1, mentees: 1, activePairs: 1, sessions: 1 });
    const list = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--json'])).stdout);
    expect(list[0]).toMatchObject({ name: null, email: null, role: 'mentor', location: null });
    expect(list[1]).toMatchObject({ email: 'k@example.com', managerEmail: null });
    expect(readFileSync(db).length).toBeGreaterThan(0);
    const again = await tandem(db, ['person', 'forget', 'zq@example.com', '--yes']);
    expect(again.code).toBe(1);
  });
});
