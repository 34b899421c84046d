import { EXPECTED_23 } from '../../../fixtures/survey-23.js';
import { describe, expect, it } from 'vitest';
import { UsageError, StateError } from '../../../../src/core/errors.js';
import type { Answers } from '../../../../src/core/survey/answers.js';
import { STANDARD_QUESTIONS, type Question } from '../../../../src/core/survey/questions.js';
import {
  groupSummary,
  suppressionOf,
  surveyReport,
  textsWithheld,
  type Role,
  type SurveyResponse,
} from '../../../../src/core/survey/report.js';

type Row = [
  role: Role,
  recommend?: boolean,
  nps?: number,
  satisfaction?: number,
  learning?: number,
  cont?: boolean,
  highlight?: string,
];
const IDS = ['recommend', 'nps', 'satisfaction', 'learning', 'continue', 'highlight'] as const;

/** Builds responses from rows; `undefined` leaves the question unanswered (no key at all). */
function responses(rows: Row[]): SurveyResponse[] {
  return rows.map(([role, ...values]) => {
    const answers: Answers = {};
    values.forEach((v, i) => {
      if (v !== undefined) answers[IDS[i]!] = v;
    });
    return { role, answers };
  });
}

const _ = undefined;

// 9 mentors and 14 mentees; the expected figures below were counted by hand.
const FIXTURE = responses([
  ['mentor', true, 10, 5, 4, true, 'Showing my mentee how hashtags work'],
  ['mentor', true, 9, 4, 4, true],
  ['mentor', false, 6, 3, 2, false, 'Board members are people too'],
  ['mentor', true, 8, 4, 3, _],
  ['mentor', true, 10, 5, 5, true, 'apps on the iPad'],
  ['mentor', _, 7, 4, _, true],
  ['mentor', true, 9, _, 4, false, 'Our first LinkedIn post'],
  ['mentor', false, 3, 2, 1, false],
  ['mentor', true, _, 5, 3, true, 'Émojis explained to the CFO'],
  ['mentee', true, 9, 5, 5, true, 'My first Instagram story'],
  ['mentee', true, 10, 5, 5, true, 'Understanding Snapchat streaks'],
  ['mentee', true, 8, 4, 4, true],
  ['mentee', false, 5, 2, 3, false],
  ['mentee', true, 9, 4, 5, true, 'learning what a hashtag is'],
  ['mentee', true, 7, 4, 4, false],
  ['mentee', true, 10, 5, 4, true, 'My first Instagram story'],
  ['mentee', true, 0, 1, 2, false, 'Nothing, sadly'],
  ['mentee'],
  ['mentee', true, 9, 5, 4, true, 'an online application tool'],
  ['mentee', false, 6, 3, 3, _],
  ['mentee', true, 8, 4, _, true],
  ['mentee', true, 10, 5, 5, true, 'Zoom is not scary any more'],
  ['mentee', _, 9, 3, 4, true],
]);

describe('surveyReport: the 23-response fixture', () => {
  it('matches the hand-computed document', () => {
    expect(surveyReport(STANDARD_QUESTIONS, FIXTURE, 5, 'final')).toEqual(EXPECTED_23);
  });

  it('lists questions in questionnaire order and serialises cleanly', () => {
    const report = surveyReport(STANDARD_QUESTIONS, FIXTURE, 5, 'final');
    const all = report.groups.all;
    expect(Object.keys(report.groups)).toEqual(['all', 'mentor', 'mentee']);
    expect(Object.keys(all.questions)).toEqual(['recommend', 'nps', 'satisfaction', 'learning', 'continue', 'highlight']);
    expect(JSON.stringify(report.groups.mentor.questions.learning)).toBe(
      '{"n":8,"mean":3.3,"counts":{"1":1,"2":1,"3":2,"4":3,"5":1}}',
    );
  });

  it('does not depend on the order of the responses', () => {
    const reversed = [...FIXTURE].reverse();
    expect(surveyReport(STANDARD_QUESTIONS, reversed, 5, 'final')).toEqual(
      surveyReport(STANDARD_QUESTIONS, FIXTURE, 5, 'final'),
    );
  });

  it('summarises the overall group for round compare', () => {
    expect(groupSummary(STANDARD_QUESTIONS, FIXTURE, 5)).toEqual({
      n: 23,
      suppressed: false,
      recommendPercent: 80,
      nps: 29,
    });
  });
});

