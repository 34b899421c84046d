import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';

const MENTEE = 'ceo@example.com';
const [ANNA, BEN] = ['anna@example.com', 'ben@example.com'];

/** Round 2026 (teams of two) with mentee ceo@ paired with the mentors anna@ and ben@. */
async function team(db: string): Promise<void> {
  const steps = [
    ['round', 'create', '2026', '--start', '2026-01-15', '--mentors-per-mentee', '2'],
    ['participant', 'add', '--round', '2026', '--role', 'mentor', '--name', 'Anna', '--email', ANNA],
    ['participant', 'add', '--round', '2026', '--role', 'mentor', '--name', 'Ben', '--email', BEN],
    ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'CEO', '--email', MENTEE, '--capacity', '2'],
    ['pair', 'add', ANNA, MENTEE, '--round', '2026'],
    ['pair', 'add', BEN, MENTEE, '--round', '2026'],
  ];
  for (const argv of steps) {
    const result = await tandem(db, argv);
    if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.stderr}`);
  }
}

const json = async (db: string, argv: string[]) => {
  const result = await tandem(db, [...argv, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
};

/** Issue 15: options also answer to their CSV column's name (manager_email → --manager-email, …). */
describe('option aliases named after the CSV columns', () => {
  it('--manager-email is --manager in participant add and person add', async () => {
    const db = tempDbPath();
    await team(db);
    for (const argv of [
      ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'CFO', '--email', 'cfo@example.com', '--manager-email', MENTEE],
      ['person', 'add', '--name', 'Lead', '--email', 'lead@example.com', '--manager-email', 'CFO@example.com'],
    ]) {
      const added = await tandem(db, argv);
      expect(added.code, added.stderr).toBe(0);
    }
    const participants = await json(db, ['participant', 'list', '--round', '2026']);
    expect(participants.find((p: { email: string }) => p.email === 'cfo@example.com').managerEmail).toBe(MENTEE);
    expect(await json(db, ['person', 'show', 'lead@example.com'])).toMatchObject({ managerEmail: 'cfo@example.com' });
  });

  it('--mentee-email and --mentor-email (repeatable) are --mentee and --mentor in session log; --mentee-email filters session list', async () => {
    const db = tempDbPath();
    await team(db);
    const one = await json(db, ['session', 'log', '--round', '2026', '--mentee-email', MENTEE, '--mentor-email', ANNA, '--minutes', '30', '--date', '2026-02-02']);
    expect(one.mentors.map((m: { email: string }) => m.email)).toEqual([ANNA]);
    const both = await json(db, ['session', 'log', '--mentee-email', MENTEE, '--mentor-email', ANNA, '--mentor-email', BEN, '--minutes', '45', '--date', '2026-02-16']);
    expect(both.mentors.map((m: { email: string }) => m.email)).toEqual([ANNA, BEN]);
    const listed = await json(db, ['session', 'list', '--round', '2026', '--mentee-email', MENTEE]);
    expect(listed.map((s: { minutes: number }) => s.minutes)).toEqual([30, 45]);
  });

  it('--mentee-email in goal add, list and done; --achieved-on is goal done --date', async () => {
    const db = tempDbPath();
    await team(db);
    const goal = await json(db, ['goal', 'add', '--round', '2026', '--mentee-email', MENTEE, 'Post a first Instagram story']);
    expect(goal.mentee.email).toBe(MENTEE);
    const done = await json(db, ['goal', 'done', '--round', '2026', '--mentee-email', MENTEE, 'Post a first Instagram story', '--achieved-on', '20.02.2026']);
    expect(done).toMatchObject({ id: goal.id, achievedOn: '2026-02-20' });
    expect(await json(db, ['goal', 'list', '--round', '2026', '--mentee-email', MENTEE])).toHaveLength(1);
  });

  it('the help names the alias beside the real option, in both languages', async () => {
    const db = tempDbPath();
    const en = await tandem(db, ['participant', 'add', '--help']);
    expect(en.stdout.replace(/\s+/g, ' ')).toContain('(reporting line) (also --manager-email)');
    expect(en.stdout).not.toMatch(/^\s+--manager-email/m);
    const de = await tandem(db, ['--lang', 'de', 'session', 'log', '--help']);
    expect(de.stdout.replace(/\s+/g, ' ')).toContain('(auch --mentee-email)');
    expect(de.stdout.replace(/\s+/g, ' ')).toContain('(auch --mentor-email)');
  });

  it.each([
    [['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'X', '--email', 'x@example.com', '--manager', ANNA, '--manager-email', BEN], '--manager', '--manager-email'],
    [['session', 'log', '--round', '2026', '--mentee-email', MENTEE, '--mentee', MENTEE, '--minutes', '30'], '--mentee', '--mentee-email'],
    [['session', 'log', '--round', '2026', '--mentee', MENTEE, '--mentor', ANNA, '--mentor-email', BEN, '--minutes', '30'], '--mentor', '--mentor-email'],
    [['goal', 'done', '1', '--date', '2026-02-02', '--achieved-on', '2026-02-03'], '--date', '--achieved-on'],
  ])('both names of one option at once is exit 2, nothing written: %j', async (argv, option, alias) => {
    const db = tempDbPath();
    await team(db);
    expect((await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', MENTEE, 'A goal'])).code).toBe(0);
    const before = snapshot(db);
    expect(await tandem(db, argv)).toEqual({
      code: 2,
      stdout: '',
      stderr: `tandem: error: ${option} and ${alias} are two names of one option: give only one\n`,
    });
    expect(snapshot(db)).toEqual(before);
    const de = await tandem(db, ['--lang', 'de', ...argv]);
    expect(de.stderr).toBe(`tandem: Fehler: ${option} und ${alias} sind zwei Namen derselben Option: bitte nur einen angeben\n`);
  });
});
