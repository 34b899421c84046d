import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/**
 * Round 2026 (15 Jan – 15 Jul 2026): mentors Anna and Ben, mentees Clara and Dora, paired
 * Anna–Clara and Ben–Dora; Clara's tandem met on 2026-02-10 and 2026-02-20.
 */
async function roundWithSessions(): Promise<string> {
  const db = tempDbPath();
  const ok = async (argv: string[]) => {
    const r = await tandem(db, argv);
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  };
  await ok(['round', 'create', '2026', '--start', '2026-01-15']);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,topics\nAnna Azubi,anna@example.com,mentor,instagram\nBen Becker,ben@example.com,mentor,linkedin\n' +
      'Clara Chef,clara@example.com,mentee,instagram\nDora Dietz,dora@example.com,mentee,linkedin\n',
  );
  await ok(['participant', 'import', csv, '--round', '2026']);
  await ok(['pair', 'add', 'anna@example.com', 'clara@example.com', '--round', '2026']);
  await ok(['pair', 'add', 'ben@example.com', 'dora@example.com', '--round', '2026']);
  await ok(['session', 'log', '--round', '2026', '--mentee', 'clara@example.com', '--date', '2026-02-10', '--minutes', '60']);
  await ok(['session', 'log', '--round', '2026', '--mentee', 'clara@example.com', '--date', '2026-02-20', '--minutes', '45']);
  return db;
}

const show = async (db: string, round = '2026', today?: string) => JSON.parse((await tandem(db, ['round', 'show', round, '--json'], { today })).stdout);
const pairStates = async (db: string) =>
  (JSON.parse((await tandem(db, ['pair', 'list', '--round', '2026', '--json'])).stdout) as { mentee: { email: string }; status: string; endedOn: string | null; endReason: string | null }[]).map(
    (p) => `${p.mentee.email} ${p.status} ${p.endedOn ?? '-'} ${p.endReason ?? '-'}`,
  );

describe('round edit', () => {
  it('changes the name, dates and settings, and shows the round as stored', async () => {
    const db = await roundWithSessions();
    const edited = await tandem(db, ['round', 'edit', '2026', '--name', '2026 board', '--end', '31.07.2026', '--cadence-days', '21', '--min-sessions', '8', '--mentors-per-mentee', '2']);
    expect(edited).toMatchObject({ code: 0, stderr: 'changed round 2026 board (2026-01-15 – 2026-07-31)\n' });
    expect(await show(db, '2026 board')).toMatchObject({ name: '2026 board', startsOn: '2026-01-15', endsOn: '2026-07-31', cadenceDays: 21, minSessions: 8, mentorsPerMentee: 2 });
    const json = await tandem(db, ['round', 'edit', '2026 board', '--start', '2026-02-01', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ name: '2026 board', startsOn: '2026-02-01', counts: { sessions: 2, activePairs: 2 } });
  });

  it.each<[string, string[], number, string]>([
    ['a start after a logged session', ['--start', '2026-02-15'], 1, 'tandem: error: 1 logged session of round 2026 would lie outside 2026-02-15 – 2026-07-15; nothing was changed\nhint: list them with tandem session list --round <round>; choose dates that include them\n'],
    ['an end before the logged sessions', ['--end', '2026-02-01'], 1, 'tandem: error: 2 logged sessions of round 2026 would lie outside 2026-01-15 – 2026-02-01; nothing was changed\nhint: list them with tandem session list --round <round>; choose dates that include them\n'],
    ['an end before the start', ['--start', '2026-08-01'], 2, 'tandem: error: the end (2026-07-15) must be after the start (2026-08-01)\n'],
    ['an invalid date', ['--end', '2026-02-30'], 2, 'tandem: error: --end: "2026-02-30" is not a valid date\nhint: dates are written YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-01-15 or 15.01.2026\n'],
    ['a zero cadence', ['--cadence-days', '0'], 2, 'tandem: error: --cadence-days: "0" must be a whole number from 1 to 365\n'],
    ['an empty name', ['--name', ' '], 2, 'tandem: error: a round name must have 1 to 100 characters, not " "\n'],
    ['a taken name', ['--name', '2025'], 1, 'tandem: error: a round named "2025" already exists\n'],
    ['nothing to change', [], 2, 'tandem: error: nothing to change: give --name, --start, --end, --cadence-days, --min-sessions or --mentors-per-mentee\n'],
  ])('refuses %s, changing nothing', async (_name, argv, code, stderr) => {
    const db = await roundWithSessions();
    await tandem(db, ['round', 'create', '2025', '--start', '2025-01-15']);
    const before = snapshot(db);
    const result = await tandem(db, ['round', 'edit', '2026', ...argv]);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(code);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an unknown round (exit 1) with the known ones', async () => {
    const db = await roundWithSessions();
    const before = snapshot(db);
    const result = await tandem(db, ['round', 'edit', '2027', '--min-sessions', '3']);
    expect(result).toMatchObject({ code: 1, stderr: 'tandem: error: unknown round "2027"\nhint: known rounds: 2026\n' });
    expect(snapshot(db)).toEqual(before);
  });
});