describe('surveyReport: confidentiality', () => {
  const many = (role: Role, count: number, text: string): Row[] =>
    Array.from({ length: count }, (_x, i) => [role, i % 2 === 0, 9, 4, 4, true, `${text} ${i}`] as Row);
  // One reason and one note for every suppressed group: which group is small never shows.
  const tooFew = (min: number) => ({
    n: null,
    suppressed: true,
    reason: 'min-group',
    note: `suppressed: not shown to protect groups of fewer than ${min} responses`,
    questions: {},
  });
  const complementary = tooFew;

  it('4 mentors + 12 mentees: overall figures shown, both roles suppressed, no text at all', () => {
    const input = responses([...many('mentor', 4, 'SECRET-MENTOR'), ...many('mentee', 12, 'mentee note')]);
    const report = surveyReport(STANDARD_QUESTIONS, input, 5, 'final');
    expect(report).toEqual({
      survey: 'final',
      minGroup: 5,
      groups: {
        all: {
          n: 16,
          suppressed: false,
          questions: {
            recommend: { n: 16, yesPercent: 50 }, // 2 of 4 mentors + 6 of 12 mentees
            nps: { n: 16, score: 100, promoters: 16, passives: 0, detractors: 0 },
            satisfaction: { n: 16, mean: 4, counts: { '1': 0, '2': 0, '3': 0, '4': 16, '5': 0 } },
            learning: { n: 16, mean: 4, counts: { '1': 0, '2': 0, '3': 0, '4': 16, '5': 0 } },
            continue: { n: 16, yesPercent: 100 },
            // A mentor's sentence is recognisable even among the mentees' ones: only the count.
            highlight: { n: 16, withheld: true, note: 'withheld: fewer than 5 responses in a role' },
          },
        },
        mentor: tooFew(5),
        mentee: complementary(5),
      },
    });
    expect(JSON.stringify(report)).not.toContain('SECRET-MENTOR');
    expect(JSON.stringify(report)).not.toContain('mentee note');
  });

  it('4 mentors + 12 mentees: no mentor text in the whole document once overall is suppressed too', () => {
    const input = responses([...many('mentor', 4, 'SECRET-MENTOR'), ...many('mentee', 12, 'mentee note')]);
    const report = surveyReport(STANDARD_QUESTIONS, input, 17, 'final');
    expect(JSON.stringify(report)).not.toContain('SECRET-MENTOR');
  });

  it('3 + 3 at min 7: only suppression notes', () => {
    const input = responses([...many('mentor', 3, 'm'), ...many('mentee', 3, 'e')]);
    expect(surveyReport(STANDARD_QUESTIONS, input, 7, 'final')).toEqual({
      survey: 'final',
      minGroup: 7,
      groups: { all: tooFew(7), mentor: tooFew(7), mentee: tooFew(7) },
    });
  });

  it('3 + 3 at the default 5: overall figures shown, both roles too few, texts withheld', () => {
    const input = responses([...many('mentor', 3, 'm'), ...many('mentee', 3, 'e')]);
    const report = surveyReport(STANDARD_QUESTIONS, input, 5, 'final');
    expect(report.groups.all).toMatchObject({ n: 6, suppressed: false });
    expect(report.groups.all.questions.recommend).toEqual({ n: 6, yesPercent: 67 });
    expect(report.groups.all.questions.highlight).toEqual({ n: 6, withheld: true, note: 'withheld: fewer than 5 responses in a role' });
    expect(report.groups.mentor).toEqual(tooFew(5));
    expect(report.groups.mentee).toEqual(tooFew(5));
  });

  it('0 mentors + 9 mentees: texts withheld as for 1 mentor, so an empty role does not show', () => {
    const input = responses(many('mentee', 9, 'note'));
    const report = surveyReport(STANDARD_QUESTIONS, input, 5, 'final');
    expect(report.groups.all.questions.highlight).toEqual({ n: 9, withheld: true, note: 'withheld: fewer than 5 responses in a role' });
    const oneMentor = surveyReport(STANDARD_QUESTIONS, responses([...many('mentee', 8, 'note'), ...many('mentor', 1, 'note')]), 5, 'final');
    expect(oneMentor.groups.all.questions.highlight).toEqual(report.groups.all.questions.highlight);
    expect(report.groups.mentor).toEqual(tooFew(5));
    expect(report.groups.mentee).toEqual(complementary(5));
  });

  it.each([
    // [mentors, mentees, min, withheld]
    [5, 5, 5, false],
    [4, 12, 5, true],
    [12, 4, 5, true],
    [1, 30, 5, true],
    [0, 30, 5, true],
    [30, 0, 5, true],
    [0, 0, 5, true],
    [3, 3, 3, false],
    [2, 3, 3, true],
  ] as const)('textsWithheld %i mentors, %i mentees, min %i → %s', (mentor, mentee, min, withheld) => {
    expect(textsWithheld({ mentor, mentee }, min)).toBe(withheld);
  });

  it('no responses at all: everything suppressed', () => {
    const report = surveyReport(STANDARD_QUESTIONS, [], 3, 'final');
    expect(report.groups).toEqual({ all: tooFew(3), mentor: tooFew(3), mentee: tooFew(3) });
    expect(groupSummary(STANDARD_QUESTIONS, [], 3)).toEqual({
      n: null,
      suppressed: true,
      recommendPercent: null,
      nps: null,
    });
  });

  it.each([
    // [mentors, mentees, min, all, mentor, mentee]
    [5, 5, 5, null, null, null],
    [4, 5, 5, null, 'min-group', 'min-group'],
    [5, 4, 5, null, 'min-group', 'min-group'],
    [0, 9, 5, null, 'min-group', 'min-group'],
    [2, 2, 3, null, 'min-group', 'min-group'],
    [1, 1, 3, 'min-group', 'min-group', 'min-group'],
    [3, 0, 3, null, 'min-group', 'min-group'],
    [8, 8, 8, null, null, null],
    [7, 8, 8, null, 'min-group', 'min-group'],
    [7, 2, 8, null, 'min-group', 'min-group'],
    [7, 2, 7, null, 'min-group', 'min-group'],
  ] as const)('suppressionOf %i mentors, %i mentees, min %i', (mentor, mentee, min, all, m, e) => {
    expect(suppressionOf({ mentor, mentee }, min)).toEqual({ all, mentor: m, mentee: e });
  });

  it.each([2, 0, -5, 4.5, Number.NaN])('refuses min group %s with UsageError, exit 2', (min) => {
    const attempt = () => surveyReport(STANDARD_QUESTIONS, FIXTURE, min, 'final');
    expect(attempt).toThrow(UsageError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ exitCode: 2, key: 'error.minGroup', params: { min: 3 } });
    }
    expect(() => groupSummary(STANDARD_QUESTIONS, FIXTURE, min)).toThrow(UsageError);
  });
});

