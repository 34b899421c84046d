import type { IsoDate } from '../../core/dates.js';
import { checkText, dateProblem, isProblem, MAX_MINUTES, MAX_NOTE, MIN_MINUTES, SESSION_FORMATS, type SessionFormat } from '../../core/sessions.js';
import type { Round } from '../../core/rounds.js';
import { checkDate, optionField, SESSION_FIELDS, type Problem } from '../../core/fields/index.js';
import type { Tandem, TandemMentor } from '../../db/sessions.js';
import type { Ctx } from '../context.js';
import type { Prompter } from '../prompter.js';
import { formatDate } from '../render/format.js';
import type { GivenSession } from '../commands/session/given.js';
import { usageProblem } from '../../app/problems.js';

interface AskInput {
  round: Round;
  tandems: Tandem[];
  tandem: Tandem | undefined;
  mentors: TandemMentor[] | undefined;
  given: GivenSession;
  mentorOption: string[];
}

/**
 * Asks, on a terminal, for what `session log` was not given: the tandem (from a list,
 * each with its mentors and last session), who attended (teams only), the date, the
 * minutes, and the optional format, topics, note and highlight (Enter skips them).
 */
export async function askSession(
  ctx: Ctx,
  p: Prompter,
  input: AskInput,
): Promise<{ tandem: Tandem; mentors: TandemMentor[]; values: GivenSession }> {
  const { t, lang } = ctx;
  const who = (x: { name: string | null; email: string | null }) => x.name ?? x.email ?? t('report.forgotten');
  const tandem =
    input.tandem ??
    (await p.select<Tandem>({
      message: t('session.ask.tandem'),
      pageSize: 15,
      choices: input.tandems.map((tandem) => ({
        name: t('session.ask.tandemChoice', {
          mentee: who(tandem.mentee),
          email: tandem.mentee.email ?? '',
          mentors: tandem.mentors.map(who).join(', '),
          last: tandem.lastSession ? formatDate(tandem.lastSession, lang) : t('session.never'),
        }),
        value: tandem,
      })),
    }));

  let mentors = input.mentors ?? tandem.mentors;
  if (input.mentorOption.length === 0 && tandem.mentors.length > 1) {
    do {
      mentors = await p.checkbox<TandemMentor>({
        message: t('session.ask.mentors'),
        choices: tandem.mentors.map((m) => ({ name: `${who(m)} <${m.email ?? ''}>`, value: m, checked: true })),
      });
      if (mentors.length === 0) ctx.io.err(`${t('session.ask.mentorsNone')}\n`);
    } while (mentors.length === 0);
  }

  const values: GivenSession = { ...input.given };
  if (values.date === undefined) {
    const answer = await p.input({
      message: t('session.ask.date'),
      default: ctx.today,
      validate: (value) => {
        const v = checkDate(value);
        if (isProblem(v)) return t(v.key, v.params);
        const problem = dateProblem(v, input.round, ctx.today);
        return problem ? t(problem.key, problem.params) : true;
      },
    });
    const date: IsoDate | Problem = answer.trim() ? checkDate(answer) : ctx.today;
    if (isProblem(date)) throw usageProblem(date, '--date', t);
    values.date = date;
  }
  if (values.minutes === undefined) {
    const minutes = await p.number({ message: t('session.ask.minutes'), min: MIN_MINUTES, max: MAX_MINUTES, required: true });
    if (minutes === undefined || !Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
      throw usageProblem({ key: 'session.problem.minutes', params: { value: String(minutes ?? ''), min: MIN_MINUTES, max: MAX_MINUTES } }, '--minutes', t);
    }
    values.minutes = minutes;
  }
  if (values.format === undefined) {
    values.format = await p.select<SessionFormat | null>({
      message: t('session.ask.format'),
      choices: [
        { name: t('session.format.none'), value: null },
        ...SESSION_FORMATS.map((f) => ({ name: t(`session.format.${f}`), value: f })),
      ],
      default: null,
    });
  }
  if (values.topics === undefined) values.topics = optionField(SESSION_FIELDS.topics, await p.input({ message: t('session.ask.topics') })) ?? [];
  for (const key of ['note', 'highlight'] as const) {
    if (values[key] !== undefined) continue;
    const text = checkText(await p.input({ message: t(`session.ask.${key}`) }), MAX_NOTE);
    if (isProblem(text)) throw usageProblem(text, `--${key}`, t);
    values[key] = text;
  }
  return { tandem, mentors, values };
}
