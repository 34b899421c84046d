import type { GoalRow } from '../../../db/goals.js';
import type { Lang, T } from '../../../core/i18n/index.js';
import type { TopicName } from '../../../core/tags.js';
import type { Io } from '../../io.js';
import type { ListContent } from '../../output-options.js';
import { terminalText } from '../../render/bars.js';
import { formatDate } from '../../render/format.js';
import { renderTable } from '../../render/table.js';

/** The `goal list` object of SPEC §5. */
export function goalJson(g: GoalRow) {
  return { id: g.id, mentee: g.mentee, text: g.text, topic: g.topic, achievedOn: g.achievedOn };
}

/** `goal list` in every format; its file columns are those of a goals import, so the file reads back in. */
export function goalList(t: T, lang: Lang, goals: GoalRow[], topic: TopicName): ListContent {
  return {
    json: goals.map(goalJson),
    none: 'goal.none',
    table: (io) => (goals.length === 0 ? undefined : goalTable(t, lang, io, goals, topic)),
    sheet: () => ({
      name: 'goals',
      head: ['mentee_email', 'goal', 'topic', 'achieved_on'],
      rows: goals.map((g) => [g.mentee.email, g.text, g.topic && topic(g.topic), g.achievedOn]),
    }),
  };
}

function goalTable(t: T, lang: Lang, io: Io, goals: GoalRow[], topic: TopicName): string {
  return renderTable(
      io,
      [t('report.label.id'), t('report.label.mentee'), t('report.label.goal'), t('report.label.topic'), t('report.label.achievedOn')],
      goals.map((g) => [
        g.id,
        terminalText(g.mentee.name ?? g.mentee.email ?? t('report.forgotten')),
        terminalText(g.text),
        terminalText(g.topic ? topic(g.topic) : ''),
        g.achievedOn ? formatDate(g.achievedOn, lang) : t('goal.open'),
      ]),
  );
}
