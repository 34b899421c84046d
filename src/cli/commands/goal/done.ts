import type { Command } from 'commander';
import { parseDate } from '../../../core/dates.js';
import { StateError } from '../../../core/errors.js';
import { dateProblem } from '../../../core/sessions.js';
import { getGoal, markGoalDone } from '../../../db/goals.js';
import { examples, type App } from '../../app.js';
import { formatDate } from '../../render/format.js';
import { usageProblem } from '../session/tandem.js';
import { requireGoal } from './shared.js';
import { goalJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('done <id>')
    .description(t('goal.done.description'))
    .option('--date <date>', t('goal.option.date'))
    .addHelpText('after', examples(t, ['tandem goal done 12', 'tandem goal done 12 --date 2026-03-02']))
    .action(
      app.action(async (ctx, raw: string, o: { date?: string }) => {
        const date = o.date === undefined ? ctx.today : parseDate(o.date, '--date');
        const db = await ctx.db();
        const { goal, round } = requireGoal(db, raw);
        const problem = dateProblem(date, round, ctx.today);
        if (problem) throw usageProblem(problem, '--date', t);
        if (goal.achievedOn) {
          throw new StateError('error.goal.alreadyDone', { id: goal.id, date: goal.achievedOn });
        }
        db.transaction(() => markGoalDone(db, goal.id, date)).immediate();
        if (ctx.json) return ctx.printJson(goalJson(getGoal(db, goal.id)));
        ctx.info(t('goal.doneMessage', { id: goal.id, text: goal.text, date: formatDate(date, ctx.lang) }));
      }),
    );
}
