import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { parseEmail } from '../../../core/people.js';
import { excludePair } from '../../../app/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('exclude <email-a> <email-b>').description(t('pair.exclude.description')), t, 'option.excludeRound')
    .addHelpText('after', examples(t, ['tandem pair exclude lena.vogel@example.com klaus.berger@example.com', 'tandem pair exclude a@example.com b@example.com --round 2026']))
    .action(
      app.action(async (ctx, rawA: string, rawB: string, o: { round?: string }) => {
        const a = parseEmail(rawA, '<email-a>');
        const b = parseEmail(rawB, '<email-b>');
        if (a === b) throw new UsageError('error.excludeSelf');
        const db = await ctx.db();
        const { getRound } = await import('../../../db/rounds.js');
        const round = o.round === undefined ? undefined : getRound(db, o.round);
        const added = excludePair(db, a, b, round);
        const scope = round ? t('pair.exclude.inRound', { round: round.name }) : t('pair.exclude.always');
        ctx.info(t(added ? 'pair.excluded' : 'pair.alreadyExcluded', { a, b, scope }));
      }),
    );
}
