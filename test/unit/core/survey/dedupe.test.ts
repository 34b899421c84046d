import { describe, expect, it } from 'vitest';
import { planImport } from '../../../../src/core/survey/dedupe.js';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';
import type { SurveyResponse } from '../../../../src/core/survey/report.js';

const a: SurveyResponse = { role: 'mentee', answers: { recommend: true, nps: 9 } };
const b: SurveyResponse = { role: 'mentor', answers: { recommend: true, nps: 9 } };
const c: SurveyResponse = { role: 'mentee', answers: { nps: 9, recommend: true, highlight: 'x' } };
const plan = (stored: SurveyResponse[], incoming: SurveyResponse[]) => planImport(STANDARD_QUESTIONS, stored, incoming);

describe('planImport: survey imports as multisets', () => {
  it.each([
    ['a first import adds everything', [], [a, a, b], [a, a, b], 0],
    ['the same file again adds nothing', [a, a, b], [a, a, b], [], 3],
    ['a grown export adds only the new rows, identical ones included', [a, b], [a, b, a, c], [a, c], 2],
    ['role is part of the identity', [a], [b], [b], 0],
    ['a smaller file adds nothing', [a, a, b], [a], [], 1],
  ] as const)('%s', (_what, stored, incoming, add, alreadyStored) => {
    expect(plan([...stored], [...incoming])).toEqual({ add, alreadyStored });
  });

  it('compares answers whatever order their keys were stored in', () => {
    const reordered: SurveyResponse = { role: 'mentee', answers: { highlight: 'x', recommend: true, nps: 9 } };
    expect(plan([reordered], [c])).toEqual({ add: [], alreadyStored: 1 });
  });
});
