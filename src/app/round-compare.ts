import type { IsoDate } from '../core/dates.js';
import { compareRounds as compare, type CompareInput, type CompareRow } from '../core/report/compare.js';
import type { Round } from '../core/rounds.js';
import { loadCompareInput } from '../db/report.js';
import { getRound } from '../db/rounds.js';
import type { Db } from '../db/types.js';

/**
 * `round compare`: the figures of the named rounds (each must exist, exit 1) side by side,
 * as of `today`; `record()` logs the survey parts as issued once the comparison is out.
 */
export async function compareRounds(db: Db, refs: readonly string[], today: IsoDate): Promise<{ rows: CompareRow[]; record(): void }> {
  const inputs: CompareInput[] = [];
  const records: (() => void)[] = [];
  for (const ref of refs) {
    const round = getRound(db, ref);
    const survey = await surveyOf(db, round, today);
    if (survey) records.push(survey.record);
    inputs.push({ ...loadCompareInput(db, round, today), survey: survey?.figures ?? null });
  }
  return { rows: compare(inputs), record: () => records.forEach((record) => record()) };
}

/**
 * The overall survey group of a round's final survey (kind `final`, else named `final`,
 * else the latest), confidentiality applied and issued like a survey report: "still
 * collecting" when the differencing guard refuses it; `record()` logs it once delivered.
 */
async function surveyOf(db: Db, round: Round, today: string): Promise<{ figures: CompareInput['survey']; record(): void } | null> {
  const { prepareSurveyPart } = await import('./surveys.js');
  const { pickCompareSurvey } = await import('../core/survey/round-summary.js');
  const { summaryOfAll, DEFAULT_MIN_GROUP } = await import('../core/survey/report.js');
  const part = prepareSurveyPart(db, round, pickCompareSurvey, DEFAULT_MIN_GROUP, today);
  if (!part) return null;
  const figures = part.collecting
    ? { name: part.survey.name, n: null, suppressed: true, collecting: true as const, recommendPercent: null, nps: null }
    : { name: part.survey.name, ...summaryOfAll(part.report) };
  return { figures, record: part.record };
}
