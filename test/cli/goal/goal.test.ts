import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';
import { closeRound } from '../../../src/db/rounds.js';

/** Round 2026: mentees Anna (paired with Mia) and Bernd (no pair yet), mentor Mia. Today 2026-03-01. */
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d).person('mia', 'Mia Maier', 'mentor').person('anna', 'Anna Arendt', 'mentee').person('bernd', 'Bernd Bauer', 'mentee').pair('mia', 'anna');
  });
  return db;
}

async function goals(db: string, ...args: string[]) {
  const result = await tandem(db, ['goal', 'list', '--round', '2026', '--json', ...args]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('goal add|done|list|remove', () => {
  it('adds a goal, marks it done and lists it with the SPEC keys', async () => {
    const db = fixture();
    const added = await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'Post a first Instagram story', '--topic', '#Instagram']);
    expect(added).toEqual({ code: 0, stdout: '', stderr: 'added goal #1: Post a first Instagram story\n' });
    expect(await goals(db)).toEqual([
      { id: 1, mentee: { name: 'Anna Arendt', email: 'anna@example.com' }, text: 'Post a first Instagram story', topic: 'instagram', achievedOn: null },
    ]);
    const done = await tandem(db, ['goal', 'done', '1', '--date', '2026-02-20']);
    expect(done).toEqual({ code: 0, stdout: '', stderr: 'goal #1 achieved on 20 Feb 2026: Post a first Instagram story\n' });
    expect((await goals(db))[0].achievedOn).toBe('2026-02-20');
    expect(await goals(db, '--open')).toEqual([]);
  });

  it('a goal may be set for a mentee who has no pair yet; done defaults to today', async () => {
    const db = fixture();
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'bernd@example.com', 'Create a Twitter account', '-q']);
    const done = await tandem(db, ['goal', 'done', '1', '--json']);
    expect(JSON.parse(done.stdout)).toMatchObject({ id: 1, achievedOn: '2026-03-01', topic: null });
  });

  it('lists by mentee, one mentee with --mentee, open ones with --open; a table without --json', async () => {
    const db = fixture();
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'bernd@example.com', 'B1', '-q']);
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'A1', '-q']);
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'A2', '-q']);
    await tandem(db, ['goal', 'done', '2', '-q']);
    expect((await goals(db)).map((g: { text: string }) => g.text)).toEqual(['A1', 'A2', 'B1']);
    expect((await goals(db, '--mentee', 'anna@example.com', '--open')).map((g: { text: string }) => g.text)).toEqual(['A2']);
    const table = await tandem(db, ['goal', 'list', '--round', '2026']);
    expect(table.stdout).toMatch(/A1.*1 Mar 2026/);
    expect(table.stdout).toMatch(/A2.*open/);
  });

  it('removes a goal', async () => {
    const db = fixture();
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'A1', '-q']);
    expect(await tandem(db, ['goal', 'remove', '1'])).toEqual({ code: 0, stdout: '', stderr: 'removed goal #1: A1\n' });
    expect(await goals(db)).toEqual([]);
  });

  it.each([
    [['goal', 'add', '--round', '2026', '--mentee', 'mia@example.com', 'x'], 2, 'tandem: error: mia@example.com takes part in round 2026 as a mentor, not as a mentee'],
    [['goal', 'add', '--round', '2026', '--mentee', 'nobody@example.com', 'x'], 1, 'tandem: error: no person with email nobody@example.com'],
    [['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', '   '], 2, 'tandem: error: the goal text is empty'],
    [['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'x'.repeat(501)], 2, 'tandem: error: Goal: is longer than 500 characters'],
    [['goal', 'done', '9'], 1, 'tandem: error: no goal with id 9'],
    [['goal', 'done', 'abc'], 2, 'tandem: error: "abc" is not a goal id (a whole number, see goal list)'],
    [['goal', 'done', '1', '--date', '2026-03-02'], 2, 'tandem: error: --date: 2026-03-02 is in the future (today is 2026-03-01)'],
    [['goal', 'done', '1', '--date', '2026-01-01'], 2, 'tandem: error: --date: 2026-01-01 is outside the round (2026-01-15 – 2026-07-15)'],
    [['goal', 'done', '2'], 1, 'tandem: error: goal #2 was already achieved on 2026-02-01'],
    [['goal', 'remove', '9'], 1, 'tandem: error: no goal with id 9'],
  ])('%j fails with exit %i and changes nothing', async (args, code, message) => {
    const db = fixture();
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'G1', '-q']);
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'G2', '-q']);
    await tandem(db, ['goal', 'done', '2', '--date', '2026-02-01', '-q']);
    const before = snapshot(db);
    const result = await tandem(db, args);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('a closed round refuses goal changes (exit 1) but lists them', async () => {
    const db = fixture();
    await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'G1', '-q']);
    withDb(db, (d) => closeRound(d, 1, '2026-02-28'));
    const before = snapshot(db);
    for (const args of [['goal', 'done', '1'], ['goal', 'remove', '1'], ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'G2']]) {
      const result = await tandem(db, args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('tandem: error: round "2026" is closed: no further sessions or matching\n');
    }
    expect(snapshot(db)).toEqual(before);
    expect(await goals(db)).toHaveLength(1);
  });
});

