import { describe, expect, it } from 'vitest';
import { compareRounds } from '../../../../src/core/report/compare.js';
import { dayNumber } from '../../../../src/core/report/staleness.js';
import { sessionsPerWeek } from '../../../../src/core/report/weekly.js';

describe('sessionsPerWeek', () => {
  it('has one bucket per week of the round, counted from the start day', () => {
    const weeks = sessionsPerWeek({ startsOn: '2026-01-15', endsOn: '2026-07-15' }, [
      { date: '2026-01-15', sessions: 2, minutes: 90 },
      { date: '2026-01-21', sessions: 1, minutes: 30 },
      { date: '2026-01-22', sessions: 1, minutes: 60 },
      { date: '2026-07-15', sessions: 1, minutes: 10 },
    ]);
    expect(weeks).toHaveLength(26);
    expect(weeks[0]).toEqual({ week: 1, startsOn: '2026-01-15', sessions: 3, minutes: 120 });
    expect(weeks[1]).toEqual({ week: 2, startsOn: '2026-01-22', sessions: 1, minutes: 60 });
    expect(weeks[25]).toMatchObject({ week: 26, sessions: 1 });
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-03-29', 20541],
    ['2026-03-30', 20542],
  ])('%s is day %i', (date, n) => expect(dayNumber(date)).toBe(n));
});

describe('compareRounds', () => {
  it('derives sessions per tandem and hours with one decimal, null without tandems', () => {
    const base = { round: { name: 'R', startsOn: '2026-01-15', endsOn: '2026-07-15', status: 'running' as const }, mentors: 1, mentees: 1, pairs: 1, goalsSet: 0, goalsAchieved: 0, survey: null };
    const [a, b] = compareRounds([
      { ...base, tandems: 3, sessions: 10, minutes: 125 },
      { ...base, tandems: 0, sessions: 0, minutes: 0 },
    ]);
    expect(a).toMatchObject({ sessionsPerTandem: 3.3, hours: 2.1, recommendPercent: null, nps: null, survey: null });
    expect(b!.sessionsPerTandem).toBeNull();
  });
});
