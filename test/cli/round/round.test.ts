import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

const ROUND_KEYS = ['id', 'name', 'startsOn', 'endsOn', 'status', 'cadenceDays', 'minSessions', 'mentorsPerMentee', 'counts'];

describe('round create|list|show|close', () => {
  it('creates a round with the SPEC defaults and shows it as JSON', async () => {
    const db = tempDbPath();
    const created = await tandem(db, ['round', 'create', '2026', '--start', '2026-01-15']);
    expect(created).toMatchObject({ code: 0, stdout: '' });
    expect(created.stderr).toContain('created round 2026');
    const shown = await tandem(db, ['round', 'show', '2026', '--json']);
    expect(shown.code).toBe(0);
    const round = JSON.parse(shown.stdout);
    for (const key of ROUND_KEYS) expect(round).toHaveProperty(key);
    expect(round).toMatchObject({
      name: '2026',
      startsOn: '2026-01-15',
      endsOn: '2026-07-15',
      status: 'running',
      cadenceDays: 14,
      minSessions: 6,
      mentorsPerMentee: 1,
      counts: { mentors: 0, mentees: 0, activePairs: 0, sessions: 0 },
    });
  });

  it('refuses a second round of the same name with exit 1 and changes nothing', async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const again = await tandem(db, ['round', 'create', '2026', '--start', '2027-01-01']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('tandem: error: a round named "2026" already exists\n');
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    [['--start', '2026-02-30'], 2, 'tandem: error: --start: "2026-02-30" is not a valid date'],
    [['--start', '2026-01-15', '--end', '2026-01-15'], 2, 'the end (2026-01-15) must be after the start (2026-01-15)'],
    [['--start', '2026-01-15', '--end', '2026-06-01', '--months', '3'], 2, 'give either --end or --months, not both'],
    [['--start', '2026-01-15', '--cadence-days', '0'], 2, '--cadence-days: "0" must be a whole number from 1 to 365'],
    [['--start', '2026-01-15', '--mentors-per-mentee', 'two'], 2, '--mentors-per-mentee: "two" must be a whole number'],
    [['--start', '2026-01-15', '--from', 'nope'], 1, 'unknown round "nope"'],
    [[], 2, "required option '--start <date>' not specified"],
  ])('round create %j exits %i: %s', async (args, code, message) => {
    const db = tempDbPath();
    const result = await tandem(db, ['round', 'create', 'R', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stderr.split('\n')[0]).toMatch(/^tandem: error: /);
    expect(result.stdout).toBe('');
    expect(snapshot(db)).toBeNull();
  });

  it('takes --end and --months and computes the status from TANDEM_TODAY', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'A', '--start', '2026-08-31', '--months', '6']);
    await tandem(db, ['round', 'create', 'B', '--start', '2025-01-01', '--end', '2025-06-30']);
    const list = JSON.parse((await tandem(db, ['round', 'list', '--json'])).stdout);
    expect(list.map((r: { name: string; endsOn: string; status: string }) => [r.name, r.endsOn, r.status])).toEqual([
      ['B', '2025-06-30', 'finished'],
      ['A', '2027-02-28', 'planned'],
    ]);
  });

  it('--from copies the settings and participants of an earlier round', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', '2026', '--start', '2026-01-15', '--cadence-days', '21', '--mentors-per-mentee', '2']);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Lena', '--email', 'lena@example.com', '--role', 'mentor', '--topics', 'instagram']);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Klaus', '--email', 'klaus@example.com', '--role', 'mentee']);
    const next = await tandem(db, ['round', 'create', '2027', '--start', '2027-01-14', '--from', '2026', '--json']);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toMatchObject({ cadenceDays: 21, mentorsPerMentee: 2, counts: { mentors: 1, mentees: 1 } });
    const people = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2027', '--json'])).stdout);
    expect(people.map((p: { email: string; topics: string[]; capacity: number }) => [p.email, p.topics, p.capacity])).toEqual([
      ['lena@example.com', ['instagram'], 1],
      ['klaus@example.com', [], 2],
    ]);
  });

  it('lists rounds as a table and closes one', async () => {
    const db = tempDbPath();
    await withRound(db);
    const table = await tandem(db, ['round', 'list']);
    expect(table.stdout).toMatch(/│ 2026\s+│ 15 Jan 2026 │ 15 Jul 2026 │ running/);
    expect(table.stdout).not.toMatch(/\u001b\[/);
    expect((await tandem(db, ['round', 'close', '2026', '--yes'])).code).toBe(0);
    expect(JSON.parse((await tandem(db, ['round', 'show', '2026', '--json'])).stdout).status).toBe('closed');
    const before = snapshot(db);
    const again = await tandem(db, ['round', 'close', '2026']);
    expect(again).toMatchObject({ code: 1, stderr: 'tandem: error: round "2026" is already closed\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it('finds a round by numeric id and lists known rounds when one is unknown', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect(JSON.parse((await tandem(db, ['round', 'show', '1', '--json'])).stdout).name).toBe('2026');
    const missing = await tandem(db, ['round', 'show', '2030']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('tandem: error: unknown round "2030"\nhint: known rounds: 2026\n');
  });

  it('reads a missing database as empty without creating it', async () => {
    const db = tempDbPath();
    const list = await tandem(db, ['round', 'list', '--json']);
    expect(list).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(snapshot(db)).toBeNull();
  });
});
