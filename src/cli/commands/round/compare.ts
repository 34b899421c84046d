import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { outputOptions, type OutputOptions } from '../../output-options.js';
import { COMPARE_FORMATS } from './formats.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  outputOptions(group.command('compare <rounds...>').description(t('compare.description')), t, COMPARE_FORMATS)
    .addHelpText('after', examples(t, ['tandem round compare 2025 2026', 'tandem round compare 2024 2025 2026 --json', 'tandem round compare 2025 2026 --out compare.html', 'tandem round compare 2025 2026 --format csv --excel --out vergleich.csv']))
    .action(
      app.action(async (ctx, refs: string[], o: OutputOptions) => {
        // Loaded only when rounds are compared: every `round …` command registers this one.
        const { compareCommand } = await import('./compare-run.js');
        await compareCommand(ctx, refs, o);
      }),
    );
}
