import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/** Round R: mentors Anna and Ben, mentees Clara and Dora; Anna–Clara paired and locked. */
async function round(): Promise<string> {
  const db = tempDbPath();
  const ok = async (argv: string[]) => {
    const r = await tandem(db, argv);
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  };
  await ok(['round', 'create', 'R', '--start', '2026-01-15']);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,topics\nAnna Azubi,anna@example.com,mentor,instagram\nBen Becker,ben@example.com,mentor,linkedin\n' +
      'Clara Chef,clara@example.com,mentee,instagram\nDora Dietz,dora@example.com,mentee,linkedin\n',
  );
  await ok(['participant', 'import', csv, '--round', 'R']);
  await ok(['pair', 'add', 'anna@example.com', 'clara@example.com', '--round', 'R']);
  await ok(['pair', 'lock', 'anna@example.com', 'clara@example.com', '--round', 'R']);
  return db;
}

const locked = async (db: string) => (JSON.parse((await tandem(db, ['pair', 'list', '--round', 'R', '--json'])).stdout) as { locked: boolean }[])[0]!.locked;
const proposed = async (db: string) =>
  (JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json'])).stdout) as { pairs: { mentor: { email: string }; mentee: { email: string } }[] }).pairs.map(
    (p) => `${p.mentor.email}>${p.mentee.email}`,
  );

/** Runs a command that must fail: checks message, exit code, and that the database bytes did not change. */
async function refused(db: string, argv: string[], code: number, stderr: string): Promise<void> {
  const before = snapshot(db);
  const result = await tandem(db, argv);
  expect(result.stderr).toBe(stderr);
  expect(result.code).toBe(code);
  expect(snapshot(db)).toEqual(before);
}

describe('pair unlock', () => {
  it('unlocks a locked pair, and says so when it was not locked', async () => {
    const db = await round();
    expect(await locked(db)).toBe(true);
    const unlocked = await tandem(db, ['pair', 'unlock', 'anna@example.com', 'clara@example.com', '--round', 'R']);
    expect(unlocked).toMatchObject({ code: 0, stderr: 'unlocked the pair anna@example.com – clara@example.com\n' });
    expect(await locked(db)).toBe(false);
    const again = await tandem(db, ['pair', 'unlock', 'anna@example.com', 'clara@example.com', '--round', 'R', '--lang', 'de']);
    expect(again).toMatchObject({ code: 0, stderr: 'das Paar anna@example.com – clara@example.com war nicht festgehalten\n' });
    // unlocked and without sessions, --rematch may dissolve it again
    const rematch = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--rematch', '--dry-run', '--json'])).stdout);
    expect(rematch.pairs.every((p: { new: boolean }) => p.new)).toBe(true);
  });

  it.each<[string, string[], number, string, boolean?]>([
    ['no active pair', ['ben@example.com', 'clara@example.com'], 1, 'tandem: error: ben@example.com and clara@example.com have no active pair in round R\n'],
    ['someone not in the round', ['zoe@example.com', 'clara@example.com'], 1, 'tandem: error: no person with email zoe@example.com\n'],
    ['a mentee named as the mentor', ['clara@example.com', 'anna@example.com'], 2, 'tandem: error: clara@example.com takes part in round R as a mentee, not as a mentor\n'],
    ['a closed round', ['anna@example.com', 'clara@example.com'], 1, 'tandem: error: round "R" is closed: no further sessions or matching\n', true],
  ])('refuses %s, changing nothing', async (_name, emails, code, stderr, close) => {
    const db = await round();
    if (close) await tandem(db, ['round', 'close', 'R', '--yes']);
    await refused(db, ['pair', 'unlock', ...emails, '--round', 'R'], code, stderr);
  });
});

