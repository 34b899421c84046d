import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { getPerson } from '../../../db/people.js';
import { listSessions } from '../../../db/sessions.js';
import { examples, type App } from '../../app.js';
import { aliasOptions, roundOption } from '../../options.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { sessionList } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('list').description(t('session.list.description')), t).option('--mentee <email>', t('session.option.menteeFilter'));
  listOptions(aliasOptions(command, t, { '--mentee': '--mentee-email' }), t)
    .addHelpText('after', examples(t, ['tandem session list --round 2026', 'tandem session list --round 2026 --limit 20', 'tandem session list --round 2026 --mentee ceo@example.com --json', 'tandem session list --round 2026 --format csv --excel --out treffen.csv']))
    .action(
      app.action(async (ctx, o: OutputOptions & { round?: string; mentee?: string }) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        const menteeId = o.mentee === undefined ? undefined : getPerson(db, parseEmail(o.mentee, '--mentee')).id;
        await emitList(ctx, target, o, limited(listSessions(db, round.id, { menteeId }), limit, (rows) => sessionList(t, ctx.lang, rows, ctx.topicName)));
      }),
    );
}
