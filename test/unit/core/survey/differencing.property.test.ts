import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differencingConflict, issuedCounts, type IssuedReport } from '../../../../src/core/survey/guard.js';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';
import { isSuppressedQuestion, surveyReport, type SurveyReport, type SurveyResponse } from '../../../../src/core/survey/report.js';
import { answersArb } from './arbitraries.js';

/**
 * Issue 17 point 3: for any sequence of additions and report requests (at any min-group),
 * the reports the guard lets through can never be subtracted from each other to give the
 * figures of fewer than min-group responses: every group and question shown in two issued
 * reports has the same n in both, or an n at least min-group apart. The n are read from
 * the reports themselves, not from what the guard logs.
 */
const response = fc.record({ role: fc.constantFrom('mentor' as const, 'mentee' as const), answers: answersArb(['a', 'b', 'c']) });
const step = fc.oneof(
  { weight: 3, arbitrary: fc.array(response, { minLength: 1, maxLength: 6 }).map((add) => ({ add })) },
  { weight: 2, arbitrary: fc.integer({ min: 3, max: 7 }).map((minGroup) => ({ report: minGroup })) },
);

/** Every shown group's and question's n, by "group" and "group/question", read off the report. */
function shownCounts(report: SurveyReport): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, group] of Object.entries(report.groups)) {
    if (group.suppressed) continue;
    out.set(name, group.n);
    for (const [id, figures] of Object.entries(group.questions)) if (!isSuppressedQuestion(figures)) out.set(`${name}/${id}`, figures.n);
  }
  return out;
}

describe('the differencing guard (property)', () => {
  it('no two issued reports differ, in any shown group or question, by 1 to min-group − 1', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const responses: SurveyResponse[] = [];
        const log: IssuedReport[] = [];
        const issued: SurveyReport[] = [];
        let refused = 0;
        for (const s of steps) {
          if ('add' in s) {
            responses.push(...s.add);
            continue;
          }
          const report = surveyReport(STANDARD_QUESTIONS, responses, s.report, 'final');
          const counts = issuedCounts(report);
          if (differencingConflict(counts, log) !== null) {
            refused++;
            continue;
          }
          log.push({ issuedOn: '2026-03-01', counts });
          issued.push(report);
        }
        for (let i = 0; i < issued.length; i++) {
          for (let j = i + 1; j < issued.length; j++) {
            const [a, b] = [shownCounts(issued[i]!), shownCounts(issued[j]!)];
            const m = Math.max(issued[i]!.minGroup, issued[j]!.minGroup);
            for (const [key, n] of a) {
              const other = b.get(key);
              if (other === undefined) continue;
              const d = Math.abs(other - n);
              expect(d === 0 || d >= m, `${key}: ${n} vs ${other} at min-group ${m}`).toBe(true);
            }
          }
        }
        return refused >= 0;
      }),
      { numRuns: 300 },
    );
  });

  it('the same state can be reported again at any min-group, and the guard lets a report through once enough have answered', () => {
    const one = (role: 'mentor' | 'mentee'): SurveyResponse => ({ role, answers: { recommend: true } });
    const responses = Array.from({ length: 12 }, () => one('mentee'));
    const log: IssuedReport[] = [];
    const issue = (min: number) => {
      const counts = issuedCounts(surveyReport(STANDARD_QUESTIONS, responses, min, 'final'));
      const conflict = differencingConflict(counts, log);
      if (!conflict) log.push({ issuedOn: 'd', counts });
      return conflict;
    };
    for (const min of [5, 3, 10, 5]) expect(issue(min)).toBeNull();
    responses.push(one('mentee'), one('mentee'));
    expect(issue(5)).toMatchObject({ group: 'all', question: null, difference: 2, minGroup: 5 });
    responses.push(...Array.from({ length: 8 }, () => one('mentee')));
    expect(issue(5)).toBeNull(); // 12 → 22: at least the largest min-group issued (10) apart
  });
});
