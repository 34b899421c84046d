import type { Command } from 'commander';
import { getSettings, settingKey } from '../../../app/settings.js';
import { SETTING_KEYS } from '../../../core/settings.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('get <key>')
    .description(t('settings.get.description'))
    .addHelpText('after', `\n${t('settings.keys')}\n` + examples(t, ['tandem settings get organisation', 'tandem settings get logo > logo.txt']))
    .action(
      app.action(async (ctx, raw: string) => {
        const key = settingKey(raw);
        const value = getSettings(await ctx.db())[SETTING_KEYS[key]];
        if (ctx.json) return ctx.printJson({ key, value });
        // An unset key prints nothing (exit 0): scripts test for the empty string.
        if (value !== null) ctx.print(value);
      }),
    );
}