describe('round close and round reopen', () => {
  it('asks on a terminal, then ends the active pairs as completed on the round’s end date; reopen makes them active again', async () => {
    const db = await roundWithSessions();
    await tandem(db, ['pair', 'end', 'ben@example.com', 'dora@example.com', '--round', '2026', '--reason', 'moved away'], { today: '2026-03-01' });
    const today = '2026-07-20';
    const declined = await tandem(db, ['round', 'close', '2026'], {
      tty: true,
      today,
      script: [{ kind: 'confirm', message: /^Close round 2026\? Its 1 active pair ends as completed on 15 Jul 2026; no further sessions or matching \(round reopen undoes it\)\.$/, answer: false }],
    });
    expect(declined).toMatchObject({ code: 0, stderr: 'round 2026 stays open\n' });
    expect((await show(db, '2026', today)).status).toBe('finished');

    const closed = await tandem(db, ['round', 'close', '2026'], { tty: true, today, script: [{ kind: 'confirm', message: /^Close round 2026\?/, answer: true }] });
    expect(closed).toMatchObject({ code: 0, stderr: 'closed round 2026: 1 active pair completed\n' });
    expect(await pairStates(db)).toEqual(['clara@example.com ended 2026-07-15 completed', 'dora@example.com ended 2026-03-01 moved away']);
    expect((await show(db)).status).toBe('closed');
    const report = JSON.parse((await tandem(db, ['round', 'report', '2026', '--json'], { today })).stdout);
    expect(report.counts).toMatchObject({ activePairs: 0, endedPairs: 2 });

    const reopened = await tandem(db, ['round', 'reopen', '2026', '--json'], { today });
    expect(reopened.code).toBe(0);
    expect(JSON.parse(reopened.stdout)).toEqual({ round: '2026', reactivatedPairs: 1 });
    // only the pair the close completed is active again; the one ended by hand stays ended
    expect(await pairStates(db)).toEqual(['clara@example.com active - -', 'dora@example.com ended 2026-03-01 moved away']);
    expect((await show(db, '2026', today)).status).toBe('finished');
  });

  it('closed early, pairs end today; --yes closes without asking', async () => {
    const db = await roundWithSessions();
    const closed = await tandem(db, ['round', 'close', '2026', '--yes', '--json'], { today: '2026-04-01' });
    expect(JSON.parse(closed.stdout)).toEqual({ round: '2026', completedPairs: 2 });
    expect(await pairStates(db)).toEqual(['clara@example.com ended 2026-04-01 completed', 'dora@example.com ended 2026-04-01 completed']);
  });

  it.each<[string, string[], { tty?: boolean; close?: boolean }, number, string]>([
    ['close without a terminal and without --yes', ['round', 'close', '2026'], {}, 2, 'tandem: error: this needs an answer, but stdin is not a terminal\nhint: answer with --yes\n'],
    ['close of a closed round', ['round', 'close', '2026', '--yes'], { close: true }, 1, 'tandem: error: round "2026" is already closed\n'],
    ['close of an unknown round', ['round', 'close', '2030', '--yes'], {}, 1, 'tandem: error: unknown round "2030"\nhint: known rounds: 2026\n'],
    ['reopen of an open round', ['round', 'reopen', '2026'], {}, 1, 'tandem: error: round "2026" is not closed\n'],
    ['reopen of an unknown round', ['round', 'reopen', '2030'], { close: true }, 1, 'tandem: error: unknown round "2030"\nhint: known rounds: 2026\n'],
  ])('refuses %s, changing nothing', async (_name, argv, setup, code, stderr) => {
    const db = await roundWithSessions();
    if (setup.close) await tandem(db, ['round', 'close', '2026', '--yes']);
    const before = snapshot(db);
    const result = await tandem(db, argv);
    expect(result.stderr.split('\n')[0]).toBe(stderr.split('\n')[0]);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(code);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('round create --from [--role]', () => {
  it('copies only the mentees with --role mentee, leaves out forgotten people and says how many', async () => {
    const db = await roundWithSessions();
    await tandem(db, ['person', 'forget', 'dora@example.com', '--yes']);
    const created = await tandem(db, ['round', 'create', '2027', '--start', '2027-01-14', '--from', '2026', '--role', 'mentee']);
    expect(created).toMatchObject({ code: 0, stderr: 'created round 2027 (2027-01-14 – 2027-07-14)\ncopied 1 participant from round 2026; 1 forgotten person left out\n' });
    const listed = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2027', '--json'])).stdout) as { email: string; role: string }[];
    expect(listed.map((p) => `${p.email} ${p.role}`)).toEqual(['clara@example.com mentee']);
    const all = await tandem(db, ['round', 'create', '2028', '--start', '2028-01-13', '--from', '2026', '--json']);
    expect(JSON.parse(all.stdout)).toMatchObject({ name: '2028', copied: { participants: 3, forgotten: 1 }, counts: { mentors: 2, mentees: 1 } });
  });

  it.each<[string, string[], number, string]>([
    ['an unknown role', ['--from', '2026', '--role', 'boss'], 2, 'tandem: error: --role: '],
    ['--role without --from', ['--role', 'mentee'], 2, 'tandem: error: --role chooses whom --from copies: give --from <round> too\n'],
    ['an unknown --from round', ['--from', '2020', '--role', 'mentee'], 1, 'tandem: error: unknown round "2020"\nhint: known rounds: 2026\n'],
  ])('refuses %s, changing nothing', async (_name, argv, code, stderr) => {
    const db = await roundWithSessions();
    const before = snapshot(db);
    const result = await tandem(db, ['round', 'create', '2027', '--start', '2027-01-14', ...argv]);
    expect(result.stderr.startsWith(stderr)).toBe(true);
    expect(result.code).toBe(code);
    expect(snapshot(db)).toEqual(before);
  });
});
