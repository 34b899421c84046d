import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StateError } from '../../../../src/core/errors.js';
import type { MatchInput, MatchResult } from '../../../../src/core/matching/index.js';
import {
  applyChange,
  choices,
  diff,
  effectiveInput,
  revalidate,
  sameExisting,
  solve,
  startWizard,
  undo,
  type Change,
  type WizardState,
} from '../../../../src/core/matching/wizard-state.js';
import { cand, input } from './fixtures.js';

/**
 * Three mentors, two mentees (capacity 1 each), scores with topic weight 10:
 *         e11 (a,b)  e12 (a,c,d)
 *   m1 (a,b)   20        10
 *   m2 (a)     10        10
 *   m3 (c,d)    0        20
 * The optimum is m1–e11 + m3–e12 = 40, m2 left over.
 */
const base = (over: Partial<MatchInput> = {}): MatchInput =>
  input({
    mentors: [cand('m1@x.de', { id: 1, topics: ['a', 'b'] }), cand('m2@x.de', { id: 2, topics: ['a'] }), cand('m3@x.de', { id: 3, topics: ['c', 'd'] })],
    mentees: [cand('e11@x.de', { id: 11, topics: ['a', 'b'] }), cand('e12@x.de', { id: 12, topics: ['a', 'c', 'd'] })],
    ...over,
  });

const lock = (mentorId: number, menteeId: number): Change => ({ kind: 'lock', mentorId, menteeId });
const exclude = (mentorId: number, menteeId: number): Change => ({ kind: 'exclude', mentorId, menteeId });
const assign = (mentorId: number, menteeId: number): Change => ({ kind: 'assign', mentorId, menteeId });
const UNDO = 'undo' as const;

const run = (steps: (Change | typeof UNDO)[], over: Partial<MatchInput> = {}): WizardState =>
  steps.reduce((s, step) => (step === UNDO ? undo(s) : applyChange(s, step)), startWizard(base(over)));
const pairs = (r: MatchResult) => r.pairs.map((p) => `${p.mentorId}-${p.menteeId}${p.locked ? 'L' : ''}${p.isNew ? '' : ' kept'}`);

describe('wizard state: solve after changes', () => {
  it.each<[string, (Change | typeof UNDO)[], string[], number]>([
    ['no change: the optimum', [], ['1-11', '3-12'], 40],
    ['a lock keeps the pair and changes nothing else', [lock(1, 11)], ['1-11L', '3-12'], 40],
    ['an exclusion re-solves around the pair', [exclude(1, 11)], ['2-11', '3-12'], 30],
    ['a hand assignment is kept and locked, the rest re-solved', [assign(1, 12)], ['2-11', '1-12L'], 20],
    ['a lock survives an exclusion elsewhere', [lock(1, 11), exclude(3, 12)], ['1-11L', '2-12'], 30],
    ['a hand assignment survives an exclusion elsewhere', [assign(2, 11), exclude(3, 12)], ['2-11L', '1-12'], 20],
    ['excluding a locked pair drops its lock', [lock(1, 11), exclude(1, 11)], ['2-11', '3-12'], 30],
    ['undo takes back the last change only', [lock(3, 12), exclude(1, 11), UNDO], ['1-11', '3-12L'], 40],
    ['undo of an exclusion brings back the lock it dropped', [lock(1, 11), exclude(1, 11), UNDO], ['1-11L', '3-12'], 40],
    ['undo back to the start', [assign(1, 12), exclude(2, 11), UNDO, UNDO], ['1-11', '3-12'], 40],
    ['two exclusions re-solve both mentees', [exclude(1, 11), exclude(3, 12)], ['2-11', '1-12'], 20],
  ])('%s', (_name, steps, expected, total) => {
    const result = solve(run(steps));
    expect(pairs(result)).toEqual(expected);
    expect(result.totalScore).toBe(total);
  });

  it('keeps the round’s active pairs as kept, and a hand-assigned pair counts as new', () => {
    const state = run([assign(2, 12)], { existing: [{ mentorId: 1, menteeId: 11, locked: false }] });
    expect(pairs(solve(state))).toEqual(['1-11 kept', '2-12L']);
  });

  it('an excluded pair never reappears, whatever comes after', () => {
    const state = run([exclude(1, 11), assign(3, 12), UNDO, lock(3, 12), exclude(2, 11), UNDO]);
    const result = solve(state);
    expect(result.pairs.some((p) => p.mentorId === 1 && p.menteeId === 11)).toBe(false);
    expect(choices(state)).toEqual({ locks: [{ mentorId: 3, menteeId: 12 }], exclusions: [{ mentorId: 1, menteeId: 11 }], assignments: [] });
    expect(effectiveInput(state).exclusions).toEqual([[1, 11]]);
  });

  it('does not change the state it was given', () => {
    const start = startWizard(base());
    const next = applyChange(start, exclude(1, 11));
    expect(start.changes).toEqual([]);
    expect(undo(next)).toEqual(start);
  });
});

