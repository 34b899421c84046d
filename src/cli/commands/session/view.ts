import type { SessionRow } from '../../../db/sessions.js';
import type { Lang, T } from '../../../core/i18n/index.js';
import type { TopicName } from '../../../core/tags.js';
import type { Io } from '../../io.js';
import type { ListContent } from '../../output-options.js';
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

/** `session list` in every format; its file columns are those of a sessions import, so the file reads back in (topics as `topic` shows them; JSON: keys). */
export function sessionList(t: T, lang: Lang, sessions: SessionRow[], topic: TopicName): ListContent {
  return {
    json: sessions.map(sessionJson),
    none: 'session.none',
    table: (io) => (sessions.length === 0 ? undefined : sessionTable(t, lang, io, sessions, topic)),
    sheet: () => ({
      name: 'sessions',
      head: ['mentee_email', 'date', 'minutes', 'mentor_emails', 'format', 'topics', 'note', 'highlight'],
      rows: sessions.map((s) => [s.mentee.email, s.date, s.minutes, s.mentors.flatMap((m) => (m.email ? [m.email] : [])), s.format, s.topics.map(topic), s.note, s.highlight]),
    }),
  };
}

function sessionTable(t: T, lang: Lang, io: Io, sessions: SessionRow[], topic: TopicName): string {
  const person = (p: { name: string | null; email: string | null }) => terminalText(p.name ?? p.email ?? t('report.forgotten'));
  const short = (text: string | null) => (text ? terminalText(truncate(text.replace(/\s+/g, ' '), 40)) : '');
  return renderTable(
      io,
      [t('report.label.id'), t('report.label.date'), t('report.label.mentee'), t('label.mentors'), t('report.label.minutes'), t('report.label.format'), t('label.topics'), t('report.label.note'), t('report.label.highlight')],
      sessions.map((s) => [
        s.id,
        formatDate(s.date, lang),
        person(s.mentee),
        s.mentors.map(person).join(', '),
        s.minutes,
        s.format ? t(`session.format.${s.format}`) : '',
        terminalText(s.topics.map(topic).join(', ')),
        short(s.note),
        short(s.highlight),
      ]),
  );
}
