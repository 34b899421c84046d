import type { Command } from 'commander';
import { parseDate, plusMonths, daysBetween } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import { parseIntInRange, parsePositiveInt } from '../../../core/people.js';
import { createRound } from '../../../app/rounds.js';
import { getRound } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { printRound, roundView } from '../../render/rounds.js';

interface Options {
  start: string;
  end?: string;
  months?: string;
  cadenceDays?: string;
  minSessions?: string;
  mentorsPerMentee?: string;
  from?: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('create <name>')
    .description(t('round.create.description'))
    .requiredOption('--start <date>', t('option.start'))
    .option('--end <date>', t('option.end'))
    .option('--months <n>', t('option.months'))
    .option('--cadence-days <n>', t('option.cadenceDays'))
    .option('--min-sessions <n>', t('option.minSessions'))
    .option('--mentors-per-mentee <n>', t('option.mentorsPerMentee'))
    .option('--from <round>', t('option.fromRound'))
    .addHelpText('after', examples(t, ['tandem round create 2026 --start 2026-01-15', 'tandem round create 2027 --start 2027-01-14 --from 2026']))
    .action(
      app.action(async (ctx, rawName: string, o: Options) => {
        const name = rawName.trim();
        if (!name || name.length > 100) throw new UsageError('error.roundName', { value: rawName });
        const startsOn = parseDate(o.start, '--start');
        if (o.end !== undefined && o.months !== undefined) throw new UsageError('error.endOrMonths');
        const endsOn = o.end !== undefined ? parseDate(o.end, '--end') : plusMonths(startsOn, o.months ? parsePositiveInt(o.months, '--months', 120) : 6);
        if (daysBetween(startsOn, endsOn) <= 0) throw new UsageError('error.endBeforeStart', { start: startsOn, end: endsOn });
        const cadence = o.cadenceDays === undefined ? undefined : parsePositiveInt(o.cadenceDays, '--cadence-days', 365);
        const minSessions = o.minSessions === undefined ? undefined : parseIntInRange(o.minSessions, '--min-sessions', 0, 1000);
        const perMentee = o.mentorsPerMentee === undefined ? undefined : parsePositiveInt(o.mentorsPerMentee, '--mentors-per-mentee', 20);

        // Resolve --from before the file is created, so a typo leaves no empty database behind.
        if (o.from !== undefined) getRound(await ctx.db(), o.from);
        const created = createRound(await ctx.db(true), { name, startsOn, endsOn, cadenceDays: cadence, minSessions, mentorsPerMentee: perMentee, from: o.from });
        const view = roundView(created.round, created.counts, ctx.today);
        if (ctx.json) return printRound(ctx, view);
        ctx.info(t('round.created', { round: name, start: startsOn, end: endsOn }));
        if (created.from) ctx.info(t('round.copied', { count: created.copied, from: created.from.name }));
      }),
    );
}
