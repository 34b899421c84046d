import type { Command } from 'commander';
import { removeParticipant } from '../../../app/participants.js';
import { parseEmail } from '../../../core/people.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('remove <email>').description(t('participant.remove.description')), t)
    .option('--force', t('option.forceRemove'))
    .addHelpText('after', examples(t, ['tandem participant remove lena.vogel@example.com --round 2026', 'tandem participant remove lena.vogel@example.com --round 2026 --force']))
    .action(
      app.action(async (ctx, rawEmail: string, o: { round?: string; force?: boolean }) => {
        const email = parseEmail(rawEmail, '<email>');
        const round = await ctx.round(o.round);
        const ended = removeParticipant(await ctx.db(), round, email, o.force === true, ctx.today);
        ctx.info(t('participant.removed', { email, round: round.name, ended }));
      }),
    );
}
