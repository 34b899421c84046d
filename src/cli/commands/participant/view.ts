import type { ParticipantRow } from '../../../db/participants.js';
import type { T } from '../../../core/i18n/index.js';
import type { TopicName } from '../../../core/tags.js';
import type { Ctx } from '../../context.js';
import type { ListContent } from '../../output-options.js';
import { renderTable } from '../../render/table.js';

/** The `participant list` JSON object (SPEC §5). */
export function participantView(p: ParticipantRow) {
  return {
    name: p.name,
    email: p.email,
    role: p.role,
    department: p.department,
    location: p.location,
    managerEmail: p.managerEmail,
    topics: p.topics,
    capacity: p.capacity,
    languages: p.languages,
  };
}

/**
 * `participant list` in every format; its file columns are those of a participants import,
 * so the file reads back in. Tables and files show topics by `topic` (their labels, which
 * read back as the same keys); JSON keeps the keys (SPEC §5).
 */
export function participantList(t: T, rows: ParticipantRow[], topic: TopicName): ListContent {
  return {
    json: rows.map(participantView),
    none: 'participant.none',
    table: (io) =>
      rows.length === 0
        ? undefined
        : renderTable(
            io,
            [t('label.name'), t('label.email'), t('label.role'), t('label.department'), t('label.location'), t('label.topics'), t('label.capacity')],
            rows.map((p) => [p.name ?? t('person.forgotten'), p.email ?? '–', t(`role.${p.role}`), p.department, p.location, p.topics.map(topic).join(', '), p.capacity]),
          ),
    sheet: () => ({
      name: 'participants',
      head: ['name', 'email', 'role', 'department', 'location', 'manager_email', 'topics', 'capacity', 'languages'],
      rows: rows.map((p) => [p.name, p.email, p.role, p.department, p.location, p.managerEmail, p.topics.map(topic), p.capacity, p.languages]),
    }),
  };
}

/** "3 added, 1 updated" for imports, or the JSON counts. */
export function printImportCounts(ctx: Ctx, counts: { added: number; updated: number; unchanged: number }): void {
  if (ctx.json) return ctx.printJson(counts);
  ctx.info(ctx.t('import.counts', counts));
}
