import type { Command } from 'commander';
import { parseDate, type IsoDate } from '../../../core/dates.js';
import { StateError } from '../../../core/errors.js';
import {
  checkFormat,
  checkMinutes,
  checkText,
  dateProblem,
  isProblem,
  MAX_NOTE,
  type SessionFormat,
} from '../../../core/sessions.js';
import { optionField, SESSION_FIELDS } from '../../../core/fields/index.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { insertSession, listSessions, listTandems, type Tandem } from '../../../db/sessions.js';
import { examples, type App } from '../../app.js';
import type { Ctx } from '../../context.js';
import type { Prompter } from '../../prompter.js';
import { formatDate } from '../../render/format.js';
import { askSession } from './ask.js';
import { attendingMentors, collect, requireTandem, usageProblem } from './tandem.js';
import { sessionJson } from './view.js';

interface Options {
  round?: string;
  mentee?: string;
  mentor?: string[];
  date?: string;
  minutes?: string;
  format?: string;
  topics?: string;
  note?: string;
  highlight?: string;
}

/** The values of a session as given on the command line, checked; undefined where not given. */
export interface GivenSession {
  date?: IsoDate;
  minutes?: number;
  format?: SessionFormat | null;
  topics?: string[];
  note?: string | null;
  highlight?: string | null;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('log')
    .description(t('session.log.description'))
    .option('--round <round>', t('option.round'))
    .option('--mentee <email>', t('session.option.mentee'))
    .option('--mentor <email>', t('session.option.mentor'), collect)
    .option('--date <date>', t('session.option.date'))
    .option('--minutes <n>', t('session.option.minutes'))
    .option('--format <format>', t('session.option.format'))
    .option('--topics <list>', t('session.option.topics'))
    .option('--note <text>', t('session.option.note'))
    .option('--highlight <text>', t('session.option.highlight'))
    .addHelpText(
      'after',
      examples(t, [
        'tandem session log --round 2026 --mentee ceo@example.com --minutes 60 --topics instagram,#stories',
        'tandem session log --mentee cfo@example.com --mentor azubi1@example.com --date 2026-03-02 --minutes 45 --format video',
        'tandem session log',
      ]),
    )
    .action(app.action(async (ctx, o: Options) => logSession(ctx, o)));
}

async function logSession(ctx: Ctx, o: Options): Promise<void> {
  const { t } = ctx;
  const mentorEmails = o.mentor ?? [];
  const given = parseGiven(o, ctx);
  const round = await ctx.round(o.round);
  assertNotClosed(round);
  if (given.date) {
    const problem = dateProblem(given.date, round, ctx.today);
    if (problem) throw usageProblem(problem, '--date', t);
  }
  const db = await ctx.db();
  let tandem: Tandem | undefined = o.mentee === undefined ? undefined : requireTandem(db, round, o.mentee);
  let mentors = tandem ? attendingMentors(tandem, mentorEmails) : undefined;
  let values = given;

  if (!tandem || given.minutes === undefined) {
    const prompter: Prompter = await ctx.prompter('--mentee and --minutes');
    const tandems = tandem ? [tandem] : listTandems(db, round.id);
    if (tandems.length === 0) throw new StateError('error.session.noTandems', { round: round.name }, 'hint.session.pairAdd', { round: round.name });
    const answers = await askSession(ctx, prompter, { round, tandems, tandem, mentors, given, mentorOption: mentorEmails });
    tandem = answers.tandem;
    mentors = answers.mentors;
    values = answers.values;
  }

  const session = {
    roundId: round.id,
    menteeId: tandem!.menteeId,
    mentorIds: mentors!.map((m) => m.id),
    date: values.date ?? ctx.today,
    minutes: values.minutes!,
    format: values.format ?? null,
    topics: values.topics ?? [],
    note: values.note ?? null,
    highlight: values.highlight ?? null,
  };
  // The default date is today, which may lie outside the round.
  const problem = dateProblem(session.date, round, ctx.today);
  if (problem) throw usageProblem(problem, '--date', t);

  const id = db.transaction(() => insertSession(db, session)).immediate();
  if (ctx.json) return ctx.printJson(sessionJson(listSessions(db, round.id, { id })[0]!));
  ctx.info(
    t('session.logged', {
      minutes: session.minutes,
      mentee: tandem!.mentee.name ?? tandem!.mentee.email ?? '?',
      date: formatDate(session.date, ctx.lang),
      round: round.name,
    }),
  );
}

/** Checks the options that were given (usage errors, exit 2), before anything is looked up. */
function parseGiven(o: Options, ctx: Ctx): GivenSession {
  const { t } = ctx;
  const given: GivenSession = {};
  if (o.date !== undefined) given.date = parseDate(o.date, '--date');
  if (o.minutes !== undefined) {
    const minutes = checkMinutes(o.minutes);
    if (isProblem(minutes)) throw usageProblem(minutes, '--minutes', t);
    given.minutes = minutes;
  }
  if (o.format !== undefined) {
    const format = checkFormat(o.format);
    if (isProblem(format)) throw usageProblem(format, '--format', t);
    given.format = format;
  }
  if (o.topics !== undefined) given.topics = optionField(SESSION_FIELDS.topics, o.topics) ?? [];
  for (const [key, option] of [
    ['note', '--note'],
    ['highlight', '--highlight'],
  ] as const) {
    if (o[key] === undefined) continue;
    const text = checkText(o[key], MAX_NOTE);
    if (isProblem(text)) throw usageProblem(text, option, t);
    given[key] = text;
  }
  return given;
}

