import fc from 'fast-check';
import { answersArb } from './arbitraries.js';
import { describe, expect, it } from 'vitest';
import { loadLanguage, translator, type Lang } from '../../../../src/core/i18n/index.js';
import type { Answers } from '../../../../src/core/survey/answers.js';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';
import { groupSummary, surveyReport, type Role, type SurveyResponse } from '../../../../src/core/survey/report.js';
import { roundSurveySummary } from '../../../../src/core/survey/round-summary.js';
import { PLAIN } from '../../../../src/cli/palette.js';
import { surveyRows } from '../../../../src/cli/render/round-report/common.js';
import { renderSurveyCsv } from '../../../../src/cli/render/survey/csv.js';
import { renderSurveyHtml } from '../../../../src/cli/render/survey/html.js';
import { renderSurveyMarkdown } from '../../../../src/cli/render/survey/markdown.js';
import { renderSurveyText } from '../../../../src/cli/render/survey/text.js';

/**
 * Issue 12, must-show 2: no figure, text, count or note of a group or question below
 * min-group is derivable, by any format, nor by comparing outputs across min-group values.
 *
 * Stated as indistinguishability: two response sets that differ only in what a suppressed
 * group or question holds (its size, its answers, which role is the small one) give
 * byte-identical output in every format and command that shows survey figures, at every
 * min-group from 3 to 10. Whatever an attacker compares, they then cannot tell the two apart.
 */

const IDS = STANDARD_QUESTIONS.map((q) => q.id);
const ROLES: Role[] = ['mentor', 'mentee'];

const answers = answersArb(['Instagram', 'my mentee taught me TikTok', 'Zoom', 'äpfel']);
// Role shares from lopsided to even, so small roles (0, 1, 2 … respondents) come up often.
const responsesArb: fc.Arbitrary<SurveyResponse[]> = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), answers), { maxLength: 26 }))
  .map(([share, rows]) => rows.map(([dice, answers]) => ({ role: dice < share ? 'mentor' : 'mentee', answers })));

const count = (rs: readonly SurveyResponse[], role: Role | 'all', id?: string) =>
  rs.filter((r) => (role === 'all' || r.role === role) && (id === undefined || Object.hasOwn(r.answers, id))).length;
/** The rule, restated independently: roles are shown only when both reach m (and overall too). */
const rolesHidden = (rs: readonly SurveyResponse[], m: number, id?: string) =>
  count(rs, 'all', id) < m || Math.min(count(rs, 'mentor', id), count(rs, 'mentee', id)) < m;
const allHidden = (rs: readonly SurveyResponse[], m: number, id?: string) => count(rs, 'all', id) < m;

await loadLanguage('de');

/** Everything a user can get to see of the survey: survey report (5 formats, 2 languages), round report, round compare. */
function outputs(rs: readonly SurveyResponse[], minGroup: number): string[] {
  const report = surveyReport(STANDARD_QUESTIONS, rs, minGroup, 'final');
  const seen = [JSON.stringify(report), renderSurveyCsv(report)];
  for (const lang of ['en', 'de'] as Lang[]) {
    const input = { report, questions: STANDARD_QUESTIONS, round: '2026', lang, t: translator(lang) };
    seen.push(renderSurveyMarkdown(input), renderSurveyHtml(input), renderSurveyText(input, PLAIN, 100));
    const summary = roundSurveySummary({ name: 'final', questions: STANDARD_QUESTIONS }, rs, minGroup);
    seen.push(JSON.stringify(summary), JSON.stringify(surveyRows(summary, translator(lang), lang)));
  }
  seen.push(JSON.stringify(groupSummary(STANDARD_QUESTIONS, rs, minGroup)));
  return seen;
}

/** The response with its answer to `question` taken from `source` (none if `source` has none). */
function answerFrom(response: SurveyResponse, question: string, source: Answers): SurveyResponse {
  const answers: Answers = { ...response.answers };
  delete answers[question];
  if (Object.hasOwn(source, question)) answers[question] = source[question]!;
  return { ...response, answers };
}

