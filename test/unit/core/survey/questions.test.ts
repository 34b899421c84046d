import { describe, expect, it } from 'vitest';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';

describe('STANDARD_QUESTIONS', () => {
  it('is the SPEC §3 questionnaire, in order', () => {
    expect(STANDARD_QUESTIONS.map((q) => [q.id, q.kind, q.text])).toEqual([
      ['recommend', 'yesno', 'Would you recommend the programme?'],
      ['nps', 'nps', 'How likely are you to recommend it to a colleague?'],
      ['satisfaction', 'scale5', 'How satisfied are you with your tandem?'],
      ['learning', 'scale5', 'How much did you learn?'],
      ['continue', 'yesno', 'Will you stay in touch with your tandem partner?'],
      ['highlight', 'text', 'What was your highlight?'],
    ]);
  });

  it('has a German text for every question', () => {
    for (const q of STANDARD_QUESTIONS) expect(q.textDe).toMatch(/^[A-ZÄÖÜ].+\?$/);
    expect(STANDARD_QUESTIONS[0]?.textDe).toBe('Würden Sie das Programm weiterempfehlen?');
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(STANDARD_QUESTIONS)).toBe(true);
    expect(STANDARD_QUESTIONS.every((q) => Object.isFrozen(q))).toBe(true);
  });
});
