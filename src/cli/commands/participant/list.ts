import type { Command } from 'commander';
import { parseRole } from '../../../core/people.js';
import { listParticipants } from '../../../db/participants.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { printParticipants } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('list').description(t('participant.list.description')), t)
    .option('--role <role>', t('option.role'))
    .addHelpText('after', examples(t, ['tandem participant list --round 2026', 'tandem participant list --round 2026 --role mentor --json']))
    .action(
      app.action(async (ctx, o: { round?: string; role?: string }) => {
        const role = o.role === undefined ? undefined : parseRole(o.role);
        const round = await ctx.round(o.round);
        printParticipants(ctx, listParticipants(await ctx.db(), round.id, role));
      }),
    );
}
