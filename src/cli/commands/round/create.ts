import type { Command } from 'commander';
import { createRound, roundToCreate, type CreateRoundInput } from '../../../app/rounds.js';
import { UsageError } from '../../../core/errors.js';
import { optionField, PARTICIPANT_FIELDS } from '../../../core/fields/index.js';
import { getRound, roundCounts } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { roundSettingOptions } from '../../options.js';
import { printRound, roundView } from '../../render/rounds.js';

type Options = Omit<CreateRoundInput, 'name' | 'role'> & { role?: string };

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundSettingOptions(group.command('create <name>').description(t('round.create.description')).requiredOption('--start <date>', t('option.start')), t)
    .option('--months <n>', t('option.months'))
    .option('--from <round>', t('option.fromRound'))
    .option('--role <role>', t('option.fromRole'))
    .addHelpText(
      'after',
      examples(t, ['tandem round create 2026 --start 2026-01-15', 'tandem round create 2027 --start 2027-01-14 --from 2026', 'tandem round create 2027 --start 2027-01-14 --from 2026 --role mentee']),
    )
    .action(
      app.action(async (ctx, name: string, o: Options) => {
        const role = o.role === undefined ? undefined : optionField(PARTICIPANT_FIELDS.role, o.role);
        if (role !== undefined && o.from === undefined) throw new UsageError('error.roleWithoutFrom');
        const input = { ...o, name, role };
        roundToCreate(input);
        // Resolve --from before the file is created, so a typo leaves no empty database behind.
        if (o.from !== undefined) getRound(await ctx.db(), o.from);
        const db = await ctx.db(true);
        const created = createRound(db, input);
        const view = roundView(created.round, roundCounts(db).get(created.round.id), ctx.today);
        if (ctx.json) return printRound(ctx, created.from ? { ...view, copied: { participants: created.copied, forgotten: created.forgotten } } : view);
        ctx.info(t('round.created', { round: created.round.name, start: created.round.startsOn, end: created.round.endsOn }));
        if (created.from) ctx.info(t(created.forgotten ? 'round.copiedForgotten' : 'round.copied', { count: created.copied, from: created.from.name, forgotten: created.forgotten }));
      }),
    );
}
