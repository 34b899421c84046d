import type { Command } from 'commander';
import { markDone } from '../../../app/goals.js';
import { parseDate } from '../../../core/dates.js';
import { examples, type App } from '../../app.js';
import { formatDate } from '../../render/format.js';
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
        const goal = markDone(await ctx.db(), raw, date, ctx.today, t);
        if (ctx.json) return ctx.printJson(goalJson(goal));
        ctx.info(t('goal.doneMessage', { id: goal.id, text: goal.text, date: formatDate(date, ctx.lang) }));
      }),
    );
}
