import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../../src/core/matching/constraints.js';
import { buildPairTable, CAUSE_BITS } from '../../../../src/core/matching/table.js';
import {
  match,
  scorePair,
  solveAssignment,
  type Candidate,
  type MatchInput,
  type SolveMethod,
} from '../../../../src/core/matching/index.js';
import { bruteForce, refCauses } from './reference.js';

const TOPICS = ['instagram', 'tiktok', 'linkedin', 'hashtags'];
const LANGS = ['de', 'en', 'fr'];

/** Random small rounds with every kind of forbidden pair, existing and locked pairs, and many ties. */
const instance: fc.Arbitrary<MatchInput> = fc
  .record({ nm: fc.integer({ min: 0, max: 7 }), ne: fc.integer({ min: 0, max: 7 }), extra: fc.integer({ min: 0, max: 3 }) })
  .chain(({ nm, ne, extra }) => {
    const n = nm + ne + extra;
    // person k: mentors 0..nm-1 (ids 1..), mentees nm..nm+ne-1 (ids 101..), then org-only people
    const email = (k: number) => (k < nm ? `m${k}@x.org` : k < nm + ne ? `e${k - nm}@x.org` : `boss${k}@x.org`);
    const idOf = (k: number) => (k < nm ? k + 1 : 101 + (k - nm));
    const person = fc.record({
      manager: fc.option(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { freq: 2 }),
      managerOnCandidate: fc.boolean(),
      upper: fc.boolean(),
      languages: fc.subarray(LANGS),
      topics: fc.subarray(TOPICS),
      location: fc.constantFrom(null, 'Hamburg', 'hamburg ', 'Berlin'),
      department: fc.constantFrom(null, 'IT', 'it', 'Sales', ''),
      capacity: fc.integer({ min: 1, max: 3 }),
    });
    const mentorId = fc.integer({ min: 1, max: Math.max(1, nm) });
    const menteeId = fc.integer({ min: 101, max: 100 + Math.max(1, ne) });
    const pairOfIds = fc.tuple(mentorId, menteeId, fc.boolean()).map(([a, b, flip]) => (flip ? [b, a] : [a, b]) as [number, number]);
    return fc
      .record({
        people: fc.array(person, { minLength: n, maxLength: n }),
        exclusions: fc.array(pairOfIds, { maxLength: 4 }),
        earlierPairs: fc.array(pairOfIds, { maxLength: 4 }),
        existing: fc.array(fc.record({ mentorId, menteeId, locked: fc.boolean() }), { maxLength: nm > 0 && ne > 0 ? 5 : 0 }),
        weights: fc.record({
          topic: fc.integer({ min: 0, max: 12 }),
          location: fc.integer({ min: 0, max: 12 }),
          department: fc.integer({ min: 0, max: 12 }),
        }),
        allowRepeat: fc.boolean(),
      })
      .map((r): MatchInput => {
        const cands: Candidate[] = [];
        const org: MatchInput['people'] = [];
        r.people.forEach((p, k) => {
          const mail = p.upper ? email(k).toUpperCase() : email(k);
          const manager = p.manager === null || p.manager === k ? null : email(p.manager);
          if (!(p.managerOnCandidate && k < nm + ne)) org.push({ email: mail, managerEmail: manager });
          if (k < nm + ne) {
            cands.push({
              id: idOf(k),
              email: mail,
              name: null,
              department: p.department,
              location: p.location,
              managerEmail: p.managerOnCandidate ? manager : null,
              languages: p.languages,
              topics: p.topics,
              capacity: p.capacity,
            });
          }
        });
        return {
          mentors: cands.slice(0, nm),
          mentees: cands.slice(nm),
          people: org,
          exclusions: r.exclusions,
          earlierPairs: r.earlierPairs,
          existing: r.existing,
          weights: r.weights,
          allowRepeat: r.allowRepeat,
        };
      });
  });

