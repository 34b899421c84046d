import { UsageError } from '../../../core/errors.js';
import { compareRounds, type CompareInput, type CompareRow } from '../../../core/report/compare.js';
import { loadCompareInput } from '../../../db/report.js';
import { getRound } from '../../../db/rounds.js';
import type { Db } from '../../../db/types.js';
import type { Ctx } from '../../context.js';
import { terminalText } from '../../render/bars.js';
import { formatDate, formatNumber } from '../../render/format.js';
import { renderTable } from '../../render/table.js';

/** `round compare`: the rounds' figures side by side (SPEC §3), as a table or JSON. */
export async function compareCommand(ctx: Ctx, refs: string[]): Promise<void> {
  if (refs.length < 2) throw new UsageError('error.compare.tooFew');
  const db = await ctx.db();
  const inputs: CompareInput[] = [];
  for (const ref of refs) {
    const round = getRound(db, ref);
    inputs.push({ ...loadCompareInput(db, round, ctx.today), survey: await surveyOf(db, round.id) });
  }
  printCompare(ctx, compareRounds(inputs));
}

/** The overall survey group of a round (the `final` survey, else the latest), confidentiality applied. */
async function surveyOf(db: Db, roundId: number): Promise<CompareInput['survey']> {
  const { loadRoundSurvey } = await import('../../../db/surveys.js');
  const found = loadRoundSurvey(db, roundId);
  if (!found) return null;
  const { groupSummary, DEFAULT_MIN_GROUP } = await import('../../../core/survey/report.js');
  const summary = groupSummary(found.survey.questions, found.responses, DEFAULT_MIN_GROUP);
  return { name: found.survey.name, ...summary };
}

function printCompare(ctx: Ctx, rows: CompareRow[]): void {
  const { t, lang } = ctx;
  if (ctx.json) return ctx.printJson(rows);
  const n = (value: number | null, suffix = '') => (value === null ? '–' : `${formatNumber(value, lang)}${suffix}`);
  const surveyCell = (r: CompareRow, value: number | null, suffix = '') =>
    r.survey === null ? t('compare.noSurvey') : r.survey.suppressed ? t('compare.suppressed') : n(value, suffix);
  const lines: [string, (r: CompareRow) => string][] = [
    [t('label.dates'), (r) => `${formatDate(r.round.startsOn, lang)} – ${formatDate(r.round.endsOn, lang)}`],
    [t('label.status'), (r) => t(`status.${r.round.status}`)],
    [t('label.mentors'), (r) => n(r.participants.mentors)],
    [t('label.mentees'), (r) => n(r.participants.mentees)],
    [t('label.pairs'), (r) => n(r.pairs)],
    [t('compare.label.tandems'), (r) => n(r.tandems)],
    [t('label.sessions'), (r) => n(r.sessions)],
    [t('compare.label.sessionsPerTandem'), (r) => n(r.sessionsPerTandem)],
    [t('report.label.hours'), (r) => n(r.hours)],
    [t('compare.label.goalsAchieved'), (r) => `${n(r.goals.achieved)} / ${n(r.goals.set)}`],
    [t('compare.label.recommend'), (r) => surveyCell(r, r.recommendPercent, ' %')],
    [t('compare.label.nps'), (r) => surveyCell(r, r.nps)],
  ];
  ctx.print(
    renderTable(
      ctx.io,
      ['', ...rows.map((r) => terminalText(r.round.name))],
      lines.map(([label, cell]) => [label, ...rows.map(cell)]),
    ),
  );
}
