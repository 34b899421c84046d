import { UsageError } from '../../../core/errors.js';
import { compareRounds, type CompareInput, type CompareRow } from '../../../core/report/compare.js';
import { loadCompareInput } from '../../../db/report.js';
import { getRound } from '../../../db/rounds.js';
import type { Round } from '../../../core/rounds.js';
import type { Db } from '../../../db/types.js';
import type { Ctx } from '../../context.js';
import { emitOutput, outputTarget, type OutputOptions } from '../../output-options.js';
import { PLAIN } from '../../palette.js';
import { COMPARE_FORMATS, type CompareFormat } from './formats.js';
import { terminalText } from '../../render/bars.js';
import { renderTable } from '../../render/table.js';

/** `round compare`: the rounds' figures side by side (SPEC §3), as a table or JSON. */
export async function compareCommand(ctx: Ctx, refs: string[], o: OutputOptions = {}): Promise<void> {
  if (refs.length < 2) throw new UsageError('error.compare.tooFew');
  const target = outputTarget(ctx, o, COMPARE_FORMATS, 'table');
  const db = await ctx.db();
  const inputs: CompareInput[] = [];
  const records: (() => void)[] = [];
  for (const ref of refs) {
    const round = getRound(db, ref);
    const survey = await surveyOf(db, round, ctx.today);
    if (survey) records.push(survey.record);
    inputs.push({ ...loadCompareInput(db, round, ctx.today), survey: survey?.figures ?? null });
  }
  const rows = compareRounds(inputs);
  // --json on stdout keeps its shape: the JSON array of SPEC §5.
  if (target.format === 'json' && target.path === undefined) ctx.printJson(rows);
  else emitOutput(ctx, target, await renderCompare(ctx, rows, target.format, target.path !== undefined));
  for (const record of records) record();
}

/**
 * The overall survey group of a round's final survey (kind `final`, else named `final`,
 * else the latest), confidentiality applied and issued like a survey report: "still
 * collecting" when the differencing guard refuses it; `record()` logs it once delivered.
 */
async function surveyOf(db: Db, round: Round, today: string): Promise<{ figures: CompareInput['survey']; record(): void } | null> {
  const { prepareSurveyPart } = await import('../../../app/surveys.js');
  const { pickCompareSurvey } = await import('../../../core/survey/round-summary.js');
  const { summaryOfAll, DEFAULT_MIN_GROUP } = await import('../../../core/survey/report.js');
  const part = prepareSurveyPart(db, round, pickCompareSurvey, DEFAULT_MIN_GROUP, today);
  if (!part) return null;
  const figures = part.collecting
    ? { name: part.survey.name, n: null, suppressed: true, collecting: true as const, recommendPercent: null, nps: null }
    : { name: part.survey.name, ...summaryOfAll(part.report) };
  return { figures, record: part.record };
}

/** Renders the comparison in the chosen format (the non-table renderers are loaded only when asked for). */
async function renderCompare(ctx: Ctx, rows: CompareRow[], format: CompareFormat, toFile: boolean): Promise<string> {
  const { t, lang } = ctx;
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === 'table') {
    const { compareGrid } = await import('../../render/compare.js');
    // A file gets no colour codes.
    const io = toFile ? { ...ctx.io, color: PLAIN } : ctx.io;
    const names = rows.map((r) => terminalText(r.round.name));
    return renderTable(io, ['', ...names], compareGrid(rows, t, lang).map((line) => [line.label, ...line.cells]));
  }
  const render = await import('../../render/compare.js');
  if (format === 'md') return render.renderCompareMarkdown(rows, t, lang);
  if (format === 'html') return render.renderCompareHtml(rows, t, lang);
  return render.renderCompareCsv(rows);
}
