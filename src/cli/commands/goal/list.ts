import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { listGoals } from '../../../db/goals.js';
import { getPerson } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { aliasOptions, roundOption } from '../../options.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { goalList } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('list').description(t('goal.list.description')), t)
    .option('--mentee <email>', t('goal.option.menteeFilter'))
    .option('--open', t('goal.option.open'));
  listOptions(aliasOptions(command, t, { '--mentee': '--mentee-email' }), t)
    .addHelpText('after', examples(t, ['tandem goal list --round 2026', 'tandem goal list --round 2026 --limit 20', 'tandem goal list --round 2026 --mentee ceo@example.com --open --json', 'tandem goal list --round 2026 --out ziele.xlsx']))
    .action(
      app.action(async (ctx, o: OutputOptions & { round?: string; mentee?: string; open?: boolean }) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        const menteeId = o.mentee === undefined ? undefined : getPerson(db, parseEmail(o.mentee, '--mentee')).id;
        await emitList(ctx, target, o, limited(listGoals(db, round.id, { menteeId, open: o.open === true }), limit, (rows) => goalList(t, ctx.lang, rows, ctx.topicName)));
      }),
    );
}
