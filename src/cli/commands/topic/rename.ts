import type { Command } from 'commander';
import { renameTopic } from '../../../app/topics.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('rename <topic> <label>')
    .description(t('topic.rename.description'))
    .addHelpText('after', `${examples(t, ['tandem topic rename linkedin LinkedIn', 'tandem topic rename "online application tools" "Online Application Tools"'])}\n${t('topic.rename.note')}\n`)
    .action(
      app.action(async (ctx, topic: string, label: string) => {
        const renamed = renameTopic(await ctx.db(), topic, label);
        if (ctx.json) return ctx.printJson(renamed);
        ctx.info(t('topic.renamed', renamed));
      }),
    );
}
