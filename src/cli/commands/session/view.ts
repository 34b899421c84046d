import type { SessionRow } from '../../../db/sessions.js';
import type { Ctx } from '../../context.js';
import { terminalText } from '../../render/bars.js';
import { formatDate } from '../../render/format.js';
import { renderTable } from '../../render/table.js';
import { truncate } from '../../render/html.js';

/** The `session list` object of SPEC §5 (keys in the documented order). */
export function sessionJson(s: SessionRow): SessionRow {
  return {
    id: s.id,
    date: s.date,
    mentee: s.mentee,
    mentors: s.mentors,
    minutes: s.minutes,
    format: s.format,
    topics: s.topics,
    note: s.note,
    highlight: s.highlight,
  };
}

/** Prints sessions as JSON or a table. */
export function printSessions(ctx: Ctx, sessions: SessionRow[]): void {
  const { t, lang } = ctx;
  if (ctx.json) return ctx.printJson(sessions.map(sessionJson));
  if (sessions.length === 0) return ctx.info(t('session.none'));
  const person = (p: { name: string | null; email: string | null }) => terminalText(p.name ?? p.email ?? t('report.forgotten'));
  const short = (text: string | null) => (text ? terminalText(truncate(text.replace(/\s+/g, ' '), 40)) : '');
  ctx.print(
    renderTable(
      ctx.io,
      [t('report.label.id'), t('report.label.date'), t('report.label.mentee'), t('label.mentors'), t('report.label.minutes'), t('report.label.format'), t('label.topics'), t('report.label.note'), t('report.label.highlight')],
      sessions.map((s) => [
        s.id,
        formatDate(s.date, lang),
        person(s.mentee),
        s.mentors.map(person).join(', '),
        s.minutes,
        s.format ? t(`session.format.${s.format}`) : '',
        terminalText(s.topics.join(', ')),
        short(s.note),
        short(s.highlight),
      ]),
    ),
  );
}
