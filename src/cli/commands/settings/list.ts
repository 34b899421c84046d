import type { Command } from 'commander';
import { getSettings } from '../../../app/settings.js';
import { logoSummary, SETTING_KEYS } from '../../../core/settings.js';
import { examples, type App } from '../../app.js';
import { renderFields } from '../../render/table.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('list')
    .description(t('settings.list.description'))
    .addHelpText('after', examples(t, ['tandem settings list', 'tandem settings list --json']))
    .action(
      app.action(async (ctx) => {
        const settings = getSettings(await ctx.db());
        const logo = settings.logo === null ? null : logoSummary(settings.logo);
        if (ctx.json) return ctx.printJson({ ...settings, logo });
        const shown = (key: keyof typeof SETTING_KEYS): string | null => {
          if (key !== 'logo') return settings[SETTING_KEYS[key]];
          return logo && t('settings.logoSummary', { type: logo.type, kb: Math.max(1, Math.round(logo.bytes / 1024)) });
        };
        ctx.print(renderFields(ctx.io, Object.keys(SETTING_KEYS).map((key) => [key, shown(key as keyof typeof SETTING_KEYS)])));
      }),
    );
}
