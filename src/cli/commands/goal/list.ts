import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { listGoals } from '../../../db/goals.js';
import { getPerson } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { printGoals } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('list').description(t('goal.list.description')), t)
    .option('--mentee <email>', t('goal.option.menteeFilter'))
    .option('--open', t('goal.option.open'))
    .addHelpText('after', examples(t, ['tandem goal list --round 2026', 'tandem goal list --round 2026 --mentee ceo@example.com --open --json']))
    .action(
      app.action(async (ctx, o: { round?: string; mentee?: string; open?: boolean }) => {
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        const menteeId = o.mentee === undefined ? undefined : getPerson(db, parseEmail(o.mentee, '--mentee')).id;
        printGoals(ctx, listGoals(db, round.id, { menteeId, open: o.open === true }));
      }),
    );
}
