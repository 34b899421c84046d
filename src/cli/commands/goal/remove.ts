import type { Command } from 'commander';
import { removeGoal } from '../../../app/goals.js';
import { examples, type App } from '../../app.js';
import { goalJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('remove <id>')
    .description(t('goal.remove.description'))
    .addHelpText('after', examples(t, ['tandem goal remove 12']))
    .action(
      app.action(async (ctx, raw: string) => {
        const goal = removeGoal(await ctx.db(), raw);
        if (ctx.json) return ctx.printJson(goalJson(goal));
        ctx.info(t('goal.removed', { id: goal.id, text: goal.text }));
      }),
    );
}