describe('lifting an exclusion: pair exclude --remove, pair include', () => {
  it('lifts an exclusion for every round, and one for a round, each in its own scope', async () => {
    const db = await round();
    await tandem(db, ['pair', 'exclude', 'ben@example.com', 'dora@example.com']);
    expect(await proposed(db)).not.toContain('ben@example.com>dora@example.com');
    const removed = await tandem(db, ['pair', 'exclude', 'dora@example.com', 'ben@example.com', '--remove']);
    expect(removed).toMatchObject({ code: 0, stderr: 'dora@example.com and ben@example.com may be paired again in any round\n' });
    expect(await proposed(db)).toContain('ben@example.com>dora@example.com');

    await tandem(db, ['pair', 'exclude', 'ben@example.com', 'dora@example.com', '--round', 'R']);
    expect(await proposed(db)).not.toContain('ben@example.com>dora@example.com');
    const included = await tandem(db, ['pair', 'include', 'ben@example.com', 'dora@example.com', '--round', 'R']);
    expect(included).toMatchObject({ code: 0, stderr: 'ben@example.com and dora@example.com may be paired again in round R\n' });
    expect(await proposed(db)).toContain('ben@example.com>dora@example.com');
  });

  it.each<[string, string[], boolean, number, string]>([
    ['no exclusion at all', ['pair', 'include', 'ben@example.com', 'dora@example.com'], false, 1, 'tandem: error: ben@example.com and dora@example.com are not excluded for every round\nhint: an exclusion for one round is lifted with --round <round>\n'],
    ['an exclusion for every round, lifted for one round only', ['pair', 'exclude', 'ben@example.com', 'dora@example.com', '--round', 'R', '--remove'], true, 1, 'tandem: error: ben@example.com and dora@example.com are not excluded in round R\nhint: an exclusion for every round is lifted without --round\n'],
    ['one person twice', ['pair', 'include', 'ben@example.com', 'BEN@example.com'], true, 2, 'tandem: error: a person cannot be excluded from themselves\n'],
    ['an unknown person', ['pair', 'include', 'ben@example.com', 'zoe@example.com'], true, 1, 'tandem: error: no person with email zoe@example.com\n'],
    ['an unknown round', ['pair', 'include', 'ben@example.com', 'dora@example.com', '--round', 'Q'], true, 1, 'tandem: error: unknown round "Q"\nhint: known rounds: R\n'],
    ['a bad email', ['pair', 'exclude', 'ben', 'dora@example.com', '--remove'], true, 2, 'tandem: error: <email-a>: "ben" is not a valid email address\n'],
  ])('refuses %s, changing nothing', async (_name, argv, exclude, code, stderr) => {
    const db = await round();
    if (exclude) await tandem(db, ['pair', 'exclude', 'ben@example.com', 'dora@example.com']);
    await refused(db, argv, code, stderr);
  });
});

describe('goal done --mentee <email> <text>', () => {
  async function withGoals(): Promise<string> {
    const db = await round();
    await tandem(db, ['goal', 'add', '--round', 'R', '--mentee', 'clara@example.com', 'Post a first Instagram story']);
    await tandem(db, ['goal', 'add', '--round', 'R', '--mentee', 'clara@example.com', 'Create a LinkedIn profile']);
    await tandem(db, ['goal', 'add', '--round', 'R', '--mentee', 'dora@example.com', 'Twice']);
    await tandem(db, ['goal', 'add', '--round', 'R', '--mentee', 'dora@example.com', 'twice ']);
    return db;
  }

  it('marks the goal of that tandem with that text (case and outer spaces aside), the round the current one', async () => {
    const db = await withGoals();
    const done = await tandem(db, ['goal', 'done', '--mentee', 'CLARA@example.com', ' post a first instagram story', '--date', '2026-02-20']);
    expect(done).toMatchObject({ code: 0, stderr: 'goal #1 achieved on 20 Feb 2026: Post a first Instagram story\n' });
    const json = await tandem(db, ['goal', 'done', '--mentee', 'clara@example.com', 'Create a LinkedIn profile', '--round', 'R', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 2, achievedOn: '2026-03-01' });
  });

  it.each<[string, string[], number, string]>([
    ['an unknown text', ['--mentee', 'clara@example.com', 'Learn TikTok'], 1, 'tandem: error: clara@example.com has no goal "Learn TikTok" in round R\nhint: their goals: #1 Post a first Instagram story; #2 Create a LinkedIn profile\n'],
    ['a mentor named as the mentee', ['--mentee', 'anna@example.com', 'x'], 2, 'tandem: error: anna@example.com takes part in round R as a mentor, not as a mentee\n'],
    ['two goals with that text', ['--mentee', 'dora@example.com', 'TWICE'], 1, 'tandem: error: dora@example.com has more than one goal "TWICE" in round R (#3, #4): name one by its id\n'],
    ['a date outside the round', ['--mentee', 'clara@example.com', 'Create a LinkedIn profile', '--date', '2025-12-01'], 2, 'tandem: error: --date: 2025-12-01 is outside the round (2026-01-15 – 2026-07-15)\n'],
    ['an unknown mentee', ['--mentee', 'zoe@example.com', 'x'], 1, 'tandem: error: no person with email zoe@example.com\n'],
  ])('refuses %s, changing nothing', async (_name, argv, code, stderr) => {
    const db = await withGoals();
    await refused(db, ['goal', 'done', ...argv], code, stderr);
  });

  it('refuses a mentee without goals, with a hint how to add one', async () => {
    const db = await round();
    await refused(db, ['goal', 'done', '--mentee', 'clara@example.com', 'Learn TikTok'], 1, 'tandem: error: clara@example.com has no goal "Learn TikTok" in round R\nhint: they have no goals yet; add one with tandem goal add\n');
  });

  it('refuses a goal already achieved, and a closed round', async () => {
    const db = await withGoals();
    await tandem(db, ['goal', 'done', '--mentee', 'clara@example.com', 'Create a LinkedIn profile']);
    await refused(db, ['goal', 'done', '--mentee', 'clara@example.com', 'Create a LinkedIn profile'], 1, 'tandem: error: goal #2 was already achieved on 2026-03-01\n');
    await tandem(db, ['round', 'close', 'R', '--yes']);
    await refused(db, ['goal', 'done', '--mentee', 'clara@example.com', 'Post a first Instagram story', '--round', 'R'], 1, 'tandem: error: round "R" is closed: no further sessions or matching\n');
  });
});
