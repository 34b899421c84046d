import type { Command } from 'commander';
import { listPairs } from '../../../db/pairs.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { pairView, renderPairs, tandemSheet } from '../../render/pairs.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('list').description(t('pair.list.description')), t).option('--active', t('option.activeOnly'));
  listOptions(command, t)
    .addHelpText(
      'after',
      `${examples(t, ['tandem pair list --round 2026', 'tandem pair list --round 2026 --limit 20', 'tandem pair list --round 2026 --active --json', 'tandem pair list --round 2026 --format csv --excel --out tandems.csv'])}\n${t('pair.list.sheet')}\n`,
    )
    .action(
      app.action(async (ctx, o: OutputOptions & { round?: string; active?: boolean }) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const round = await ctx.round(o.round);
        const pairs = listPairs(await ctx.db(), round.id, { all: !o.active })
          .sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1))
          .map(pairView);
        await emitList(
          ctx,
          target,
          o,
          limited(pairs, limit, (shown) => ({
            json: shown,
            none: 'pair.none',
            table: (io) => (shown.length === 0 ? undefined : renderPairs({ t, io, lang: ctx.lang, topicName: ctx.topicName }, shown)),
            sheet: () => tandemSheet(shown),
          })),
        );
      }),
    );
}
