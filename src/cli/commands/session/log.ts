import type { Command } from 'commander';
import { logSession, startSession } from '../../../app/sessions.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import { aliasOptions, roundOption } from '../../options.js';
import { formatDate } from '../../render/format.js';
import { askSession } from '../../prompts/session.js';
import { collect, parseGiven, type LogOptions } from './given.js';
import { sessionJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('log').description(t('session.log.description')), t)
    .option('--mentee <email>', t('session.option.mentee'))
    .option('--mentor <email>', t('session.option.mentor'), collect)
    .option('--date <date>', t('session.option.date'))
    .option('--minutes <n>', t('session.option.minutes'))
    .option('--format <format>', t('session.option.format'))
    .option('--topics <list>', t('session.option.topics'))
    .option('--note <text>', t('session.option.note'))
    .option('--highlight <text>', t('session.option.highlight'));
  aliasOptions(command, t, { '--mentee': '--mentee-email', '--mentor': '--mentor-email' })
    .addHelpText(
      'after',
      examples(t, [
        'tandem session log --round 2026 --mentee ceo@example.com --minutes 60 --topics Instagram,#Stories',
        'tandem session log --mentee cfo@example.com --mentor azubi1@example.com --date 2026-03-02 --minutes 45 --format video',
        'tandem session log',
      ]),
    )
    .action(app.action(async (ctx, o: LogOptions) => run(ctx, o)));
}

async function run(ctx: Ctx, o: LogOptions): Promise<void> {
  const { t } = ctx;
  const mentorOption = o.mentor ?? [];
  const given = parseGiven(o, t);
  const round = await ctx.round(o.round);
  const db = await ctx.db();
  const start = startSession(db, round, { mentee: o.mentee, mentors: mentorOption, date: given.date }, ctx.today, t);
  let { tandem, mentors } = start;
  let values = given;
  if (!tandem || given.minutes === undefined) {
    const prompter = await ctx.prompter(t('prompt.options.sessionLog'));
    ({ tandem, mentors, values } = await askSession(ctx, prompter, { round, tandems: start.tandems(), tandem, mentors, given, mentorOption }));
  }
  const date = values.date ?? ctx.today;
  const { format = null, topics = [], note = null, highlight = null } = values;
  const session = logSession(db, round, { menteeId: tandem.menteeId, mentorIds: mentors!.map((m) => m.id), date, minutes: values.minutes!, format, topics, note, highlight }, ctx.today, t);
  if (ctx.json) return ctx.printJson(sessionJson(session));
  const mentee = tandem.mentee.name ?? tandem.mentee.email ?? '?';
  ctx.info(t('session.logged', { minutes: session.minutes, mentee, date: formatDate(date, ctx.lang), round: round.name }));
}
