import { optionsFor } from '../../core/matching/options.js';
import { scorePair } from '../../core/matching/score.js';
import type { MatchOption, MatchResult, ProposedPair, Role } from '../../core/matching/types.js';
import {
  applyChange,
  choices,
  diff,
  effectiveInput,
  forceable,
  lastChange,
  solve,
  startWizard,
  undo,
  type Change,
  type PairRef,
  type WizardState,
} from '../../core/matching/wizard-state.js';
import { loadMatching, saveMatching, type MatchRequest } from '../../app/matching.js';
import type { Ctx } from '../context.js';
import type { Choice, Prompter } from '../prompter.js';
import { causes, changeLabel, conflictsText, diffText, optionsText, pairLabel, proposalText, proposalView, reasonLabel, short, who, type Names } from './render.js';

// The matching wizard of SPEC §6. Everything it shows goes to stderr (the prompts do too),
// so stdout carries only the --json document after a save. Nothing is written before "save".

type Action = 'save' | 'lock' | 'exclude' | 'assign' | 'options' | 'show' | 'undo' | 'quit';

/** Enough rows that the menu and the lists of a typical round fit without scrolling. */
const PAGE_SIZE = 20;

/** Runs the wizard until the organiser saves (one transaction) or quits; Ctrl+C throws CancelledError (exit 130). */
export async function runWizard(ctx: Ctx, request: MatchRequest): Promise<void> {
  const prompter = await ctx.prompter(ctx.t('prompt.options.match'));
  const { t } = ctx;
  const db = await ctx.db();
  const loaded = loadMatching(db, request);
  const names: Names = loaded.input.names;
  const show = (text: string) => ctx.io.err(text.endsWith('\n') ? text : `${text}\n`);
  const view = (r: MatchResult) => proposalView(r, names, request.since, loaded.sinceOf);

  let state = startWizard(loaded.input);
  let result = solve(state);
  const label = (c: Change) => changeLabel(ctx, names, c, scoreOf(state, c));
  /** Moves to the next state: re-solves and shows what changed. */
  const moveTo = (next: WizardState, headline: string) => {
    const after = solve(next);
    show(`\n${diffText(ctx, headline, diff(result, after), names)}`);
    state = next;
    result = after;
  };

  show(`${t('wizard.intro', { round: request.round.name })}\n`);
  show(proposalText(ctx, result, view(result), names));
  for (;;) {
    const action = await prompter.select<Action>({ message: t('wizard.menu'), choices: menu(ctx, state, result, label), pageSize: PAGE_SIZE });
    switch (action) {
      case 'save': {
        const saved = saveMatching(db, request, { loaded, result }, (n, c) => conflictsText(ctx, n, c), choices(state));
        ctx.info(t('wizard.saved', { count: saved.inserted, round: request.round.name, locked: saved.locked, excluded: saved.excluded, dissolved: saved.dissolved }));
        if (ctx.json) {
          const doc = view(result);
          ctx.printJson({ pairs: doc.pairs, unmatched: doc.unmatched, totalScore: doc.totalScore });
        }
        return;
      }
      case 'quit':
        if (await prompter.confirm({ message: t('wizard.quit.confirm'), default: false })) return ctx.info(t('wizard.quit.done'));
        break;
      case 'show':
        show(proposalText(ctx, result, view(result), names));
        break;
      case 'undo': {
        const undone = lastChange(state);
        if (undone) moveTo(undo(state), t('wizard.change.undone', { change: label(undone) }));
        break;
      }
      case 'lock':
      case 'exclude': {
        const picked = await pickPair(prompter, ctx, names, t(`wizard.${action}.pick`), offered(result, action));
        if (!picked) break;
        const change: Change = { kind: action, ...picked };
        moveTo(applyChange(state, change), label(change));
        break;
      }
      case 'assign': {
        const change = await pickAssignment(prompter, ctx, names, state, result);
        if (change) moveTo(applyChange(state, change), label(change));
        break;
      }
      case 'options': {
        const picked = await pickParticipant(prompter, ctx, names, state);
        if (!picked) break;
        const partners = new Set(partnersOf(result, picked.id, picked.role));
        show(optionsText(ctx, names, picked.id, picked.role, optionsFor(effectiveInput(state), picked.id, picked.role), partners));
        break;
      }
    }
  }
}

