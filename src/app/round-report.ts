import type { IsoDate } from '../core/dates.js';
import { buildRoundReport, staleOnly as onlyStale } from '../core/report/build.js';
import type { RoundReport } from '../core/report/types.js';
import type { WeekBucket } from '../core/report/weekly.js';
import type { Round } from '../core/rounds.js';
import { loadReportData, sessionsPerDay } from '../db/report.js';
import type { Db } from '../db/types.js';
import { loadSurveySummary } from './report-survey.js';

/**
 * What `round report` shows: the report as of a day (only stale tandems with `staleOnly`),
 * and the weekly sessions when asked for; `record()` logs its survey part as issued (on
 * `today`, default `asOf`) once the report is out.
 */
export async function roundReport(
  db: Db,
  round: Round,
  input: { asOf: IsoDate; staleDays?: number; staleOnly: boolean; weekly: boolean; today?: IsoDate },
  onStep: (step: number) => void = () => {},
): Promise<{ report: RoundReport; weekly?: WeekBucket[]; record(): void }> {
  let report = buildRoundReport(loadReportData(db, round, input.asOf), { asOf: input.asOf, staleDays: input.staleDays });
  onStep(1);
  const survey = await loadSurveySummary(db, round, input.today ?? input.asOf);
  report.survey = survey?.summary ?? null;
  if (input.staleOnly) report = onlyStale(report);
  const weekly = input.weekly ? (await import('../core/report/weekly.js')).sessionsPerWeek(round, sessionsPerDay(db, round.id, input.asOf)) : undefined;
  onStep(2);
  return { report, weekly, record: survey?.record ?? (() => {}) };
}
