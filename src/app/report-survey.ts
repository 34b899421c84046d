import type { SurveySummary } from '../core/report/types.js';
import type { Round } from '../core/rounds.js';
import type { Db } from '../db/types.js';

/**
 * The hook that fills the round report's `survey` slot (SPEC §5): the round's latest closed
 * survey (else `final`, else the latest), summarised under the confidentiality rules of
 * SPEC §3 and issued like a survey report (logged by `record()` once the report is out;
 * "still collecting" when the differencing guard refuses it), or null when the round has
 * no survey. Owned by the survey feature; loaded lazily so a round report without surveys
 * costs one small query.
 */
export async function loadSurveySummary(db: Db, round: Round, today: string): Promise<{ summary: SurveySummary; record(): void } | null> {
  const { hasSurvey } = await import('../db/report.js');
  if (!hasSurvey(db, round.id)) return null;
  const { prepareSurveyPart } = await import('./surveys.js');
  const { pickRoundSurvey, summariseSurveyReport, collectingSummary } = await import('../core/survey/round-summary.js');
  const { DEFAULT_MIN_GROUP } = await import('../core/survey/report.js');
  const part = prepareSurveyPart(db, round, pickRoundSurvey, DEFAULT_MIN_GROUP, today);
  if (!part) return null;
  const summary = part.collecting ? collectingSummary(part.survey.name, DEFAULT_MIN_GROUP, part.survey.title) : summariseSurveyReport(part.report, part.survey.questions);
  return { summary, record: part.record };
}
