import { describe, expect, it } from 'vitest';
import { parseAnswerCell, validateAnswers } from '../../../../src/core/survey/answers.js';
import { STANDARD_QUESTIONS, type Question } from '../../../../src/core/survey/questions.js';

const q = (id: string): Question => STANDARD_QUESTIONS.find((x) => x.id === id)!;
const recommend = q('recommend');
const nps = q('nps');
const satisfaction = q('satisfaction');
const highlight = q('highlight');

describe('parseAnswerCell', () => {
  const ok: [Question, string, boolean | number | string | undefined][] = [
    [recommend, '', undefined],
    [recommend, '   ', undefined],
    [recommend, 'yes', true],
    [recommend, 'YES', true],
    [recommend, ' Ja ', true],
    [recommend, 'true', true],
    [recommend, '1', true],
    [recommend, 'y', true],
    [recommend, 'J', true],
    [recommend, 'no', false],
    [recommend, 'Nein', false],
    [recommend, 'FALSE', false],
    [recommend, '0', false],
    [recommend, 'n', false],
    [recommend, 'N', false],
    [nps, '0', 0],
    [nps, '10', 10],
    [nps, ' 7 ', 7],
    [nps, '07', 7],
    [nps, '', undefined],
    [satisfaction, '1', 1],
    [satisfaction, '5', 5],
    [highlight, '  Our first post  ', 'Our first post'],
    [highlight, '', undefined],
    [highlight, ' \t ', undefined],
    [highlight, 'x'.repeat(2000), 'x'.repeat(2000)],
    [highlight, '😀'.repeat(2000), '😀'.repeat(2000)],
  ];
  it.each(ok)('%o %j → %j', (question, raw, value) => {
    expect(parseAnswerCell(question, raw)).toEqual({ ok: true, value });
  });

  const bad: [Question, string, string][] = [
    [recommend, 'maybe', 'not a yes/no answer: "maybe"'],
    [recommend, ' Vielleicht ', 'not a yes/no answer: "Vielleicht"'],
    [recommend, '2', 'not a yes/no answer: "2"'],
    [recommend, 'yes please', 'not a yes/no answer: "yes please"'],
    [recommend, 'a'.repeat(50), `not a yes/no answer: "${'a'.repeat(40)}…"`],
    [nps, '11', 'must be a whole number from 0 to 10'],
    [nps, '-1', 'must be a whole number from 0 to 10'],
    [nps, '7.5', 'must be a whole number from 0 to 10'],
    [nps, '7,0', 'must be a whole number from 0 to 10'],
    [nps, 'ten', 'must be a whole number from 0 to 10'],
    [nps, '1e1', 'must be a whole number from 0 to 10'],
    [satisfaction, '0', 'must be a whole number from 1 to 5'],
    [satisfaction, '6', 'must be a whole number from 1 to 5'],
    [satisfaction, 'yes', 'must be a whole number from 1 to 5'],
    [highlight, 'x'.repeat(2001), 'must be at most 2000 characters'],
  ];
  it.each(bad)('%o %j → error %j', (question, raw, message) => {
    expect(parseAnswerCell(question, raw)).toEqual({ ok: false, message });
  });
});

describe('validateAnswers', () => {
  it('keeps valid answers in questionnaire order, trims text and drops blanks', () => {
    expect(
      validateAnswers(STANDARD_QUESTIONS, {
        highlight: '  Instagram  ',
        nps: 9,
        recommend: false,
        learning: undefined,
        continue: null,
      }),
    ).toEqual({ ok: true, value: { recommend: false, nps: 9, highlight: 'Instagram' } });
    expect(validateAnswers(STANDARD_QUESTIONS, { highlight: '   ' })).toEqual({ ok: true, value: {} });
    expect(validateAnswers(STANDARD_QUESTIONS, {})).toEqual({ ok: true, value: {} });
  });

  it('lists every problem', () => {
    expect(
      validateAnswers(STANDARD_QUESTIONS, {
        recommend: 'yes',
        nps: 11,
        satisfaction: 4.5,
        learning: 0,
        highlight: 42,
        mood: 'fine',
        toString: 1,
      }),
    ).toEqual({
      ok: false,
      errors: [
        { questionId: 'recommend', message: 'must be yes or no' },
        { questionId: 'nps', message: 'must be a whole number from 0 to 10' },
        { questionId: 'satisfaction', message: 'must be a whole number from 1 to 5' },
        { questionId: 'learning', message: 'must be a whole number from 1 to 5' },
        { questionId: 'highlight', message: 'must be text' },
        { questionId: 'mood', message: 'unknown question: "mood"' },
        { questionId: 'toString', message: 'unknown question: "toString"' },
      ],
    });
  });

  it('refuses an overlong text', () => {
    expect(validateAnswers(STANDARD_QUESTIONS, { highlight: 'é'.repeat(2001) })).toEqual({
      ok: false,
      errors: [{ questionId: 'highlight', message: 'must be at most 2000 characters' }],
    });
  });
});
