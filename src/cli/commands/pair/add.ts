import type { Command } from 'commander';
import { addPair } from '../../../app/pairs.js';
import { parseDate } from '../../../core/dates.js';
import type { Violation } from '../../../core/matching/types.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const causes = (broken: Violation[]) => broken.map((v) => t(`cause.${v}`)).join(', ');
  roundOption(group.command('add <mentor-email> <mentee-email>').description(t('pair.add.description')), t)
    .option('--force', t('option.forcePair'))
    .option('--since <date>', t('option.since'))
    .addHelpText('after', examples(t, ['tandem pair add lena.vogel@example.com klaus.berger@example.com --round 2026', 'tandem pair add finn.wolf@example.com michael.schmitt@example.com --round 2026 --force']))
    .action(
      app.action(async (ctx, mentor: string, mentee: string, o: { round?: string; force?: boolean; since?: string }) => {
        const since = o.since === undefined ? undefined : parseDate(o.since, '--since');
        const round = await ctx.round(o.round);
        const added = addPair(await ctx.db(), round, { mentor, mentee, force: o.force === true, since }, causes);
        ctx.info(t('pair.added', { mentor: added.mentor.name ?? '', mentee: added.mentee.name ?? '', score: added.score }));
        if (added.broken.length) ctx.info(t('pair.forced', { constraints: causes(added.broken) }));
      }),
    );
}
