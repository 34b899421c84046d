import type { MatchResult, Reason, UnmatchedReason } from '../../core/matching/types.js';
import type { T } from '../../core/i18n/index.js';
import type { PairRow } from '../../db/pairs.js';
import type { Ctx } from '../context.js';
import { formatDate } from './format.js';
import { pairReasonFields, reasonLabel } from './reasons.js';
import { hangingLine, renderTable } from './table.js';
import type { Sheet } from './csv.js';

type Ref = { name: string | null; email: string | null };

/** The JSON object of a pair (SPEC §5 `pair list`, `pair match` pairs). */
export interface PairView {
  mentor: Ref;
  mentee: Ref;
  score: number;
  /** English sentences, as scripts read them. */
  reasons: string[];
  /** The same reasons as data. */
  why: Reason[];
  /** Paired by hand past a hard constraint (a `forced` reason names it). */
  forced: boolean;
  status: 'active' | 'ended';
  since: string;
  locked: boolean;
  endedOn?: string | null;
  endReason?: string | null;
  new?: boolean;
}

export function pairView(p: PairRow): PairView {
  return {
    mentor: { name: p.mentorName, email: p.mentorEmail },
    mentee: { name: p.menteeName, email: p.menteeEmail },
    score: p.score,
    ...pairReasonFields(p.reasons),
    status: p.status,
    since: p.since,
    locked: p.locked,
    endedOn: p.endedOn,
    endReason: p.endReason,
  };
}

/** An unmatched reason in the user's language. */
export function unmatchedLabel(r: UnmatchedReason, t: T): string {
  if (r.kind === 'capacity') return t('unmatched.capacity');
  return t('unmatched.noEligible', { causes: r.causes.map((c) => t(`cause.${c}`)).join(', ') });
}

const who = (r: Ref, t: T) => (r.email ? `${r.name ?? ''} <${r.email}>` : t('person.forgotten'));

/** The pair table: mentee, mentor, score, reasons, status. */
export function renderPairs(ctx: Pick<Ctx, 't' | 'io' | 'lang' | 'topicName'>, pairs: PairView[]): string {
  const { t, io, lang, topicName } = ctx;
  return renderTable(
    io,
    [t('label.mentee'), t('label.mentor'), t('label.score'), t('label.reasons'), t('label.status')],
    pairs.map((p) => [
      who(p.mentee, t),
      who(p.mentor, t),
      p.score,
      p.why.map((r) => reasonLabel(r, t, topicName)).join('\n'),
      [
        p.new ? io.color.green(t('pair.new')) : '',
        p.status === 'ended' ? `${t('pairStatus.ended')} ${formatDate(p.endedOn, lang)}` : t('pairStatus.active'),
        p.locked ? t('pair.locked') : '',
      ]
        .filter(Boolean)
        .join(', ') + (p.status === 'active' ? ` ${io.color.dim(t('pair.since', { date: formatDate(p.since, lang) }))}` : ''),
    ]),
    { shrink: [0, 1, 3, 4] },
  );
}

/**
 * The tandem list for a mail merge ("your tandem is …"): one row per tandem of the round,
 * the mentee's name and email, the active mentors' names and emails (as lists), and since when.
 */
export function tandemSheet(pairs: readonly PairView[]): Sheet {
  const tandems = new Map<string, { mentee: Ref; mentors: Ref[]; since: string }>();
  for (const p of pairs) {
    if (p.status !== 'active') continue;
    const key = p.mentee.email ?? `forgotten:${tandems.size}`;
    const tandem = tandems.get(key) ?? { mentee: p.mentee, mentors: [], since: p.since };
    tandem.mentors.push(p.mentor);
    if (p.since < tandem.since) tandem.since = p.since;
    tandems.set(key, tandem);
  }
  const names = (refs: Ref[]) => refs.map((r) => r.name ?? '');
  const emails = (refs: Ref[]) => refs.map((r) => r.email ?? '');
  return {
    name: 'tandems',
    head: ['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'since'],
    rows: [...tandems.values()].map((x) => [x.mentee.name, x.mentee.email, names(x.mentors), emails(x.mentors), x.since]),
  };
}

/** The `pair match` document: all active pairs after matching, the unmatched with reasons, the total. */
export interface MatchView {
  pairs: PairView[];
  unmatched: { mentors: { email: string; name: string | null; reason: string }[]; mentees: { email: string; name: string | null; reason: string }[] };
  totalScore: number;
  menteesCovered: number;
}

export function matchView(
  result: MatchResult,
  names: Map<number, { name: string | null; email: string }>,
  since: string,
  sinceOf: (mentorId: number, menteeId: number) => string | undefined,
  unmatchedText: (r: UnmatchedReason) => string,
): MatchView {
  const ref = (id: number) => names.get(id) ?? { name: null, email: null };
  const unmatched = (entries: MatchResult['unmatched']['mentors']) =>
    entries.map((u) => ({ email: names.get(u.id)?.email ?? '', name: names.get(u.id)?.name ?? null, reason: unmatchedText(u.reason) }));
  return {
    pairs: result.pairs.map((p) => ({
      mentor: ref(p.mentorId),
      mentee: ref(p.menteeId),
      score: p.score,
      ...pairReasonFields(p.reasons),
      status: 'active',
      since: p.isNew ? since : (sinceOf(p.mentorId, p.menteeId) ?? since),
      locked: p.locked,
      new: p.isNew,
    })),
    unmatched: { mentors: unmatched(result.unmatched.mentors), mentees: unmatched(result.unmatched.mentees) },
    totalScore: result.totalScore,
    menteesCovered: result.menteesCovered,
  };
}

/** A matching for the terminal: the pairs table with score and reasons, the totals, every unmatched participant with the reason. */
export function matchText(
  ctx: Ctx,
  result: MatchResult,
  view: MatchView,
  names: ReadonlyMap<number, { name: string | null; email: string }>,
): string {
  const { t } = ctx;
  let text = view.pairs.length ? renderPairs(ctx, view.pairs) : `${t('pair.none')}\n`;
  text += `${hangingLine(ctx.io, '', t('match.totals', {
    pairs: view.pairs.length,
    new: view.pairs.filter((p) => p.new).length,
    covered: result.menteesCovered,
    mentees: result.menteesCovered + result.unmatched.mentees.length,
    score: result.totalScore,
  }))}\n`;
  for (const role of ['mentors', 'mentees'] as const) {
    const entries = result.unmatched[role];
    if (!entries.length) continue;
    text += `\n${ctx.io.color.yellow(t(`match.unmatched.${role}`, { count: entries.length }))}\n`;
    for (const u of entries) {
      const p = names.get(u.id);
      text += `${hangingLine(ctx.io, '  - ', `${p ? `${p.name ?? ''} <${p.email}>`.trim() : `#${u.id}`}: ${unmatchedLabel(u.reason, t)}`)}\n`;
    }
  }
  return text;
}
