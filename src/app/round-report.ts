import type { IsoDate } from '../core/dates.js';
import { buildRoundReport, staleOnly as onlyStale } from '../core/report/build.js';
import type { RoundReport } from '../core/report/types.js';
import { sessionsPerWeek, type WeekBucket } from '../core/report/weekly.js';
import type { Round } from '../core/rounds.js';
import { loadReportData, sessionsPerDay } from '../db/report.js';
import type { Db } from '../db/types.js';
import { loadSurveySummary } from './report-survey.js';

/** What `round report` shows: the report as of a day (only stale tandems with `staleOnly`), and the weekly sessions when asked for. */
export async function roundReport(
  db: Db,
  round: Round,
  input: { asOf: IsoDate; staleDays?: number; staleOnly: boolean; weekly: boolean },
  onStep: (step: number) => void = () => {},
): Promise<{ report: RoundReport; weekly?: WeekBucket[] }> {
  let report = buildRoundReport(loadReportData(db, round, input.asOf), { asOf: input.asOf, staleDays: input.staleDays });
  onStep(1);
  report.survey = await loadSurveySummary(db, round);
  if (input.staleOnly) report = onlyStale(report);
  const weekly = input.weekly ? sessionsPerWeek(round, sessionsPerDay(db, round.id, input.asOf)) : undefined;
  onStep(2);
  return { report, weekly };
}
