import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { buildReportFixture } from '../../helpers/round-fixture.js';
import { forgetPerson } from '../../../src/db/person-data.js';
import { openDatabase } from '../../../src/db/open.js';
import { getPerson } from '../../../src/db/people.js';
import { withDb } from '../../helpers/round-fixture.js';

const TODAY = '2026-04-15';

/** `round report --json` of the fixture, with TANDEM_TODAY after every fixture date. */
async function reportJson(db: string, args: string[] = []) {
  const result = await tandem(db, ['round', 'report', '2026', '--json', ...args], { today: TODAY });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('round report --json on the hand-computed fixture', () => {
  it('equals the expected document as of 2026-03-01', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    // Worked out by hand from test/helpers/round-fixture.ts:
    // - Emil's pair starts 10 March: not counted, so Emil and Lena are unmatched; Dora's
    //   pair ended 20 Feb: one ended pair, Dora and Paul unmatched, Dora not listed;
    // - Anna's session of 5 March and her goal achieved 3 March are after the as-of date;
    // - Clara's team session counts once (not once per mentor): 2 sessions, 150 minutes;
    // - stale (21 days): Bernd (never met, pair since 1 Feb: 28 days), Clara (last 5 Feb:
    //   24 days); Anna's last session was 24 Feb (5 days);
    // - round-wide counts include Dora's session (45 min) and goal: 6 sessions, 330 min.
    expect(await reportJson(db, ['--as-of', '2026-03-01'])).toEqual({
      round: { name: '2026', startsOn: '2026-01-15', endsOn: '2026-07-15', status: 'running', week: 7, weeks: 26 },
      asOf: '2026-03-01',
      staleDays: 21,
      // 45 of the round's 181 days are over: too early to check the minimum.
      minSessions: 6,
      sessionsExpected: null,
      counts: {
        mentors: 7,
        mentees: 5,
        activePairs: 4,
        endedPairs: 1,
        unmatchedMentors: 3,
        unmatchedMentees: 2,
        sessions: 6,
        minutes: 330,
      },
      tandems: [
        {
          mentee: { name: 'Anna Arendt', email: 'anna@example.com' },
          mentors: [{ name: 'Mia Maier', email: 'mia@example.com', reasons: [], why: [] }],
          sessions: 3,
          minutes: 135,
          lastSession: '2026-02-24',
          stale: false,
          belowMinimum: false,
          sessionsNeeded: null,
          goals: { set: 3, achieved: 1 },
        },
        {
          mentee: { name: 'Bernd Bauer', email: 'bernd@example.com' },
          mentors: [{ name: 'Gustav Gans', email: 'gustav@example.com', reasons: [], why: [] }],
          sessions: 0,
          minutes: 0,
          lastSession: null,
          stale: true,
          belowMinimum: false,
          sessionsNeeded: null,
          goals: { set: 1, achieved: 0 },
        },
        {
          mentee: { name: 'Clara Chef', email: 'clara@example.com' },
          mentors: [
            { name: 'Max Meier', email: 'max@example.com', reasons: [], why: [] },
            { name: 'Nora Neumann', email: 'nora@example.com', reasons: [], why: [] },
          ],
          sessions: 2,
          minutes: 150,
          lastSession: '2026-02-05',
          stale: true,
          belowMinimum: false,
          sessionsNeeded: null,
          goals: { set: 1, achieved: 1 },
        },
      ],
      topics: [
        { topic: 'instagram', label: 'instagram', sessions: 3 },
        { topic: 'snapchat', label: 'snapchat', sessions: 2 },
        { topic: 'homepage', label: 'homepage', sessions: 1 },
        { topic: 'linkedin', label: 'linkedin', sessions: 1 },
        { topic: 'stories', label: 'stories', sessions: 1 },
      ],
      goals: {
        set: 6,
        achieved: 3,
        achievements: [
          { date: '2026-02-15', mentee: 'Dora Direktor', goal: 'Build a homepage' },
          { date: '2026-02-12', mentee: 'Clara Chef', goal: 'Keep a Snapchat streak for a week' },
          { date: '2026-01-28', mentee: 'Anna Arendt', goal: 'Post a first Instagram story' },
        ],
      },
      highlights: [
        { date: '2026-02-24', text: 'LinkedIn profile live' },
        { date: '2026-02-05', text: 'Snapchat streak with Nora' },
        { date: '2026-01-20', text: 'Anna posted her first story' },
      ],
      survey: null,
    });
  });

  it('counts everything up to today without --as-of (TANDEM_TODAY)', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const report = await reportJson(db);
    expect(report.asOf).toBe(TODAY);
    // Emil's pair (10 March) is active now; Anna's fourth session and second goal count.
    expect(report.counts).toEqual({
      mentors: 7,
      mentees: 5,
      activePairs: 5,
      endedPairs: 1,
      unmatchedMentors: 2,
      unmatchedMentees: 1,
      sessions: 7,
      minutes: 390,
    });
    expect(report.tandems.map((t: { mentee: { name: string } }) => t.mentee.name)).toEqual(['Anna Arendt', 'Bernd Bauer', 'Clara Chef', 'Emil Ende']);
    expect(report.tandems[0]).toMatchObject({ sessions: 4, minutes: 195, lastSession: '2026-03-05', goals: { set: 3, achieved: 2 } });
    expect(report.highlights[0]).toEqual({ date: '2026-03-05', text: 'after the as-of date' });
  });

  it('keeps the SPEC §5 keys in order', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const report = await reportJson(db, ['--as-of', '2026-03-01']);
    expect(Object.keys(report)).toEqual(['round', 'asOf', 'staleDays', 'minSessions', 'sessionsExpected', 'counts', 'tandems', 'topics', 'goals', 'highlights', 'survey']);
    expect(Object.keys(report.tandems[0])).toEqual(['mentee', 'mentors', 'sessions', 'minutes', 'lastSession', 'stale', 'belowMinimum', 'sessionsNeeded', 'goals']);
  });

  // Clara's last session was 5 Feb; Bernd never met and his pair began 1 Feb.
  it.each([
    ['2026-02-26', 21, { clara: false, bernd: true }],
    ['2026-02-27', 21, { clara: true, bernd: true }],
    ['2026-02-22', 21, { clara: false, bernd: false }],
    ['2026-02-23', 21, { clara: false, bernd: true }],
    ['2026-03-01', 24, { clara: false, bernd: true }],
    ['2026-03-01', 23, { clara: true, bernd: true }],
    ['2026-03-01', 28, { clara: false, bernd: false }],
    ['2026-03-01', 27, { clara: false, bernd: true }],
    ['2026-02-05', 0, { clara: false, bernd: true }],
  ])('as of %s with --stale-days %i: %j', async (asOf, days, expected) => {
    const db = tempDbPath();
    buildReportFixture(db);
    const report = await reportJson(db, ['--as-of', asOf, '--stale-days', String(days)]);
    const stale = (email: string) => report.tandems.find((t: { mentee: { email: string } }) => t.mentee.email === email).stale;
    expect({ clara: stale('clara@example.com'), bernd: stale('bernd@example.com') }).toEqual(expected);
  });

  it('--stale-only keeps only the stale tandems and leaves the counts whole', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const report = await reportJson(db, ['--as-of', '2026-03-01', '--stale-only']);
    expect(report.tandems.map((t: { mentee: { name: string } }) => t.mentee.name)).toEqual(['Bernd Bauer', 'Clara Chef']);
    expect(report.counts.activePairs).toBe(4);
  });

  it('shows a forgotten person with null name and email', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    withDb(db, (d) => forgetPerson(d, getPerson(d, 'gustav@example.com'), '2026-03-02'));
    // As person forget does, the scrub after the commit (opening finishes it; else the report's open would, and say so).
    openDatabase(db, { write: true, busyTimeoutMs: 1000 }).close();
    const report = await reportJson(db, ['--as-of', '2026-03-01']);
    expect(report.tandems[1]).toMatchObject({ mentee: { name: 'Bernd Bauer' }, mentors: [{ name: null, email: null }] });
  });

  it.each([
    [['--as-of', '2026-02-30'], 'tandem: error: --as-of: "2026-02-30" is not a valid date'],
    [['--stale-days', '-1'], 'tandem: error: --stale-days: "-1" must be a whole number from 0 to 3650'],
    [['--format', 'pdf'], 'tandem: error: unknown format "pdf" (expected table, md, html, json, csv, xlsx)'],
  ])('rejects %j with exit 2', async (args, message) => {
    const db = tempDbPath();
    buildReportFixture(db);
    const result = await tandem(db, ['round', 'report', '2026', ...args], { today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stdout).toBe('');
  });

  it('--json with another --format is a usage error', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const result = await tandem(db, ['round', 'report', '2026', '--json', '--format', 'md'], { today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--json and --format md contradict each other');
  });

  it('an unknown round is exit 1', async () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const result = await tandem(db, ['round', 'report', '2025', '--json'], { today: TODAY });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown round "2025"');
  });
});
