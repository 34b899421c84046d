import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { parseEmail } from '../../../core/people.js';
import { excludePair, includePair } from '../../../app/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

/** `pair exclude [--remove]` and `pair include` (the same as `exclude --remove`): one door, the exclusion added or lifted. */
export function registerExclusion(group: Command, app: App, verb: 'exclude' | 'include'): void {
  const { t } = app;
  const command = roundOption(group.command(`${verb} <email-a> <email-b>`).description(t(`pair.${verb}.description`)), t, 'option.excludeRound');
  if (verb === 'exclude') command.option('--remove', t('option.removeExclusion'));
  const example =
    verb === 'exclude'
      ? ['tandem pair exclude lena.vogel@example.com klaus.berger@example.com', 'tandem pair exclude a@example.com b@example.com --round 2026', 'tandem pair exclude a@example.com b@example.com --remove']
      : ['tandem pair include lena.vogel@example.com klaus.berger@example.com', 'tandem pair include a@example.com b@example.com --round 2026'];
  command.addHelpText('after', examples(t, example)).action(
    app.action(async (ctx, rawA: string, rawB: string, o: { round?: string; remove?: boolean }) => {
      const a = parseEmail(rawA, '<email-a>');
      const b = parseEmail(rawB, '<email-b>');
      if (a === b) throw new UsageError('error.excludeSelf');
      const db = await ctx.db();
      const { getRound } = await import('../../../db/rounds.js');
      const round = o.round === undefined ? undefined : getRound(db, o.round);
      const scope = round ? t('pair.exclude.inRound', { round: round.name }) : t('pair.exclude.always');
      if (verb === 'include' || o.remove) {
        includePair(db, a, b, round);
        return ctx.info(t('pair.included', { a, b, scope }));
      }
      ctx.info(t(excludePair(db, a, b, round) ? 'pair.excluded' : 'pair.alreadyExcluded', { a, b, scope }));
    }),
  );
}

export default function register(group: Command, app: App): void {
  registerExclusion(group, app, 'exclude');
}