describe('wizard state: refused changes', () => {
  it.each<[string, (Change | typeof UNDO)[], Partial<MatchInput>, string]>([
    ['undo with nothing to undo', [UNDO], {}, 'wizard.error.nothingToUndo'],
    ['lock twice', [lock(1, 11), lock(1, 11)], {}, 'wizard.error.alreadyLocked'],
    ['lock a hand-assigned pair', [assign(1, 11), lock(1, 11)], {}, 'wizard.error.alreadyLocked'],
    ['lock a locked kept pair', [lock(1, 11)], { existing: [{ mentorId: 1, menteeId: 11, locked: true }] }, 'wizard.error.alreadyLocked'],
    ['exclude a kept pair of the round', [exclude(1, 11)], { existing: [{ mentorId: 1, menteeId: 11, locked: false }] }, 'wizard.error.keptPair'],
    ['exclude twice', [exclude(1, 11), exclude(1, 11)], {}, 'wizard.error.alreadyExcluded'],
    ['exclude a pair excluded in the database', [exclude(1, 11)], { exclusions: [[11, 1]] }, 'wizard.error.alreadyExcluded'],
    ['assign past capacity', [lock(1, 11), assign(2, 11)], {}, 'wizard.error.notAllowed'],
    ['assign an excluded pair', [exclude(1, 12), assign(1, 12)], {}, 'wizard.error.notAllowed'],
    ['assign across a reporting line', [assign(1, 11)], { people: [{ email: 'm1@x.de', managerEmail: 'e11@x.de' }] }, 'wizard.error.notAllowed'],
    ['lock a pair that breaks a constraint', [lock(1, 11)], { earlierPairs: [[1, 11]] }, 'wizard.error.notAllowed'],
    ['a person who does not take part', [assign(99, 11)], {}, 'wizard.error.unknown'],
  ])('%s', (_name, steps, over, key) => {
    let caught: unknown;
    try {
      run(steps, over);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StateError);
    expect((caught as StateError).key).toBe(key);
    expect((caught as StateError).exitCode).toBe(1);
  });

  it('names the broken constraints', () => {
    expect(() => run([exclude(1, 12), assign(1, 12)])).toThrow(expect.objectContaining({ params: { mentor: 'm1@x.de', mentee: 'e12@x.de', constraints: 'excluded' } }));
  });

  it('a kept pair forced past a constraint can still be locked', () => {
    const state = run([lock(1, 11)], { existing: [{ mentorId: 1, menteeId: 11, locked: false }], earlierPairs: [[1, 11]] });
    expect(pairs(solve(state))).toEqual(['1-11L kept', '3-12']);
  });
});

