import type { Command } from 'commander';
import { parseRole } from '../../../core/people.js';
import { listParticipants } from '../../../db/participants.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { participantList } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('list').description(t('participant.list.description')), t).option('--role <role>', t('option.role'));
  listOptions(command, t)
    .addHelpText(
      'after',
      examples(t, ['tandem participant list --round 2026', 'tandem participant list --round 2026 --limit 20', 'tandem participant list --round 2026 --role mentor --json', 'tandem participant list --round 2026 --out teilnehmende-2026.xlsx']),
    )
    .action(
      app.action(async (ctx, o: OutputOptions & { round?: string; role?: string }) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const role = o.role === undefined ? undefined : parseRole(o.role);
        const round = await ctx.round(o.round);
        await emitList(ctx, target, o, limited(listParticipants(await ctx.db(), round.id, role), limit, (rows) => participantList(t, rows, ctx.topicName)));
      }),
    );
}
