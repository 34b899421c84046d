import { unmatchedText } from '../../core/matching/match.js';
import type { MatchOption, MatchResult, Role, Violation } from '../../core/matching/types.js';
import type { Change, Conflict, MatchDiff } from '../../core/matching/wizard-state.js';
import type { T } from '../../core/i18n/index.js';
import { matchText, matchView, type MatchView } from '../render/pairs.js';
import { reasonLabel } from '../render/reasons.js';
import type { Ctx } from '../context.js';
import { renderTable } from '../render/table.js';

/** Names and emails of the round's participants, by person id. */
export type Names = ReadonlyMap<number, { name: string | null; email: string }>;

/** "Name <email>" of a participant. */
export function who(names: Names, id: number): string {
  const p = names.get(id);
  return p ? `${p.name ?? ''} <${p.email}>`.trim() : `#${id}`;
}

/** The name of a participant, or the email when there is no name. */
export function short(names: Names, id: number): string {
  const p = names.get(id);
  return p?.name || p?.email || `#${id}`;
}

export { reasonLabel };

/** One pair as a line: "Klaus Berger with Lena Vogel (score 23)". */
export function pairLabel(ctx: Ctx, names: Names, p: { mentorId: number; menteeId: number; score: number }): string {
  return ctx.t('wizard.pair', { mentee: short(names, p.menteeId), mentor: short(names, p.mentorId), score: p.score });
}

/** The SPEC §5 match document of a proposal (the --json output after saving). */
export function proposalView(result: MatchResult, names: Names, since: string, sinceOf: ReadonlyMap<string, string>): MatchView {
  return matchView(result, new Map(names), since, (m, e) => sinceOf.get(`${m},${e}`), unmatchedText);
}

/** The proposal for stderr, under a heading. */
export function proposalText(ctx: Ctx, result: MatchResult, view: MatchView, names: Names): string {
  return `${ctx.io.color.bold(ctx.t('wizard.proposal'))}\n${matchText(ctx, result, view, names)}`;
}

/** What a change did: the change itself, pairs added and removed, the totals before → after. */
export function diffText(ctx: Ctx, headline: string, d: MatchDiff, names: Names): string {
  const { t, io } = ctx;
  const lines = [io.color.bold(headline)];
  for (const p of d.removed) lines.push(`  ${io.color.red('-')} ${pairLabel(ctx, names, p)}`);
  for (const p of d.added) lines.push(`  ${io.color.green('+')} ${pairLabel(ctx, names, p)}`);
  if (!d.added.length && !d.removed.length) lines.push(`  ${t('wizard.diff.none')}`);
  lines.push(
    `  ${t('wizard.diff.totals', {
      pairsBefore: d.before.pairs,
      pairsAfter: d.after.pairs,
      coveredBefore: d.before.menteesCovered,
      coveredAfter: d.after.menteesCovered,
      scoreBefore: d.before.totalScore,
      scoreAfter: d.after.totalScore,
    })}`,
  );
  return `${lines.join('\n')}\n`;
}

/** A change in words ("locked: Klaus Berger with Lena Vogel (score 23)"). */
export function changeLabel(ctx: Ctx, names: Names, change: Change, score: number): string {
  return ctx.t(`wizard.change.${change.kind}`, { pair: pairLabel(ctx, names, { ...change, score }), constraints: causes(change.rules ?? [], ctx.t) });
}

/** Constraint names in the user's language. */
export function causes(list: readonly (Violation | 'not a participant')[], t: T): string {
  return list.map((v) => (v === 'not a participant' ? t('wizard.cause.notParticipant') : t(`cause.${v}`))).join(', ');
}

/** One participant's options: every partner with score, reasons and whether (or why not) they are eligible. */
export function optionsText(ctx: Ctx, names: Names, id: number, role: Role, options: MatchOption[], proposed: ReadonlySet<number>): string {
  const { t, io } = ctx;
  let text = `${io.color.bold(t('wizard.options.title', { who: who(names, id), role: t(`role.${role}`) }))}\n`;
  if (!options.length) return `${text}  ${t('wizard.options.none')}\n`;
  text += renderTable(
    io,
    [t('wizard.label.partner'), t('label.score'), t('label.reasons'), t('wizard.label.eligibility')],
    options.map((o) => [
      who(names, o.candidateId),
      o.score,
      o.reasons.map((r) => reasonLabel(r, t, ctx.topicName)).join('\n'),
      [
        o.violations.length ? io.color.yellow(t('wizard.notEligible', { constraints: causes(o.violations, t) })) : io.color.green(t('wizard.eligible')),
        proposed.has(o.candidateId) ? t('wizard.proposed') : '',
      ]
        .filter(Boolean)
        .join(', '),
    ]),
    { shrink: [0, 2, 3] },
  );
  return text;
}

/** The conflicts of a refused save, as one line for the error message. */
export function conflictsText(ctx: Ctx, names: Names, conflicts: readonly Conflict[]): string {
  return conflicts.map((c) => `${who(names, c.menteeId)} – ${who(names, c.mentorId)} (${causes(c.problems, ctx.t)})`).join('; ');
}