describe('wizard state: diff', () => {
  it('lists pairs added and removed with the totals before and after', () => {
    const before = solve(run([]));
    const after = solve(run([exclude(1, 11)]));
    const d = diff(before, after);
    expect(d.added.map((p) => [p.mentorId, p.menteeId])).toEqual([[2, 11]]);
    expect(d.removed.map((p) => [p.mentorId, p.menteeId])).toEqual([[1, 11]]);
    expect(d.before).toEqual({ pairs: 2, menteesCovered: 2, totalScore: 40 });
    expect(d.after).toEqual({ pairs: 2, menteesCovered: 2, totalScore: 30 });
  });

  it('is empty for a change that moves no pair', () => {
    const d = diff(solve(run([])), solve(run([lock(1, 11)])));
    expect([d.added, d.removed]).toEqual([[], []]);
    expect(d.before).toEqual(d.after);
  });

  it('counts a mentee losing their only option', () => {
    const single = { mentors: [cand('m1@x.de', { id: 1 })], mentees: [cand('e11@x.de', { id: 11 })] };
    const start = startWizard(input(single));
    const d = diff(solve(start), solve(applyChange(start, exclude(1, 11))));
    expect(d.removed).toHaveLength(1);
    expect(d.after).toEqual({ pairs: 0, menteesCovered: 0, totalScore: 0 });
  });
});

describe('wizard state: re-validation before saving', () => {
  const planned = [
    { mentorId: 1, menteeId: 11 },
    { mentorId: 3, menteeId: 12 },
  ];
  it.each<[string, Partial<MatchInput>, [number, number, string[]][]]>([
    ['nothing changed', {}, []],
    ['an exclusion added meanwhile', { exclusions: [[11, 1]] }, [[1, 11, ['excluded']]]],
    ['a pair made meanwhile', { existing: [{ mentorId: 3, menteeId: 12, locked: false }] }, [[3, 12, ['already paired']]]],
    ['capacity used up meanwhile', { existing: [{ mentorId: 2, menteeId: 11, locked: false }] }, [[1, 11, ['capacity']]]],
    ['a participant removed meanwhile', { mentors: [cand('m1@x.de', { id: 1, topics: ['a', 'b'] })] }, [[3, 12, ['not a participant']]]],
    ['a new reporting line', { people: [{ email: 'e12@x.de', managerEmail: 'm3@x.de' }] }, [[3, 12, ['reporting line']]]],
  ])('%s', (_name, over, expected) => {
    expect(revalidate(base(over), planned).map((c) => [c.mentorId, c.menteeId, c.problems])).toEqual(expected);
  });

  it('counts the list’s own pairs against capacity', () => {
    const twice = [
      { mentorId: 1, menteeId: 11 },
      { mentorId: 1, menteeId: 12 },
    ];
    expect(revalidate(base(), twice)).toEqual([{ mentorId: 1, menteeId: 12, problems: ['capacity'] }]);
  });

  it('compares the active pairs of two loads', () => {
    const one = base({ existing: [{ mentorId: 1, menteeId: 11, locked: false }] });
    expect(sameExisting(one, base({ existing: [{ mentorId: 1, menteeId: 11, locked: true }] }))).toBe(true);
    expect(sameExisting(one, base())).toBe(false);
    expect(sameExisting(one, base({ existing: [{ mentorId: 2, menteeId: 11, locked: false }] }))).toBe(false);
  });
});

