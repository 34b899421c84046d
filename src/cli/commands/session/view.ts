import type { SessionRow } from '../../../db/sessions.js';
import type { Lang, T } from '../../../core/i18n/index.js';
import type { TopicName } from '../../../core/tags.js';
import type { Io } from '../../io.js';
import type { ListContent } from '../../output-options.js';
import { terminalText } from '../../render/bars.js';
import { formatDate } from '../../render/format.js';
import { renderTable } from '../../render/table.js';
import { truncate } from '../../render/html.js';
import { memo } from '../../../core/memo.js';

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
    sheet: () => {
      const topics = memo((list: readonly string[]) => list.map(topic));
      return {
        name: 'sessions',
        head: ['mentee_email', 'date', 'minutes', 'mentor_emails', 'format', 'topics', 'note', 'highlight'],
        rows: sessions.map((s) => [s.mentee.email, s.date, s.minutes, s.mentors.flatMap((m) => (m.email ? [m.email] : [])), s.format, topics(s.topics), s.note, s.highlight]),
      };
    },
  };
}

function sessionTable(t: T, lang: Lang, io: Io, sessions: SessionRow[], topic: TopicName): string {
  // A round's sessions repeat their people, dates and topic lists (listSessions shares them): each is written once.
  const person = memo((p: { name: string | null; email: string | null }) => terminalText(p.name ?? p.email ?? t('report.forgotten')));
  const date = memo((d: string) => formatDate(d, lang));
  const topics = memo((list: readonly string[]) => terminalText(list.map(topic).join(', ')));
  const format = memo((f: string) => t(`session.format.${f}`));
  const short = (text: string | null) => (text ? terminalText(truncate(text.replace(/\s+/g, ' '), 40)) : '');
  return renderTable(
      io,
      [t('report.label.id'), t('report.label.date'), t('report.label.mentee'), t('label.mentors'), t('report.label.minutes'), t('report.label.format'), t('label.topics'), t('report.label.note'), t('report.label.highlight')],
      sessions.map((s) => [
        s.id,
        date(s.date),
        person(s.mentee),
        s.mentors.length === 1 ? person(s.mentors[0]!) : s.mentors.map(person).join(', '),
        s.minutes,
        s.format ? format(s.format) : '',
        topics(s.topics),
        short(s.note),
        short(s.highlight),
      ]),
  );
}
