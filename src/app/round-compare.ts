import type { IsoDate } from '../core/dates.js';
import { compareRounds as compare, type CompareInput, type CompareRow } from '../core/report/compare.js';
import { loadCompareInput } from '../db/report.js';
import { getRound } from '../db/rounds.js';
import type { Db } from '../db/types.js';

/** `round compare`: the figures of the named rounds (each must exist, exit 1) side by side, as of `today`. */
export async function compareRounds(db: Db, refs: readonly string[], today: IsoDate): Promise<CompareRow[]> {
  const inputs: CompareInput[] = [];
  for (const ref of refs) {
    const round = getRound(db, ref);
    inputs.push({ ...loadCompareInput(db, round, today), survey: await surveyOf(db, round.id) });
  }
  return compare(inputs);
}

/** The overall survey group of a round (the `final` survey, else the latest), confidentiality applied. */
async function surveyOf(db: Db, roundId: number): Promise<CompareInput['survey']> {
  const { loadRoundSurvey } = await import('../db/surveys.js');
  const found = loadRoundSurvey(db, roundId);
  if (!found) return null;
  const { groupSummary, DEFAULT_MIN_GROUP } = await import('../core/survey/report.js');
  const summary = groupSummary(found.survey.questions, found.responses, DEFAULT_MIN_GROUP);
  return { name: found.survey.name, ...summary };
}