/** The main menu; actions that have nothing to act on are shown disabled. */
function menu(ctx: Ctx, state: WizardState, result: MatchResult, label: (c: Change) => string): Choice<Action>[] {
  const { t } = ctx;
  const none = `(${t('wizard.disabled.noPair')})`;
  const last = lastChange(state);
  return [
    { name: t('wizard.action.save'), value: 'save' },
    { name: t('wizard.action.lock'), value: 'lock', disabled: offered(result, 'lock').length ? false : none },
    { name: t('wizard.action.exclude'), value: 'exclude', disabled: offered(result, 'exclude').length ? false : none },
    { name: t('wizard.action.assign'), value: 'assign' },
    { name: t('wizard.action.options'), value: 'options' },
    { name: t('wizard.action.show'), value: 'show' },
    last
      ? { name: t('wizard.action.undo'), value: 'undo', description: label(last) }
      : { name: t('wizard.action.undo'), value: 'undo', disabled: `(${t('wizard.disabled.nothingToUndo')})` },
    { name: t('wizard.action.quit'), value: 'quit' },
  ];
}

/** The pairs one may lock (not locked yet) or exclude (not yet an active pair of the round; a lock is dropped). */
function offered(result: MatchResult, kind: 'lock' | 'exclude'): ProposedPair[] {
  return result.pairs.filter((p) => (kind === 'lock' ? !p.locked : p.isNew));
}

const back = (ctx: Ctx) => ({ name: ctx.t('wizard.back'), value: null });

/** One of the proposed pairs (with its reasons as the description), or null for "back". */
async function pickPair(prompter: Prompter, ctx: Ctx, names: Names, message: string, pairs: ProposedPair[]): Promise<PairRef | null> {
  const choices: Choice<PairRef | null>[] = pairs.map((p) => ({
    name: pairLabel(ctx, names, p),
    value: { mentorId: p.mentorId, menteeId: p.menteeId },
    description: p.reasons.map((r) => reasonLabel(r, ctx.t, ctx.topicName)).join(', ') || undefined,
  }));
  return prompter.select({ message, choices: [...choices, back(ctx)], pageSize: PAGE_SIZE });
}

/** A mentee, then one of their eligible mentors (best first, with score and reasons); null when the organiser goes back. */
async function pickAssignment(prompter: Prompter, ctx: Ctx, names: Names, state: WizardState, result: MatchResult): Promise<Change | null> {
  const { t } = ctx;
  const input = effectiveInput(state);
  const menteeId = await prompter.select<number | null>({
    message: t('wizard.assign.mentee'),
    choices: [
      ...sortedIds(ctx, names, input.mentees).map((id) => {
        const now = partnersOf(result, id, 'mentee').map((m) => short(names, m));
        return { name: who(names, id), value: id, description: now.length ? t('wizard.assign.now', { mentors: now.join(', ') }) : t('wizard.assign.unmatched') };
      }),
      back(ctx),
    ],
    pageSize: PAGE_SIZE,
  });
  if (menteeId === null) return null;
  const all = optionsFor(input, menteeId, 'mentee');
  const eligible = all.filter((o) => o.violations.length === 0);
  const proposed = new Set(partnersOf(result, menteeId, 'mentee'));
  if (!eligible.length) return pickForced(prompter, ctx, names, state, menteeId, all);
  const mentorId = await prompter.select<number | null>({
    message: t('wizard.assign.mentor', { mentee: short(names, menteeId) }),
    choices: [
      ...eligible.map((o) => ({
        name: [
          t('wizard.assign.option', { mentor: who(names, o.candidateId), score: o.score }),
          ...o.reasons.map((r) => reasonLabel(r, t, ctx.topicName)),
          ...(proposed.has(o.candidateId) ? [`(${t('wizard.proposed')})`] : []),
        ].join(' · '),
        value: o.candidateId,
      })),
      back(ctx),
    ],
    pageSize: PAGE_SIZE,
  });
  return mentorId === null ? null : { kind: 'assign', mentorId, menteeId };
}