const caseArb = fc.record({
  responses: responsesArb,
  minGroup: fc.integer({ min: 3, max: 10 }),
  i: fc.nat(),
  j: fc.nat(),
  question: fc.constantFrom(...IDS),
  value: answers,
});
const RUNS = 400;

describe('survey confidentiality: nothing of a suppressed group or question can be told apart', () => {
  it('which role a respondent has, while the roles are suppressed (the 7 + 2 case: mentors or mentees small?)', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup, i }) => {
        fc.pre(responses.length > 0);
        const k = i % responses.length;
        const flipped = responses.map((r, x) => (x === k ? { ...r, role: r.role === 'mentor' ? ('mentee' as const) : ('mentor' as const) } : r));
        fc.pre(rolesHidden(responses, minGroup) && rolesHidden(flipped, minGroup));
        expect(outputs(flipped, minGroup)).toEqual(outputs(responses, minGroup));
      }),
      { numRuns: RUNS },
    );
  });

  it('all roles reversed while suppressed: "7 mentors + 2 mentees" reads like "2 mentors + 7 mentees" at every min-group', () => {
    fc.assert(
      fc.property(caseArb, ({ responses }) => {
        const reversed = responses.map((r) => ({ ...r, role: r.role === 'mentor' ? ('mentee' as const) : ('mentor' as const) }));
        for (let m = 3; m <= 10; m++) {
          if (rolesHidden(responses, m)) expect(outputs(reversed, m), `min-group ${m}`).toEqual(outputs(responses, m));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('how a question\u2019s answers are split over the roles, while that question\u2019s roles are suppressed', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup, i, j, question }) => {
        const mentors = responses.flatMap((r, x) => (r.role === 'mentor' ? [x] : []));
        const mentees = responses.flatMap((r, x) => (r.role === 'mentee' ? [x] : []));
        fc.pre(mentors.length > 0 && mentees.length > 0);
        const a = mentors[i % mentors.length]!;
        const b = mentees[j % mentees.length]!;
        // Swap the two respondents' answers to the question (either may have none: a move).
        const swapped = responses.map((r, x) => (x === a || x === b ? answerFrom(r, question, responses[x === a ? b : a]!.answers) : r));
        fc.pre(rolesHidden(responses, minGroup, question) && rolesHidden(swapped, minGroup, question));
        expect(outputs(swapped, minGroup)).toEqual(outputs(responses, minGroup));
      }),
      { numRuns: RUNS },
    );
  });

  it('a question\u2019s answers and their number, while the question is suppressed overall', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup, i, question, value }) => {
        fc.pre(responses.length > 0);
        const k = i % responses.length;
        // Change, add or drop respondent k's answer to the question.
        const changed = responses.map((r, x) => (x === k ? answerFrom(r, question, value) : r));
        fc.pre(allHidden(responses, minGroup, question) && allHidden(changed, minGroup, question));
        expect(outputs(changed, minGroup)).toEqual(outputs(responses, minGroup));
      }),
      { numRuns: RUNS },
    );
  });

  it('the number and content of the responses, while the whole survey is suppressed', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup, i, value }) => {
        const k = i % (responses.length + 1);
        const role = ROLES[i % 2]!;
        const more = [...responses.slice(0, k), { role, answers: value }, ...responses.slice(k)];
        fc.pre(allHidden(more, minGroup));
        expect(outputs(more, minGroup)).toEqual(outputs(responses, minGroup));
      }),
      { numRuns: RUNS },
    );
  });

  it('what is shown has at least min-group behind it: every n printed is ≥ min-group', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup }) => {
        const report = surveyReport(STANDARD_QUESTIONS, responses, minGroup, 'final');
        const ns = [...JSON.stringify(report).matchAll(/"n":(\d+)/g)].map((match) => Number(match[1]));
        for (const n of ns) expect(n).toBeGreaterThanOrEqual(minGroup);
        const text = renderSurveyText(
          { report, questions: STANDARD_QUESTIONS, round: '2026', lang: 'en', t: translator('en') },
          PLAIN,
          100,
        );
        for (const match of text.matchAll(/\(n = (\d+)\)|· (\d+) response/g)) {
          expect(Number(match[1] ?? match[2])).toBeGreaterThanOrEqual(minGroup);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
