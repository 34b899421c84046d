import type { Command } from 'commander';
import { checkSetting, setSetting } from '../../../app/settings.js';
import { examples, type App } from '../../app.js';
import { resolvePath } from '../admin/paths.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('set <key> <value>')
    .description(t('settings.set.description'))
    .addHelpText(
      'after',
      `\n${t('settings.keys')}\n` +
        examples(t, [
          'tandem settings set organisation "Muster AG"',
          'tandem settings set programme "Reverse Mentoring 2026"',
          'tandem settings set signer "Dr. Eva Schmidt"',
          'tandem settings set signer-title "Head of HR"',
          'tandem settings set logo logo.svg',
          'tandem settings set logo ""',
        ]),
    )
    .action(
      app.action(async (ctx, key: string, value: string) => {
        const setting = checkSetting(key, value, (path) => resolvePath(ctx, path));
        const changed = setSetting(await ctx.db(true), setting);
        if (ctx.json) return ctx.printJson({ key: setting.key, changed });
        ctx.info(t(setting.stored === null ? 'settings.cleared' : changed ? 'settings.saved' : 'settings.unchanged', { key: setting.key }));
      }),
    );
}