describe('goal import', () => {
  const CSV = [
    'mentee_email,goal,topic,achieved_on',
    'anna@example.com,Post a first Instagram story,#Instagram,2026-02-01',
    'anna@example.com,Create a LinkedIn profile,linkedin,',
    'bernd@example.com,Try an online application tool,,',
  ].join('\n');

  it('imports goals; re-importing adds nothing; an achieved_on for an open goal marks it done', async () => {
    const db = fixture();
    const first = await tandem(db, ['goal', 'import', writeTemp('goals.csv', CSV), '--round', '2026']);
    expect(first).toEqual({ code: 0, stdout: '', stderr: '3 added, 0 updated, 0 skipped\n' });
    const before = snapshot(db);
    const again = await tandem(db, ['goal', 'import', writeTemp('goals.csv', CSV), '--round', '2026', '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, updated: 0, skipped: 3 });
    expect(snapshot(db)).toEqual(before);

    const update = 'mentee_email,goal,achieved_on\nanna@example.com,create a  linkedin profile,2026-02-20\nanna@example.com,Post a first Instagram story,2026-02-25\n';
    const third = await tandem(db, ['goal', 'import', writeTemp('goals.csv', update), '--round', '2026', '--json']);
    expect(JSON.parse(third.stdout)).toEqual({ added: 0, updated: 1, skipped: 1 });
    const list = await goals(db);
    expect(list.map((g: { text: string; achievedOn: string | null; topic: string | null }) => [g.text, g.topic, g.achievedOn])).toEqual([
      ['Post a first Instagram story', 'instagram', '2026-02-01'],
      ['Create a LinkedIn profile', 'linkedin', '2026-02-20'],
      ['Try an online application tool', null, null],
    ]);
  });

  it('is all or nothing with line-numbered errors', async () => {
    const db = fixture();
    const before = snapshot(db);
    const csv = 'mentee_email,goal,achieved_on\nanna@example.com,ok,\nmia@example.com,x,\nanna@example.com,,2026-03-09\nanna@example.com,y,someday\n';
    const result = await tandem(db, ['goal', 'import', writeTemp('g.csv', csv), '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      [
        'tandem: error: g.csv: 4 errors; nothing was imported',
        'g.csv:3: mentee_email: mia@example.com takes part in round 2026 as a mentor, not as a mentee',
        'g.csv:4: goal: is required',
        'g.csv:4: achieved_on: 2026-03-09 is in the future (today is 2026-03-01)',
        'g.csv:5: achieved_on: "someday" is not a valid date (YYYY-MM-DD or DD.MM.YYYY)',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toEqual(before);
  });
});