/** The optimum by exhaustive search, existing pairs included. */
function expected(input: MatchInput) {
  const existing = new Map<string, { mentorId: number; menteeId: number }>();
  for (const p of input.existing) existing.set(`${p.mentorId},${p.menteeId}`, p);
  const loadM = (id: number) => [...existing.values()].filter((p) => p.mentorId === id).length;
  const loadE = (id: number) => [...existing.values()].filter((p) => p.menteeId === id).length;
  const { mentors, mentees, weights } = input;
  const score = mentors.map((m) => mentees.map((e) => scorePair(m, e, weights).score));
  const ok = mentors.map((m) =>
    mentees.map((e) => refCauses(input, m, e).length === 0 && !existing.has(`${m.id},${e.id}`)),
  );
  const best = bruteForce({
    rows: mentors.length,
    cols: mentees.length,
    weight: (i, j) => score[i]![j]!,
    ok: (i, j) => ok[i]![j]!,
    rowCap: mentors.map((m) => Math.max(0, m.capacity - loadM(m.id))),
    colCap: mentees.map((e) => Math.max(0, e.capacity - loadE(e.id))),
    covered: mentees.map((e) => loadE(e.id) > 0),
  });
  let keptScore = 0;
  const byId = (list: Candidate[], id: number) => list.find((c) => c.id === id)!;
  for (const p of existing.values()) keptScore += scorePair(byId(mentors, p.mentorId), byId(mentees, p.menteeId), weights).score;
  const keptCovered = new Set([...existing.values()].map((p) => p.menteeId)).size;
  return {
    menteesCovered: keptCovered + best.covered,
    pairs: existing.size + best.pairs,
    totalScore: keptScore + best.score,
    existing,
  };
}

const RUNS = 2500;

describe('match against an exhaustive search', () => {
  it('is optimal, feasible, complete and deterministic (both solver paths)', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const want = expected(input);
        for (const method of ['auto', 'flow'] as const) check(input, method, want);
      }),
      { numRuns: RUNS, seed: 20260401 },
    );
  });
});

function check(input: MatchInput, method: SolveMethod, want: ReturnType<typeof expected>): void {
  const result = match(input, method);
  // problems are collected as text and asserted once: thousands of expect() calls are slow
  const problems: string[] = [];
  const fail = (what: string) => problems.push(what);
  // optimal: the objective tuple equals the brute force's
  const got = [result.menteesCovered, result.pairs.length, result.totalScore];
  const best = [want.menteesCovered, want.pairs, want.totalScore];
  if (got.join() !== best.join()) fail(`objective ${got.join()} but the optimum is ${best.join()}`);
  // existing pairs all kept, as they were
  const kept = result.pairs.filter((p) => !p.isNew);
  const keptKeys = kept.map((p) => `${p.mentorId},${p.menteeId}`).sort();
  if (keptKeys.join(' ') !== [...want.existing.keys()].sort().join(' ')) fail(`kept ${keptKeys.join(' ')}`);
  for (const p of kept) {
    const locked = input.existing.some((x) => x.mentorId === p.mentorId && x.menteeId === p.menteeId && x.locked);
    if (p.locked !== locked) fail(`lock of ${p.mentorId},${p.menteeId}`);
  }
  // no hard constraint broken, no pair twice
  const seen = new Set<string>();
  for (const p of result.pairs) {
    const key = `${p.mentorId},${p.menteeId}`;
    if (seen.has(key)) fail(`pair ${key} twice`);
    seen.add(key);
    if (!p.isNew) continue;
    const m = input.mentors.find((c) => c.id === p.mentorId)!;
    const e = input.mentees.find((c) => c.id === p.menteeId)!;
    const causes = refCauses(input, m, e);
    if (causes.length > 0) fail(`new pair ${key} breaks ${causes.join(', ')}`);
    if (p.score !== scorePair(m, e, input.weights).score) fail(`score of ${key}`);
  }
  // capacities: new pairs only where existing ones left room
  for (const [list, side] of [
    [input.mentors, 'mentorId'],
    [input.mentees, 'menteeId'],
  ] as const) {
    for (const c of list) {
      const mine = result.pairs.filter((p) => p[side] === c.id);
      const old = mine.filter((p) => !p.isNew).length;
      if (mine.length - old > Math.max(0, c.capacity - old)) fail(`capacity of ${c.id}`);
    }
  }
  // unmatched: exactly those without a pair, with a true reason
  const order = ['reporting line', 'language', 'excluded', 'earlier pair', 'same person'] as const;
  for (const [list, other, entries, side] of [
    [input.mentors, input.mentees, result.unmatched.mentors, 'mentorId'],
    [input.mentees, input.mentors, result.unmatched.mentees, 'menteeId'],
  ] as const) {
    const lonely = list.filter((c) => !result.pairs.some((p) => p[side] === c.id)).map((c) => c.id);
    const listed = entries.map((u) => u.id);
    if (listed.sort((x, y) => x - y).join() !== lonely.sort((x, y) => x - y).join()) fail(`unmatched ${listed.join()}`);
    for (const u of entries) {
      const me = list.find((c) => c.id === u.id)!;
      const causes = other.map((o) => (side === 'mentorId' ? refCauses(input, me, o) : refCauses(input, o, me)));
      let reason: unknown;
      if (other.length === 0) reason = { kind: 'noEligible', causes: ['nobody on the other side'] };
      else if (causes.some((c) => c.length === 0)) reason = { kind: 'capacity' };
      else {
        const union = new Set(causes.flat());
        reason = { kind: 'noEligible', causes: order.filter((c) => union.has(c)) };
      }
      if (JSON.stringify(u.reason) !== JSON.stringify(reason)) fail(`reason of ${u.id}: ${JSON.stringify(u.reason)}`);
    }
  }
  // deterministic: a second run and a shuffled input give the same answer
  const text = JSON.stringify(result);
  if (JSON.stringify(match(input, method)) !== text) fail('second run differs');
  const shuffled: MatchInput = {
    ...input,
    mentors: [...input.mentors].reverse(),
    mentees: [...input.mentees].reverse(),
    existing: [...input.existing].reverse(),
    people: [...input.people].reverse(),
  };
  if (JSON.stringify(match(shuffled, method)) !== text) fail('shuffled input differs');
  expect(problems, method).toEqual([]);
}

