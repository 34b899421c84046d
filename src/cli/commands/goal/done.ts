import type { Command } from 'commander';
import { markDone } from '../../../app/goals.js';
import { parseDate } from '../../../core/dates.js';
import { examples, type App } from '../../app.js';
import { aliasOptions, roundOption } from '../../options.js';
import { formatDate } from '../../render/format.js';
import { goalJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('done <goal>').description(t('goal.done.description')), t)
    .option('--mentee <email>', t('goal.option.doneMentee'))
    .option('--date <date>', t('goal.option.date'));
  aliasOptions(command, t, { '--mentee': '--mentee-email', '--date': '--achieved-on' })
    .addHelpText(
      'after',
      examples(t, ['tandem goal done 12', 'tandem goal done 12 --date 2026-03-02', 'tandem goal done --mentee klaus.berger@example.com "Post a first Instagram story" --round 2026']),
    )
    .action(
      app.action(async (ctx, raw: string, o: { round?: string; mentee?: string; date?: string }) => {
        const date = o.date === undefined ? ctx.today : parseDate(o.date, '--date');
        const ref = o.mentee === undefined ? { id: raw } : { round: await ctx.round(o.round), mentee: o.mentee, text: raw };
        const goal = markDone(await ctx.db(), ref, date, ctx.today, t);
        if (ctx.json) return ctx.printJson(goalJson(goal));
        ctx.info(t('goal.doneMessage', { id: goal.id, text: goal.text, date: formatDate(date, ctx.lang) }));
      }),
    );
}
