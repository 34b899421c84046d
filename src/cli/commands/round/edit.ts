import type { Command } from 'commander';
import { editRound, type RoundSettingsInput } from '../../../app/rounds.js';
import { roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { roundSettingOptions } from '../../options.js';
import { printRound, roundView } from '../../render/rounds.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundSettingOptions(group.command('edit <round>').description(t('round.edit.description')).option('--name <name>', t('option.roundName')).option('--start <date>', t('option.start')), t)
    .addHelpText('after', examples(t, ['tandem round edit 2026 --end 2026-07-31', 'tandem round edit 2026 --name "2026 board" --min-sessions 8']))
    .action(
      app.action(async (ctx, ref: string, o: RoundSettingsInput) => {
        const db = await ctx.db();
        const round = editRound(db, ref, o);
        if (ctx.json) return printRound(ctx, roundView(round, roundCounts(db).get(round.id), ctx.today));
        ctx.info(t('round.edited', { round: round.name, start: round.startsOn, end: round.endsOn }));
      }),
    );
}
