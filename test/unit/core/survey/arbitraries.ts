import fc from 'fast-check';
import type { Answers } from '../../../../src/core/survey/answers.js';

/** Answers to the standard questionnaire, any of them left out; texts from a small set so they repeat. */
export function answersArb(texts: readonly string[]): fc.Arbitrary<Answers> {
  return fc.record(
    {
      recommend: fc.boolean(),
      nps: fc.integer({ min: 0, max: 10 }),
      satisfaction: fc.integer({ min: 1, max: 5 }),
      learning: fc.integer({ min: 1, max: 5 }),
      continue: fc.boolean(),
      highlight: fc.constantFrom(...texts),
    },
    { requiredKeys: [] },
  );
}
