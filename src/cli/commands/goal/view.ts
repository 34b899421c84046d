import type { GoalRow } from '../../../db/goals.js';
import type { Ctx } from '../../context.js';
import { terminalText } from '../../render/bars.js';
import { formatDate } from '../../render/format.js';
import { renderTable } from '../../render/table.js';

/** The `goal list` object of SPEC §5. */
export function goalJson(g: GoalRow) {
  return { id: g.id, mentee: g.mentee, text: g.text, topic: g.topic, achievedOn: g.achievedOn };
}

/** Prints goals as JSON or a table. */
export function printGoals(ctx: Ctx, goals: GoalRow[]): void {
  const { t, lang } = ctx;
  if (ctx.json) return ctx.printJson(goals.map(goalJson));
  if (goals.length === 0) return ctx.info(t('goal.none'));
  ctx.print(
    renderTable(
      ctx.io,
      [t('report.label.id'), t('report.label.mentee'), t('report.label.goal'), t('report.label.topic'), t('report.label.achievedOn')],
      goals.map((g) => [
        g.id,
        terminalText(g.mentee.name ?? g.mentee.email ?? t('report.forgotten')),
        terminalText(g.text),
        terminalText(g.topic ?? ''),
        g.achievedOn ? formatDate(g.achievedOn, lang) : t('goal.open'),
      ]),
    ),
  );
}
