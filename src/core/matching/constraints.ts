import { fold } from './score.js';
import type { Candidate, MatchInput, Reason, Violation } from './types.js';

/** What the hard constraints need, built once per input by buildContext. */
export interface MatchContext {
  /** Lower-case email → lower-case manager email, from the org chart and the candidates. */
  readonly managerOf: ReadonlyMap<string, string>;
  readonly excluded: ReadonlySet<string>;
  readonly earlier: ReadonlySet<string>;
  readonly allowRepeat: boolean;
  /** `mentorId,menteeId` of the active pairs of the round. */
  readonly existing: ReadonlySet<string>;
  readonly mentorLoad: ReadonlyMap<number, number>;
  readonly menteeLoad: ReadonlyMap<number, number>;
  /** Memo of management chains, keyed by lower-case email. */
  readonly chains: Map<string, ReadonlySet<string>>;
}

/** Key of an unordered pair of person ids. */
export function unorderedKey(a: number, b: number): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}

function pairKey(mentorId: number, menteeId: number): string {
  return `${mentorId},${menteeId}`;
}

/** Builds the constraint context of a match input (org chart, exclusions, earlier and existing pairs). */
export function buildContext(input: MatchInput): MatchContext {
  const managerOf = new Map<string, string>();
  for (const p of input.people) {
    const email = fold(p.email);
    const manager = fold(p.managerEmail);
    if (email !== null && manager !== null) managerOf.set(email, manager);
  }
  // a candidate's own manager fills in where the org chart has none
  for (const c of [...input.mentors, ...input.mentees]) {
    const email = fold(c.email);
    const manager = fold(c.managerEmail);
    if (email !== null && manager !== null && !managerOf.has(email)) managerOf.set(email, manager);
  }
  const mentorLoad = new Map<number, number>();
  const menteeLoad = new Map<number, number>();
  const existing = new Set<string>();
  for (const p of input.existing) {
    const key = pairKey(p.mentorId, p.menteeId);
    if (existing.has(key)) continue;
    existing.add(key);
    mentorLoad.set(p.mentorId, (mentorLoad.get(p.mentorId) ?? 0) + 1);
    menteeLoad.set(p.menteeId, (menteeLoad.get(p.menteeId) ?? 0) + 1);
  }
  return {
    managerOf,
    excluded: new Set(input.exclusions.map(([a, b]) => unorderedKey(a, b))),
    earlier: new Set(input.earlierPairs.map(([a, b]) => unorderedKey(a, b))),
    allowRepeat: input.allowRepeat,
    existing,
    mentorLoad,
    menteeLoad,
    chains: new Map(),
  };
}

/**
 * Everyone above `email` in the reporting line: managers followed upward through all known
 * people, any depth. A cycle stops the walk at the first repeated person.
 */
export function managementChain(ctx: MatchContext, email: string, ownManager?: string | null): ReadonlySet<string> {
  const self = fold(email) ?? '';
  const known = ctx.managerOf.get(self);
  const memo = ctx.chains.get(self);
  if (memo && (known !== undefined || fold(ownManager) === null)) return memo;
  const chain = new Set<string>();
  let next = known ?? fold(ownManager) ?? undefined;
  while (next !== undefined && !chain.has(next)) {
    chain.add(next);
    next = ctx.managerOf.get(next);
  }
  // only chains that come from the context alone are shared
  if (known !== undefined || fold(ownManager) === null) ctx.chains.set(self, chain);
  return chain;
}

/** True when one of the two is in the other's management chain. */
export function reportingLine(ctx: MatchContext, a: Candidate, b: Candidate): boolean {
  const fa = fold(a.email) ?? '';
  const fb = fold(b.email) ?? '';
  return managementChain(ctx, fa, a.managerEmail).has(fb) || managementChain(ctx, fb, b.managerEmail).has(fa);
}

/** True when both list languages and share none. */
export function languagesClash(a: readonly string[], b: readonly string[]): boolean {
  const la = a.map(fold).filter((x): x is string => x !== null);
  const lb = new Set(b.map(fold).filter((x): x is string => x !== null));
  if (la.length === 0 || lb.size === 0) return false;
  return !la.some((x) => lb.has(x));
}

/** True when the two are one person (same id or same email). */
export function samePerson(m: Candidate, e: Candidate): boolean {
  return m.id === e.id || fold(m.email) === fold(e.email);
}

/**
 * The hard constraints mentor `m` and mentee `e` would break as a new pair, in this order:
 * same person, reporting line, excluded, earlier pair, language (constraints 1–4), then
 * `already paired` (the pair is among ctx's existing pairs) and `capacity` (either is full
 * with ctx's existing pairs). Build ctx with `existing: []` to check constraints 1–4 only.
 */
export function violations(m: Candidate, e: Candidate, ctx: MatchContext): Violation[] {
  const out: Violation[] = [];
  if (samePerson(m, e)) out.push('same person');
  if (reportingLine(ctx, m, e)) out.push('reporting line');
  const key = unorderedKey(m.id, e.id);
  if (ctx.excluded.has(key)) out.push('excluded');
  if (!ctx.allowRepeat && ctx.earlier.has(key)) out.push('earlier pair');
  if (languagesClash(m.languages, e.languages)) out.push('language');
  if (ctx.existing.has(pairKey(m.id, e.id))) out.push('already paired');
  else if ((ctx.mentorLoad.get(m.id) ?? 0) >= m.capacity || (ctx.menteeLoad.get(e.id) ?? 0) >= e.capacity) {
    out.push('capacity');
  }
  return out;
}

/** The constraints an organiser may pair past by hand (the top of the org chart): not capacity, not one person, not a pair twice. */
export const FORCEABLE: readonly Violation[] = ['reporting line', 'excluded', 'earlier pair', 'language'];

/** The reasons that record a pair forced past broken constraints, one per rule. */
export function forcedReasons(broken: readonly Violation[]): Reason[] {
  return broken.map((rule): Reason => ({ kind: 'forced', rule }));
}

/** The rules a pair's reasons say it was forced past. */
export function forcedRules(reasons: readonly Reason[]): Violation[] {
  return reasons.flatMap((r) => (r.kind === 'forced' ? [r.rule] : []));
}

/**
 * The mentees without an active pair whom no mentor with capacity left may take (constraints
 * 1–5 against the input's pairs): `pair match` cannot help them, only a pair forced by hand.
 */
export function unplaceableMentees(input: MatchInput): Candidate[] {
  const ctx = buildContext(input);
  return input.mentees.filter((e) => !ctx.menteeLoad.get(e.id) && !input.mentors.some((m) => violations(m, e, ctx).length === 0));
}