describe('wizard state: invariants over random sessions', () => {
  it('locks and hand assignments stay, exclusions never come back, undo restores the earlier proposal', () => {
    const TOPICS = ['a', 'b', 'c'];
    const person = fc.record({ topics: fc.subarray(TOPICS), capacity: fc.integer({ min: 1, max: 2 }) });
    const problem = fc.record({ mentors: fc.array(person, { minLength: 1, maxLength: 5 }), mentees: fc.array(person, { minLength: 1, maxLength: 4 }) });
    const steps = fc.array(fc.record({ op: fc.constantFrom('lock', 'exclude', 'assign', 'undo'), pick: fc.nat() }), { maxLength: 12 });
    fc.assert(
      fc.property(problem, steps, (p, ops) => {
        const start = startWizard(
          input({
            mentors: p.mentors.map((m, i) => cand(`m${i}@x.de`, { id: i + 1, ...m })),
            mentees: p.mentees.map((e, i) => cand(`e${i}@x.de`, { id: 101 + i, ...e })),
          }),
        );
        const history: { state: WizardState; result: MatchResult }[] = [];
        let state = start;
        let result = solve(state);
        for (const { op, pick } of ops) {
          let next: WizardState | undefined;
          if (op === 'undo') {
            if (!state.changes.length) continue;
            next = undo(state);
          } else if (op === 'assign') {
            const m = state.base.mentors[pick % state.base.mentors.length]!;
            const e = state.base.mentees[Math.floor(pick / 7) % state.base.mentees.length]!;
            try {
              next = applyChange(state, assign(m.id, e.id));
            } catch (error) {
              if (!(error instanceof StateError)) throw error;
              continue; // not eligible: the wizard would not offer it
            }
          } else {
            // lock or exclude one of the proposed pairs, as the wizard offers them
            const offered = result.pairs.filter((x) => (op === 'lock' ? !x.locked : x.isNew));
            if (!offered.length) continue;
            const x = offered[pick % offered.length]!;
            next = applyChange(state, { kind: op, mentorId: x.mentorId, menteeId: x.menteeId });
          }
          if (op === 'undo') {
            const earlier = history.pop()!;
            expect(solve(next)).toEqual(earlier.result);
          } else history.push({ state, result });
          state = next;
          result = solve(state);
          const key = (x: { mentorId: number; menteeId: number }) => `${x.mentorId},${x.menteeId}`;
          const proposed = new Map(result.pairs.map((x) => [key(x), x]));
          const { locks, exclusions, assignments } = choices(state);
          for (const kept of [...locks, ...assignments]) expect(proposed.get(key(kept))?.locked).toBe(true);
          for (const gone of exclusions) expect(proposed.has(key(gone))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('wizard state: a pair forced by hand', () => {
  // e12 reports to m3, and m1 is excluded from e12: neither may be assigned, both may be forced
  const over: Partial<MatchInput> = { people: [{ email: 'e12@x.de', managerEmail: 'm3@x.de' }], exclusions: [[1, 12]] };
  const force = (mentorId: number, menteeId: number): Change => ({ kind: 'force', mentorId, menteeId });

  it('keeps the forced pair locked, with the rules it breaks among its reasons', () => {
    const state = run([force(3, 12)], over);
    expect(choices(state).assignments).toEqual([{ mentorId: 3, menteeId: 12, rules: ['reporting line'] }]);
    const result = solve(state);
    expect(pairs(result)).toEqual(['1-11', '3-12L']);
    expect(result.pairs[1]!.reasons).toContainEqual({ kind: 'forced', rule: 'reporting line' });
    expect(solve(undo(state)).pairs.every((p) => p.reasons.every((r) => r.kind !== 'forced'))).toBe(true);
  });

  it.each<[string, Change[], Change]>([
    ['an eligible pair is assigned, not forced', [], force(2, 12)],
    ['a mentor without capacity left', [force(3, 12)], force(3, 11)],
    ['the same pair twice', [force(3, 12)], force(3, 12)],
  ])('refuses %s', (_name, before, change) => {
    expect(() => applyChange(run(before, over), change)).toThrow(StateError);
  });

  it('re-validation lets a forced pair break the rules its reasons name, and no other', () => {
    const reasons = [{ kind: 'forced' as const, rule: 'reporting line' as const }];
    expect(revalidate(base(over), [{ mentorId: 3, menteeId: 12, reasons }])).toEqual([]);
    expect(revalidate(base(over), [{ mentorId: 3, menteeId: 12 }])).toEqual([{ mentorId: 3, menteeId: 12, problems: ['reporting line'] }]);
    const meanwhile = base({ ...over, exclusions: [[1, 12], [3, 12]] });
    expect(revalidate(meanwhile, [{ mentorId: 3, menteeId: 12, reasons }])).toEqual([{ mentorId: 3, menteeId: 12, problems: ['excluded'] }]);
  });
});
