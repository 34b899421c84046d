import { describe, expect, it } from 'vitest';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';
import type { Role, SurveyResponse } from '../../../../src/core/survey/report.js';
import { pickRoundSurvey, roundSurveySummary } from '../../../../src/core/survey/round-summary.js';

const survey = { name: 'final', questions: STANDARD_QUESTIONS };
const people = (role: Role, count: number, answers: SurveyResponse['answers']): SurveyResponse[] =>
  Array.from({ length: count }, () => ({ role, answers }));

describe('roundSurveySummary', () => {
  it('gives the headline figures per group, and never free text', () => {
    const responses = [
      ...people('mentor', 5, { recommend: true, nps: 10, satisfaction: 5, learning: 4, continue: true, highlight: 'SECRET' }),
      ...people('mentee', 5, { recommend: false, nps: 6, satisfaction: 3, learning: 5, continue: false, highlight: 'SECRET' }),
    ];
    const summary = roundSurveySummary(survey, responses);
    expect(summary).toEqual({
      survey: 'final',
      minGroup: 5,
      groups: {
        all: { n: 10, participants: null, responseRate: null, suppressed: false, note: null, recommendPercent: 50, nps: 0, satisfactionMean: 4, learningMean: 4.5, continuePercent: 50 },
        mentor: { n: 5, participants: null, responseRate: null, suppressed: false, note: null, recommendPercent: 100, nps: 100, satisfactionMean: 5, learningMean: 4, continuePercent: 100 },
        mentee: { n: 5, participants: null, responseRate: null, suppressed: false, note: null, recommendPercent: 0, nps: -100, satisfactionMean: 3, learningMean: 5, continuePercent: 0 },
      },
    });
    expect(JSON.stringify(summary)).not.toContain('SECRET');
  });

  it('applies the survey report\u2019s suppression: 4 mentors + 12 mentees show only the overall group', () => {
    const responses = [...people('mentor', 4, { recommend: true, nps: 9 }), ...people('mentee', 12, { recommend: true, nps: 3 })];
    const summary = roundSurveySummary(survey, responses);
    const hidden = { participants: null, responseRate: null, recommendPercent: null, nps: null, satisfactionMean: null, learningMean: null, continuePercent: null };
    // One note for both roles: it never tells which of them is the small one.
    const note = 'suppressed: not shown to protect groups of fewer than 5 responses';
    expect(summary.groups.mentor).toEqual({ n: null, suppressed: true, note, ...hidden });
    expect(summary.groups.mentee).toEqual({ n: null, suppressed: true, note, ...hidden });
    expect(summary.groups.all).toMatchObject({ n: 16, suppressed: false, recommendPercent: 100, nps: -50, satisfactionMean: null });
  });

  it('issue 12: a question answered by fewer than min-group people shows no figure (7 mentors skip learning)', () => {
    const responses = [
      ...people('mentor', 7, { recommend: true, nps: 9 }),
      ...people('mentee', 1, { recommend: true, nps: 9, learning: 1 }),
      ...people('mentee', 1, { recommend: true, nps: 9, learning: 2 }),
    ];
    const summary = roundSurveySummary(survey, responses);
    expect(summary.groups.all).toMatchObject({ n: 9, suppressed: false, recommendPercent: 100, learningMean: null });
  });

  it('takes another minimum group size and refuses one below 3', () => {
    const responses = people('mentee', 6, { recommend: true });
    expect(roundSurveySummary(survey, responses, 7).groups.all.suppressed).toBe(true);
    expect(() => roundSurveySummary(survey, responses, 2)).toThrow(expect.objectContaining({ exitCode: 2, key: 'error.minGroup' }));
  });
});

describe('pickRoundSurvey', () => {
  it.each([
    [[], undefined],
    [[{ id: 1, name: 'midpoint' }], 'midpoint'],
    [[{ id: 1, name: 'midpoint' }, { id: 2, name: 'final' }, { id: 3, name: 'follow-up' }], 'final'],
    [[{ id: 3, name: 'b' }, { id: 5, name: 'a' }, { id: 4, name: 'c' }], 'a'],
  ])('%j → %s', (surveys, expected) => {
    expect(pickRoundSurvey(surveys)?.name).toBe(expected);
  });
});