/** Random raw b-matching problems for the low-level solver (weights 0..4: many ties). */
const rawProblem = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), cols: fc.integer({ min: 0, max: 7 }), unitRows: fc.boolean() })
  .chain(({ rows, cols, unitRows }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      weights: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows * cols, maxLength: rows * cols }),
      allowed: fc.array(fc.integer({ min: 0, max: 3 }).map((x) => (x === 0 ? 0 : 1)), { minLength: rows * cols, maxLength: rows * cols }),
      rowCapacity: fc.array(fc.integer({ min: unitRows ? 1 : 0, max: unitRows ? 1 : 3 }), { minLength: rows, maxLength: rows }),
      colCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      colCovered: fc.array(fc.boolean(), { minLength: cols, maxLength: cols }),
    }),
  );

describe('solveAssignment against an exhaustive search', () => {
  it('dense and flow paths both reach the optimum on every problem they accept', () => {
    fc.assert(
      fc.property(rawProblem, (p) => {
        const want = bruteForce({
          rows: p.rows,
          cols: p.cols,
          weight: (i, j) => p.weights[i * p.cols + j]!,
          ok: (i, j) => p.allowed[i * p.cols + j] === 1,
          rowCap: p.rowCapacity,
          colCap: p.colCapacity,
          covered: p.colCovered,
        });
        const denseOk = p.rowCapacity.every((c) => c <= 1) || p.colCapacity.every((c) => c <= 1);
        const methods: SolveMethod[] = denseOk ? ['auto', 'flow', 'dense'] : ['auto', 'flow'];
        for (const method of methods) {
          const got = solveAssignment(p, method);
          expect([got.covered, got.count, got.total]).toEqual([want.covered, want.pairs, want.score]);
          const rowUse = new Array<number>(p.rows).fill(0);
          const colUse = new Array<number>(p.cols).fill(0);
          const seen = new Set<number>();
          for (const [i, j] of got.pairs) {
            expect(p.allowed[i * p.cols + j]).toBe(1);
            expect(seen.has(i * p.cols + j)).toBe(false);
            seen.add(i * p.cols + j);
            rowUse[i]!++;
            colUse[j]!++;
          }
          rowUse.forEach((u, i) => expect(u).toBeLessThanOrEqual(p.rowCapacity[i]!));
          colUse.forEach((u, j) => expect(u).toBeLessThanOrEqual(p.colCapacity[j]!));
          expect(solveAssignment(p, method)).toEqual(got);
        }
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });
});

describe('the pair table', () => {
  it('agrees with scorePair and the reference constraints on every pair', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const table = buildPairTable(input.mentors, input.mentees, buildContext(input), input.weights);
        input.mentors.forEach((m, i) => {
          input.mentees.forEach((e, j) => {
            const cell = i * input.mentees.length + j;
            expect(table.scores[cell]).toBe(scorePair(m, e, input.weights).score);
            const causes = CAUSE_BITS.filter(([, bit]) => table.flags[cell]! & bit).map(([cause]) => cause);
            expect(causes).toEqual(refCauses(input, m, e));
          });
        });
      }),
      { numRuns: 1000, seed: 11 },
    );
  });
});
