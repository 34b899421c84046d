import type { Command } from 'commander';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('compare <rounds...>')
    .description(t('compare.description'))
    .addHelpText('after', examples(t, ['tandem round compare 2025 2026', 'tandem round compare 2024 2025 2026 --json']))
    .action(
      app.action(async (ctx, refs: string[]) => {
        // Loaded only when rounds are compared: every `round …` command registers this one.
        const { compareCommand } = await import('./compare-run.js');
        await compareCommand(ctx, refs);
      }),
    );
}
