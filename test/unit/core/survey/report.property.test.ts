import fc from 'fast-check';
import { answersArb } from './arbitraries.js';
import { describe, expect, it } from 'vitest';
import { checkAnswer, parseAnswerCell } from '../../../../src/core/survey/answers.js';
import { STANDARD_QUESTIONS } from '../../../../src/core/survey/questions.js';
import {
  groupSummary,
  surveyReport,
  type GroupName,
  type Role,
  type ScaleFigures,
  type SurveyResponse,
  type SurveyReport,
  type TextFigures,
} from '../../../../src/core/survey/report.js';

const RUNS = 1000;
const GROUPS: GroupName[] = ['all', 'mentor', 'mentee'];

const answers = answersArb(['Instagram', 'hashtags', 'LinkedIn', 'Zoom', 'äpfel', 'Apfel']);
const responseArb: fc.Arbitrary<SurveyResponse> = fc.record({
  role: fc.constantFrom<Role>('mentor', 'mentee'),
  answers,
});
const caseArb = fc.record({
  responses: fc.array(responseArb, { minLength: 0, maxLength: 30 }),
  minGroup: fc.integer({ min: 3, max: 8 }),
});

const shownNames = (report: SurveyReport) => GROUPS.filter((g) => !report.groups[g].suppressed);

