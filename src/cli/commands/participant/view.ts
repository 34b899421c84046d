import type { ParticipantRow } from '../../../db/participants.js';
import type { Ctx } from '../../context.js';
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

export function printParticipants(ctx: Ctx, rows: ParticipantRow[]): void {
  const { t } = ctx;
  if (ctx.json) return ctx.printJson(rows.map(participantView));
  if (rows.length === 0) return ctx.info(t('participant.none'));
  ctx.print(
    renderTable(
      ctx.io,
      [t('label.name'), t('label.email'), t('label.role'), t('label.department'), t('label.location'), t('label.topics'), t('label.capacity')],
      rows.map((p) => [p.name ?? t('person.forgotten'), p.email ?? '–', t(`role.${p.role}`), p.department, p.location, p.topics.join(', '), p.capacity]),
    ),
  );
}

/** "3 added, 1 updated" for imports, or the JSON counts. */
export function printImportCounts(ctx: Ctx, counts: { added: number; updated: number; unchanged: number }): void {
  if (ctx.json) return ctx.printJson(counts);
  ctx.info(ctx.t('import.counts', counts));
}