describe('surveyReport: figures', () => {
  // Three blank responses keep every group shown however few values a case has.
  const only = (question: Question, values: (boolean | number | string | undefined)[]) =>
    surveyReport(
      [question],
      [...values, undefined, undefined, undefined].map((v, i) => ({
        role: i % 2 === 0 ? 'mentor' : 'mentee',
        answers: v === undefined ? {} : { [question.id]: v },
      })),
      3,
      's',
    ).groups.all.questions[question.id];
  const yesno: Question = { id: 'q', kind: 'yesno', text: 'q', textDe: 'q' };
  const nps: Question = { id: 'q', kind: 'nps', text: 'q', textDe: 'q' };
  const scale: Question = { id: 'q', kind: 'scale5', text: 'q', textDe: 'q' };
  const text: Question = { id: 'q', kind: 'text', text: 'q', textDe: 'q' };
  const times = <T>(count: number, value: T): T[] => Array.from({ length: count }, () => value);

  it('suppresses a question nobody answered, as any question under min-group: no n, no figure', () => {
    const blank = [undefined, undefined, undefined];
    const hidden = { suppressed: true, note: 'suppressed: not shown to protect groups of fewer than 3 responses' };
    for (const q of [yesno, nps, scale]) expect(only(q, blank)).toEqual(hidden);
    expect(only(text, [...blank, '   '])).toEqual(hidden);
    expect(only(yesno, [true, false])).toEqual(hidden);
  });

  it('issue 12: 7 mentors skip learning, 2 mentees answer 1 and 2: learning is not shown anywhere', () => {
    const rows: Row[] = [
      ...Array.from({ length: 7 }, () => ['mentor', true, 9, 4, undefined, true] as Row),
      ['mentee', true, 9, 4, 1, true],
      ['mentee', true, 9, 4, 2, true],
    ];
    for (const min of [3, 4, 5, 6, 7, 8, 9]) {
      const report = surveyReport(STANDARD_QUESTIONS, responses(rows), min, 'final');
      const note = `suppressed: not shown to protect groups of fewer than ${min} responses`;
      expect(report.groups.all.questions.learning).toEqual({ suppressed: true, note });
      expect(report.groups.all.questions.recommend).toEqual({ n: 9, yesPercent: 100 });
      const hidden = { n: null, suppressed: true, reason: 'min-group', note, questions: {} };
      expect(report.groups.mentor).toEqual(hidden);
      expect(report.groups.mentee).toEqual(hidden);
      expect(JSON.stringify(report)).not.toContain('1.5');
    }
  });

  it.each([
    // yes of n → percent, rounded half up
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13], // 12.5
    [7, 8, 88], // 87.5
    [1, 200, 1], // 0.5
    [0, 4, 0],
    [4, 4, 100],
  ])('yes/no: %i of %i → %i %%', (yes, n, percent) => {
    expect(only(yesno, [...times(yes, true), ...times(n - yes, false)])).toEqual({ n, yesPercent: percent });
  });

  it.each([
    // promoters, passives, detractors → score (half away from zero)
    [[4, 2, 1], 43], // the SPEC example: 300/7
    [[1, 6, 0], 14], // 14.29
    [[1, 7, 0], 13], // 12.5
    [[0, 7, 1], -13], // −12.5
    [[0, 0, 3], -100],
    [[3, 0, 0], 100],
    [[1, 1, 1], 0],
    [[0, 199, 1], -1], // −0.5
    [[0, 299, 1], 0], // −0.33, never −0
  ])('nps: %j → %i', ([p, m, d], score) => {
    const values = [...times(p!, 10), ...times(m!, 7), ...times(d!, 0)];
    const figures = only(nps, values);
    expect(figures).toEqual({ n: values.length, score, promoters: p, passives: m, detractors: d });
    expect(Object.is((figures as { score: number }).score, -0)).toBe(false);
  });

  it('nps: 6 is a detractor, 7 and 8 passives, 9 a promoter', () => {
    expect(only(nps, [0, 6, 7, 8, 9, 10])).toEqual({ n: 6, score: 0, promoters: 2, passives: 2, detractors: 2 });
  });

  it.each([
    // values → mean: exact rounding where floats would slip (1.15 → 1.1 with Math.round(x * 10) / 10)
    [[...times(17, 1), ...times(3, 2)], 1.2], // 23/20 = 1.15
    [[...times(11, 1), ...times(9, 2)], 1.5], // 29/20 = 1.45
    [[...times(13, 4), ...times(7, 5)], 4.4], // 87/20 = 4.35
    [[1, 2, 1, 2], 1.5],
    [[1, 1, 2], 1.3], // 1.333
    [[5, 5, 4], 4.7], // 4.667
    [[5, 5, 5], 5],
  ])('scale: mean of %j is %d', (values, mean) => {
    expect(only(scale, values)).toMatchObject({ n: values.length, mean });
  });

  it('text: alphabetical, case- and accent-insensitive, deterministic on ties', () => {
    expect(only(text, ['zebra', 'Apfel', 'äpfel', 'apfel', 'Öl', 'ol', 'Banane', ' trimmed '])).toEqual({
      n: 8,
      answers: ['Apfel', 'apfel', 'äpfel', 'Banane', 'ol', 'Öl', 'trimmed', 'zebra'],
    });
  });

  it('ignores answers to questions outside the questionnaire', () => {
    expect(
      surveyReport([yesno], times(3, { role: 'mentor' as const, answers: { q: true, other: 'x' } }), 3, 's').groups
        .all.questions,
    ).toEqual({ q: { n: 3, yesPercent: 100 } });
  });

  it.each([
    [yesno, 'yes', 'must be yes or no'],
    [nps, 11, 'must be a whole number from 0 to 10'],
    [scale, 2.5, 'must be a whole number from 1 to 5'],
    [text, true, 'must be text'],
  ] as const)('a stored %o answer %j that does not fit is corrupt data (StateError, exit 1)', (question, value, message) => {
    const attempt = () => only(question, [value, value, value]);
    expect(attempt).toThrow(StateError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ exitCode: 1, key: 'error.survey.badAnswer', params: { question: 'q', message } });
    }
  });
});
