import type { Command } from 'commander';
import { listTopicLabels } from '../../../db/topics.js';
import { examples, type App } from '../../app.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { renderTable } from '../../render/table.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  listOptions(group.command('list').description(t('topic.list.description')), t)
    .addHelpText('after', examples(t, ['tandem topic list', 'tandem topic list --json']))
    .action(
      app.action(async (ctx, o: OutputOptions) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const topics = listTopicLabels(await ctx.db());
        await emitList(
          ctx,
          target,
          o,
          limited(topics, limit, (rows) => ({
            json: rows,
            none: 'topic.none',
            table: (io) => (rows.length === 0 ? undefined : renderTable(io, [t('topic.label.key'), t('topic.label.label')], rows.map((r) => [r.key, r.label]))),
            sheet: () => ({ name: 'topics', head: ['key', 'label'], rows: rows.map((r) => [r.key, r.label]) }),
          })),
        );
      }),
    );
}
