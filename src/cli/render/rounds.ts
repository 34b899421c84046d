import type { IsoDate } from '../../core/dates.js';
import { roundStatus, type Round, type RoundStatus } from '../../core/rounds.js';
import type { RoundCounts } from '../../db/rounds.js';
import type { Ctx } from '../context.js';
import { formatDate } from './format.js';
import { renderFields, renderTable } from './table.js';

/** The JSON object of `round list` and `round show`. */
export interface RoundView {
  id: number;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  status: RoundStatus;
  cadenceDays: number;
  minSessions: number;
  mentorsPerMentee: number;
  closedOn: IsoDate | null;
  counts: RoundCounts;
  /** `round create --from`: participants copied, and forgotten ones left out. */
  copied?: { participants: number; forgotten: number };
}

export function roundView(round: Round, counts: RoundCounts | undefined, today: IsoDate): RoundView {
  return {
    id: round.id,
    name: round.name,
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    status: roundStatus(round, today),
    cadenceDays: round.cadenceDays,
    minSessions: round.minSessions,
    mentorsPerMentee: round.mentorsPerMentee,
    closedOn: round.closedOn,
    counts: counts ?? { mentors: 0, mentees: 0, activePairs: 0, sessions: 0 },
  };
}

/** The round list: JSON, or a table through the pager on a terminal. */
export async function printRounds(ctx: Ctx, rounds: RoundView[]): Promise<void> {
  const { t, lang } = ctx;
  if (ctx.json) return ctx.printJson(rounds);
  if (rounds.length === 0) return ctx.info(t('round.none'));
  await ctx.page(
    renderTable(
      ctx.io,
      [t('label.round'), t('label.start'), t('label.end'), t('label.status'), t('label.mentors'), t('label.mentees'), t('label.pairs'), t('label.sessions')],
      rounds.map((r) => [
        r.name,
        formatDate(r.startsOn, lang),
        formatDate(r.endsOn, lang),
        t(`status.${r.status}`),
        r.counts.mentors,
        r.counts.mentees,
        r.counts.activePairs,
        r.counts.sessions,
      ]),
    ),
  );
}

export function printRound(ctx: Ctx, r: RoundView): void {
  const { t, lang } = ctx;
  if (ctx.json) return ctx.printJson(r);
  ctx.print(
    renderFields(ctx.io, [
      [t('label.round'), `${r.name} (#${r.id})`],
      [t('label.dates'), `${formatDate(r.startsOn, lang)} – ${formatDate(r.endsOn, lang)}`],
      [t('label.status'), t(`status.${r.status}`)],
      [t('label.cadence'), t('round.cadenceDays', { days: r.cadenceDays })],
      [t('label.minSessions'), r.minSessions],
      [t('label.mentorsPerMentee'), r.mentorsPerMentee],
      [t('label.mentors'), r.counts.mentors],
      [t('label.mentees'), r.counts.mentees],
      [t('label.activePairs'), r.counts.activePairs],
      [t('label.sessions'), r.counts.sessions],
    ]),
  );
}
