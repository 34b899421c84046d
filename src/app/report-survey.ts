import type { SurveySummary } from '../core/report/types.js';
import type { Round } from '../core/rounds.js';
import type { Db } from '../db/types.js';

/**
 * The hook that fills the round report's `survey` slot (SPEC §5): the round's survey
 * (`final`, else the latest) summarised under the confidentiality rules of SPEC §3, or
 * null when the round has no survey. Owned by the survey feature; loaded lazily so a
 * round report without surveys costs one small query.
 */
export async function loadSurveySummary(db: Db, round: Round): Promise<SurveySummary | null> {
  const { hasSurvey } = await import('../db/report.js');
  if (!hasSurvey(db, round.id)) return null;
  const { loadRoundSurvey } = await import('../db/surveys.js');
  const found = loadRoundSurvey(db, round.id);
  if (!found) return null;
  const [{ roundSurveySummary }, { DEFAULT_MIN_GROUP }, { roleCounts }] = await Promise.all([
    import('../core/survey/round-summary.js'),
    import('../core/survey/report.js'),
    import('../db/participants.js'),
  ]);
  return roundSurveySummary(found.survey, found.responses, DEFAULT_MIN_GROUP, roleCounts(db, round.id));
}
