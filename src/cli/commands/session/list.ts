import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { getPerson } from '../../../db/people.js';
import { listSessions } from '../../../db/sessions.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { printSessions } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('list').description(t('session.list.description')), t)
    .option('--mentee <email>', t('session.option.menteeFilter'))
    .addHelpText('after', examples(t, ['tandem session list --round 2026', 'tandem session list --round 2026 --mentee ceo@example.com --json']))
    .action(
      app.action(async (ctx, o: { round?: string; mentee?: string }) => {
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        const menteeId = o.mentee === undefined ? undefined : getPerson(db, parseEmail(o.mentee, '--mentee')).id;
        printSessions(ctx, listSessions(db, round.id, { menteeId }));
      }),
    );
}
