import { isConfidence, type Question } from './questions.js';
import {
  answersTo,
  isSuppressedQuestion,
  suppressionNote,
  surveyReport,
  type ConfidenceFigures,
  type GroupName,
  type ScaleFigures,
  type ShiftFigures,
  type SurveyReport,
  type SurveyResponse,
} from './report.js';

/** The seed of the bootstrap: fixed, so the same responses always give the same interval. */
export const BOOTSTRAP_SEED = 17;
/** Bootstrap resamples per interval. */
export const BOOTSTRAP_RESAMPLES = 2000;

/** mulberry32: a small, well-known 32-bit generator, so a test can reproduce the draws exactly. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * after − before of the means, with a 95 % percentile-bootstrap interval for two
 * independent samples (the responses cannot be linked by person, by design): each of
 * {@link BOOTSTRAP_RESAMPLES} rounds draws `after.length` values from `after` and
 * `before.length` from `before` with replacement (after first, then before, from one
 * mulberry32 stream seeded {@link BOOTSTRAP_SEED}, values sorted ascending first so the
 * storage order does not matter); low and high are the sorted differences at index
 * ⌊0.025·B⌋ and ⌈0.975·B⌉ − 1. All three are rounded to two decimals.
 */
export function meanShift(before: readonly number[], after: readonly number[]): ShiftFigures {
  const a = [...after].sort((x, y) => x - y);
  const b = [...before].sort((x, y) => x - y);
  const random = mulberry32(BOOTSTRAP_SEED);
  const diffs = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let i = 0; i < BOOTSTRAP_RESAMPLES; i++) diffs[i] = resampledMean(a, random) - resampledMean(b, random);
  diffs.sort();
  return {
    mean: round2(mean(a) - mean(b)),
    low: round2(diffs[Math.floor(0.025 * BOOTSTRAP_RESAMPLES)]!),
    high: round2(diffs[Math.ceil(0.975 * BOOTSTRAP_RESAMPLES) - 1]!),
  };
}

function resampledMean(values: readonly number[], random: () => number): number {
  let sum = 0;
  for (let j = 0; j < values.length; j++) sum += values[Math.floor(random() * values.length)]!;
  return sum / values.length;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r; // never -0
}

/**
 * The report of a `final` survey with its baseline: each confidence question of each shown
 * group carries `before` (the baseline report's figures for that group and question, under
 * the baseline's own confidentiality rule at the same min-group) and `shift`, computed only
 * when both sides are shown, so a topic suppressed on either side gives no shift.
 */
export function withBaseline(
  report: SurveyReport,
  after: { questions: readonly Question[]; responses: readonly SurveyResponse[] },
  before: { questions: readonly Question[]; responses: readonly SurveyResponse[]; report: SurveyReport },
): SurveyReport {
  const groups = { ...report.groups };
  for (const name of ['all', 'mentor', 'mentee'] as const) {
    const group = groups[name];
    if (group.suppressed) continue;
    const questions = { ...group.questions };
    for (const question of after.questions.filter(isConfidence)) {
      const own = questions[question.id];
      if (own === undefined || isSuppressedQuestion(own)) continue;
      const baseQuestion = before.questions.find((q) => q.id === question.id);
      const baseGroup = before.report.groups[name];
      const baseFigures = baseQuestion === undefined ? undefined : baseGroup.suppressed ? 'suppressed' : baseGroup.questions[question.id];
      const beforeFigures: ConfidenceFigures['before'] =
        baseFigures === undefined
          ? null
          : baseFigures === 'suppressed' || isSuppressedQuestion(baseFigures)
            ? { suppressed: true, note: suppressionNote(report.minGroup) }
            : (baseFigures as ScaleFigures);
      const shown = beforeFigures !== null && !isSuppressedQuestion(beforeFigures) && beforeFigures.n > 0 && (own as ScaleFigures).n > 0;
      const shift = shown ? meanShift(valuesOf(baseQuestion!, before.responses, name), valuesOf(question, after.responses, name)) : null;
      questions[question.id] = { ...(own as ScaleFigures), before: beforeFigures, shift } satisfies ConfidenceFigures;
    }
    groups[name] = { ...group, questions };
  }
  return { ...report, groups };
}

/** The baseline report of a final survey, computed with the final's min-group. */
export function baselineReport(before: { name: string; questions: readonly Question[]; responses: readonly SurveyResponse[] }, minGroup: number): SurveyReport {
  return surveyReport(before.questions, before.responses, minGroup, before.name);
}

function valuesOf(question: Question, responses: readonly SurveyResponse[], group: GroupName): number[] {
  const members = group === 'all' ? responses : responses.filter((r) => r.role === group);
  return answersTo(question, members) as number[];
}