/**
 * A mentee nobody is eligible for (the top of the org chart): every mentor with capacity,
 * each marked with the rule it would break, then an explicit confirmation; the pair is
 * saved as forced, its broken rules among its reasons. Null when the organiser goes back.
 */
async function pickForced(prompter: Prompter, ctx: Ctx, names: Names, state: WizardState, menteeId: number, all: MatchOption[]): Promise<Change | null> {
  const { t } = ctx;
  const open = all.flatMap((o) => {
    const rules = forceable(state, o.candidateId, menteeId);
    return rules ? [{ ...o, rules }] : [];
  });
  // show why nobody is eligible, before (or instead of) the list of forced options
  ctx.io.err(`${t('wizard.assign.noneEligible')}\n${optionsText(ctx, names, menteeId, 'mentee', all, new Set())}`);
  if (!open.length) return ctx.io.err(`${t('wizard.assign.noneForceable')}\n`), null;
  const mentorId = await prompter.select<number | null>({
    message: t('wizard.assign.force', { mentee: short(names, menteeId) }),
    choices: [
      ...open.map((o) => ({
        name: [t('wizard.assign.option', { mentor: who(names, o.candidateId), score: o.score }), t('wizard.assign.breaks', { constraints: causes(o.rules, t) })].join(' · '),
        value: o.candidateId,
      })),
      back(ctx),
    ],
    pageSize: PAGE_SIZE,
  });
  if (mentorId === null) return null;
  const rules = open.find((o) => o.candidateId === mentorId)!.rules;
  const params = { mentee: short(names, menteeId), mentor: short(names, mentorId), constraints: causes(rules, t) };
  if (!(await prompter.confirm({ message: t('wizard.assign.forceConfirm', params), default: false }))) return null;
  return { kind: 'force', mentorId, menteeId, rules };
}

/** Any participant of the round (mentors, then mentees), or null for "back". */
async function pickParticipant(prompter: Prompter, ctx: Ctx, names: Names, state: WizardState): Promise<{ id: number; role: Role } | null> {
  const { t } = ctx;
  const entry = (role: Role) => (id: number) => ({ name: `${who(names, id)} (${t(`role.${role}`)})`, value: { id, role } });
  return prompter.select<{ id: number; role: Role } | null>({
    message: t('wizard.options.pick'),
    choices: [
      ...sortedIds(ctx, names, state.base.mentors).map(entry('mentor')),
      ...sortedIds(ctx, names, state.base.mentees).map(entry('mentee')),
      back(ctx),
    ],
    pageSize: PAGE_SIZE,
  });
}

/** The proposed partners of a participant. */
function partnersOf(result: MatchResult, id: number, role: Role): number[] {
  return role === 'mentor'
    ? result.pairs.filter((p) => p.mentorId === id).map((p) => p.menteeId)
    : result.pairs.filter((p) => p.menteeId === id).map((p) => p.mentorId);
}

/** Participant ids sorted by name, then email, in the user's language. */
function sortedIds(ctx: Ctx, names: Names, list: readonly { id: number }[]): number[] {
  const collator = new Intl.Collator(ctx.lang, { sensitivity: 'base' });
  return list
    .map((c) => c.id)
    .sort((a, b) => collator.compare(short(names, a), short(names, b)) || collator.compare(names.get(a)?.email ?? '', names.get(b)?.email ?? ''));
}

/** The score of a change's pair (for its label). */
function scoreOf(state: WizardState, ref: PairRef): number {
  const m = state.base.mentors.find((c) => c.id === ref.mentorId);
  const e = state.base.mentees.find((c) => c.id === ref.menteeId);
  return m && e ? scorePair(m, e, state.base.weights).score : 0;
}
