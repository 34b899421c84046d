import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

const lena = ['--name', 'Lena Vogel', '--email', 'Lena.Vogel@example.com', '--role', 'mentor'];

describe('participant add|list|remove', () => {
  it('adds a participant with normalised topics and the role’s default capacity', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', '2026', '--start', '2026-01-15', '--mentors-per-mentee', '2']);
    const added = await tandem(db, ['participant', 'add', '--round', '2026', ...lena, '--topics', '#Instagram, Hashtags', '--languages', 'de,EN']);
    expect(added).toMatchObject({ code: 0, stderr: 'added Lena Vogel as mentor to round 2026\n' });
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Klaus', '--email', 'k@example.com', '--role', 'mentee', '--manager', 'ceo@example.com']);
    const list = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--json'])).stdout);
    expect(list).toEqual([
      { name: 'Lena Vogel', email: 'lena.vogel@example.com', role: 'mentor', department: null, location: null, managerEmail: null, topics: ['instagram', 'hashtags'], capacity: 1, languages: ['de', 'en'] },
      { name: 'Klaus', email: 'k@example.com', role: 'mentee', department: null, location: null, managerEmail: 'ceo@example.com', topics: [], capacity: 2, languages: [] },
    ]);
    const mentors = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--role', 'mentor', '--json'])).stdout);
    expect(mentors).toHaveLength(1);
  });

  it.each([
    [['--role', 'boss'], 2, '--role: unknown role "boss" (expected mentor or mentee)'],
    [['--email', 'not-an-email'], 2, '--email: "not-an-email" is not a valid email address'],
    [['--capacity', '0'], 2, '--capacity: "0" must be a whole number from 1 to 50'],
    [['--manager', 'lena.vogel@example.com'], 2, 'a person cannot be their own manager'],
    [['--round', 'nope'], 1, 'unknown round "nope"'],
  ])('participant add with %j exits %i', async (args, code, message) => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const result = await tandem(db, ['participant', 'add', '--round', '2026', ...lena, ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(`tandem: error: ${message}`);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses the same person twice in a round with exit 1', async () => {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['participant', 'add', '--round', '2026', ...lena]);
    const before = snapshot(db);
    const again = await tandem(db, ['participant', 'add', '--round', '2026', ...lena]);
    expect(again).toMatchObject({ code: 1, stderr: 'tandem: error: lena.vogel@example.com already takes part in round 2026 as mentor\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses to add to a closed round', async () => {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['round', 'close', '2026', '--yes']);
    const result = await tandem(db, ['participant', 'add', '--round', '2026', ...lena]);
    expect(result).toMatchObject({ code: 1, stderr: 'tandem: error: round "2026" is closed: no further sessions or matching\n' });
  });

  it('removes a participant; refuses while paired unless --force, which ends the pair', async () => {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['participant', 'add', '--round', '2026', ...lena]);
    await tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Klaus', '--email', 'k@example.com', '--role', 'mentee']);
    const { openDatabase } = await import('../../../src/db/open.js');
    const handle = openDatabase(db, { write: true, busyTimeoutMs: 1000 });
    handle.prepare(`INSERT INTO pair (round_id, mentor_id, mentee_id, since) VALUES (1, 1, 2, '2026-01-15')`).run();
    handle.close();

    const before = snapshot(db);
    const refused = await tandem(db, ['participant', 'remove', 'k@example.com', '--round', '2026']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'tandem: error: k@example.com is in 1 active pair\nhint: end the pair first, or pass --force to end it and remove the participant\n',
    );
    expect(snapshot(db)).toEqual(before);

    const forced = await tandem(db, ['participant', 'remove', 'k@example.com', '--round', '2026', '--force']);
    expect(forced).toMatchObject({ code: 0, stderr: 'removed k@example.com from round 2026 (1 pair ended)\n' });
    const round = JSON.parse((await tandem(db, ['round', 'show', '2026', '--json'])).stdout);
    expect(round.counts).toMatchObject({ mentees: 0, activePairs: 0 });
    const notThere = await tandem(db, ['participant', 'remove', 'k@example.com', '--round', '2026']);
    expect(notThere).toMatchObject({ code: 1, stderr: 'tandem: error: k@example.com does not take part in round 2026\n' });
  });
});
