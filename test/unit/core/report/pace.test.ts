import { describe, expect, it } from 'vitest';
import { defaultStaleDays, minimumStanding, sessionsExpected } from '../../../../src/core/report/pace.js';

const round = { startsOn: '2026-01-01', endsOn: '2026-05-01', minSessions: 4 }; // 120 days

describe('pace (SPEC §5)', () => {
  it.each([
    [14, 21],
    [10, 15],
    [7, 11],
    [1, 2],
  ])('cadence %i days: stale after %i', (cadence, days) => expect(defaultStaleDays(cadence)).toBe(days));

  it.each([
    ['2025-12-20', null],
    ['2026-03-01', null],
    ['2026-03-02', 2],
    ['2026-04-01', 3],
    ['2026-04-30', 3],
    ['2026-05-01', 4],
    ['2026-09-01', 4],
  ])('as of %s a tandem should have had %j sessions', (asOf, expected) => expect(sessionsExpected(round, asOf)).toBe(expected));

  it.each([
    [0, null, { belowMinimum: false, sessionsNeeded: null }],
    [1, 2, { belowMinimum: true, sessionsNeeded: 3 }],
    [2, 2, { belowMinimum: false, sessionsNeeded: null }],
    [5, 4, { belowMinimum: false, sessionsNeeded: null }],
  ])('%i sessions against %j expected', (sessions, expected, standing) => expect(minimumStanding(sessions, expected, 4)).toEqual(standing));
});