describe('surveyReport properties', () => {
  it('never shows a small group, nor a group that overall minus it would reveal', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup }) => {
        const report = surveyReport(STANDARD_QUESTIONS, responses, minGroup, 'final');
        const count = (g: GroupName) => (g === 'all' ? responses.length : responses.filter((r) => r.role === g).length);
        for (const g of GROUPS) {
          const group = report.groups[g];
          if (group.suppressed) {
            // No count, no figure, no text: only the reason.
            expect(group).toEqual({
              n: null,
              suppressed: true,
              reason: group.reason,
              note: expect.stringMatching(/^suppressed: /),
              questions: {},
            });
          } else {
            expect(group.n).toBe(count(g));
            expect(group.n).toBeGreaterThanOrEqual(minGroup);
          }
        }
        const { all, mentor, mentee } = report.groups;
        if (mentor.suppressed) expect(all.suppressed || mentee.suppressed).toBe(true);
        if (mentee.suppressed) expect(all.suppressed || mentor.suppressed).toBe(true);
        // The only shapes: nothing, overall alone, or everything (never overall and exactly one role).
        expect([[], ['all'], ['all', 'mentor', 'mentee']]).toContainEqual(shownNames(report));
      }),
      { numRuns: RUNS },
    );
  });

  it('with the roles suppressed, the document is the same however the answers are spread over the roles', () => {
    fc.assert(
      fc.property(
        caseArb,
        fc.array(fc.integer(), { minLength: 30, maxLength: 30 }),
        ({ responses, minGroup }, keys) => {
          const report = surveyReport(STANDARD_QUESTIONS, responses, minGroup, 'final');
          fc.pre(report.groups.mentor.suppressed && report.groups.mentee.suppressed);
          // Same role counts, roles dealt to other respondents: no shown figure may change.
          const order = responses.map((_r, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
          const shuffled = responses.map((r, i) => ({ role: responses[order[i]!]!.role, answers: r.answers }));
          expect(surveyReport(STANDARD_QUESTIONS, shuffled, minGroup, 'final')).toEqual(report);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('shown figures add up: with all groups shown, overall = mentor + mentee per question', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup }) => {
        const report = surveyReport(STANDARD_QUESTIONS, responses, minGroup, 'final');
        for (const g of shownNames(report)) {
          const group = report.groups[g];
          if (group.suppressed) continue;
          const members = g === 'all' ? responses : responses.filter((r) => r.role === g);
          for (const q of STANDARD_QUESTIONS) {
            const figures = group.questions[q.id]!;
            const n = members.filter((r) => q.id in r.answers).length;
            if ('n' in figures) {
              expect(figures.n).toBe(n);
              expect(n).toBeGreaterThanOrEqual(minGroup);
            } else {
              // Suppressed on the question's own n: no count, only the one note.
              expect(figures).toEqual({ suppressed: true, note: expect.stringMatching(/^suppressed: /) });
            }
          }
        }
        const { all, mentor, mentee } = report.groups;
        if (all.suppressed || mentor.suppressed || mentee.suppressed) return;
        for (const id of ['satisfaction', 'learning']) {
          const [a, m, e] = [all, mentor, mentee].map((g) => g.questions[id] as ScaleFigures);
          // Per question, the same shapes as for groups: roles only together, never next to all alone.
          expect([m, e].map((f) => 'suppressed' in f!)).toEqual(['suppressed' in m!, 'suppressed' in m!]);
          if ('suppressed' in m!) continue;
          for (const k of ['1', '2', '3', '4', '5'] as const) expect(a!.counts[k]).toBe(m!.counts[k] + e!.counts[k]);
        }
        if ('suppressed' in mentor.questions.highlight!) return;
        const texts = [all, mentor, mentee].map((g) => (g.questions.highlight as TextFigures).answers);
        expect([...texts[0]!].sort()).toEqual([...texts[1]!, ...texts[2]!].sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('free text never reveals a small role: unless both roles reach minGroup on the question, no text appears at all', () => {
    fc.assert(
      fc.property(caseArb, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), ({ responses, minGroup }, writes) => {
        // Every text names its writer's role and position, so any leak is visible in the JSON.
        const tagged = responses.map((r, i) => ({
          role: r.role,
          answers: writes[i] ? { ...r.answers, highlight: `TEXT-${r.role}-${i}` } : r.answers,
        }));
        const report = surveyReport(STANDARD_QUESTIONS, tagged, minGroup, 'final');
        const json = JSON.stringify(report);
        const count = (role: Role) => tagged.filter((r) => r.role === role && 'highlight' in r.answers).length;
        const texts = tagged.filter((r) => 'highlight' in r.answers).length;
        if (Math.min(count('mentor'), count('mentee')) < minGroup) {
          expect(json).not.toMatch(/TEXT-/);
          const all = report.groups.all;
          if (!all.suppressed && texts >= minGroup) {
            expect(all.questions.highlight).toEqual({
              n: texts,
              withheld: true,
              note: `withheld: fewer than ${minGroup} responses in a role`,
            });
          }
        } else {
          // Both roles large enough: every shown group lists its texts in full.
          for (const g of shownNames(report)) {
            const group = report.groups[g];
            if (group.suppressed) continue;
            expect(group.questions.highlight).not.toHaveProperty('withheld');
            const members = g === 'all' ? tagged : tagged.filter((r) => r.role === g);
            expect((group.questions.highlight as TextFigures).answers).toHaveLength(
              members.filter((r) => 'highlight' in r.answers).length,
            );
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('groupSummary agrees with the overall group of the report', () => {
    fc.assert(
      fc.property(caseArb, ({ responses, minGroup }) => {
        const all = surveyReport(STANDARD_QUESTIONS, responses, minGroup, 'x').groups.all;
        const summary = groupSummary(STANDARD_QUESTIONS, responses, minGroup);
        if (all.suppressed) {
          expect(summary).toEqual({ n: null, suppressed: true, recommendPercent: null, nps: null });
        } else {
          expect(summary).toEqual({
            n: all.n,
            suppressed: false,
            recommendPercent: (all.questions.recommend as { yesPercent?: number | null }).yesPercent ?? null,
            nps: (all.questions.nps as { score?: number | null }).score ?? null,
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAnswerCell properties', () => {
  it('never throws, and whatever it accepts is a valid stored answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STANDARD_QUESTIONS), fc.string({ maxLength: 12 }), (question, raw) => {
        const parsed = parseAnswerCell(question, raw);
        if (parsed.ok) expect(checkAnswer(question, parsed.value)).toEqual(parsed);
        else expect(parsed.message).toMatch(/^(not a yes\/no answer|must be)/);
      }),
      { numRuns: 500 },
    );
  });
});
