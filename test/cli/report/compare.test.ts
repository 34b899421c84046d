import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';
import { getRound } from '../../../src/db/rounds.js';
import { insertResponse, insertSurvey } from '../../../src/db/surveys.js';
import { STANDARD_QUESTIONS } from '../../../src/core/survey/questions.js';

/**
 * Round 2025 (finished): 2 mentors, 2 mentees, 2 pairs (one ended), 3 sessions of 60,
 * 90 and 30 minutes, 2 goals (1 achieved), a survey with 6 responses (5 would recommend;
 * NPS: 3 promoters, 2 passives, 1 detractor = 33).
 * Round 2026 (running): 3 mentors, 1 mentee with a team of two, 1 session of 45 min,
 * no goals, no survey. Round 2024: a survey with 3 responses (suppressed).
 */
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d, { name: '2025', startsOn: '2025-01-15', endsOn: '2025-07-15' })
      .person('mia', 'Mia', 'mentor')
      .person('max', 'Max', 'mentor')
      .person('anna', 'Anna', 'mentee')
      .person('bernd', 'Bernd', 'mentee')
      .pair('mia', 'anna', '2025-01-15')
      .pair('max', 'bernd', '2025-01-15', { on: '2025-03-01', reason: 'left' })
      .session('anna', ['mia'], '2025-02-01', 60)
      .session('anna', ['mia'], '2025-03-01', 90)
      .session('bernd', ['max'], '2025-02-10', 30)
      .goal('anna', 'A', '2025-03-01')
      .goal('bernd', 'B');
    const survey = insertSurvey(d, getRound(d, '2025'), 'final', STANDARD_QUESTIONS);
    const nps = [10, 9, 9, 8, 7, 3];
    nps.forEach((score, i) => insertResponse(d, survey.id, { role: i % 2 ? 'mentor' : 'mentee', answers: { recommend: i < 5, nps: score } }));
    new RoundBuilder(d, { name: '2026' })
      .person('mia', 'Mia', 'mentor')
      .person('max', 'Max', 'mentor')
      .person('nora', 'Nora', 'mentor')
      .person('clara', 'Clara', 'mentee')
      .pair('mia', 'clara')
      .pair('max', 'clara')
      .session('clara', ['mia', 'max'], '2026-02-01', 45);
    new RoundBuilder(d, { name: '2024', startsOn: '2024-01-15', endsOn: '2024-07-15' }).person('mia', 'Mia', 'mentor');
    const small = insertSurvey(d, getRound(d, '2024'), 'final', STANDARD_QUESTIONS);
    for (let i = 0; i < 3; i++) insertResponse(d, small.id, { role: 'mentee', answers: { recommend: true, nps: 10 } });
  });
  return db;
}

describe('round compare', () => {
  it('puts the rounds side by side as JSON, in the order given', async () => {
    const db = fixture();
    const result = await tandem(db, ['round', 'compare', '2025', '2026', '2024', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        round: { name: '2025', startsOn: '2025-01-15', endsOn: '2025-07-15', status: 'finished' },
        participants: { mentors: 2, mentees: 2, total: 4 },
        pairs: 2,
        tandems: 2,
        sessions: 3,
        sessionsPerTandem: 1.5,
        hours: 3,
        goals: { set: 2, achieved: 1 },
        recommendPercent: 83,
        nps: 33,
        survey: { name: 'final', responses: 6, suppressed: false },
      },
      {
        round: { name: '2026', startsOn: '2026-01-15', endsOn: '2026-07-15', status: 'running' },
        participants: { mentors: 3, mentees: 1, total: 4 },
        pairs: 2,
        tandems: 1,
        sessions: 1,
        sessionsPerTandem: 1,
        hours: 0.8,
        goals: { set: 0, achieved: 0 },
        recommendPercent: null,
        nps: null,
        survey: null,
      },
      {
        round: { name: '2024', startsOn: '2024-01-15', endsOn: '2024-07-15', status: 'finished' },
        participants: { mentors: 1, mentees: 0, total: 1 },
        pairs: 0,
        tandems: 0,
        sessions: 0,
        sessionsPerTandem: null,
        hours: 0,
        goals: { set: 0, achieved: 0 },
        recommendPercent: null,
        nps: null,
        survey: { name: 'final', responses: null, suppressed: true },
      },
    ]);
  });

  it('prints a table with one column per round', async () => {
    const db = fixture();
    const result = await tandem(db, ['round', 'compare', '2025', '2026', '2024']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[1]).toMatch(/│ +│ 2025 +│ 2026 +│ 2024 +│/);
    expect(result.stdout).toMatch(/│ Sessions per tandem +│ 1\.5 +│ 1 +│ – +│/);
    expect(result.stdout).toMatch(/│ Would recommend +│ 83 % +│ no survey +│ too few responses +│/);
    expect(result.stdout).toMatch(/│ NPS +│ 33 +│/);
  });

  it.each([
    [['round', 'compare', '2025'], 2, 'tandem: error: name at least two rounds to compare'],
    [['round', 'compare', '2025', '1999'], 1, 'tandem: error: unknown round "1999"'],
  ])('%j fails with exit %i', async (args, code, message) => {
    const result = await tandem(fixture(), args);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });
});
