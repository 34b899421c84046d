import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match, solveAssignment, type Candidate, type MatchInput, type SolveMethod } from '../../../../src/core/matching/index.js';
import { input } from './fixtures.js';

/** Many people with few, overlapping topics: almost every score is tied with many others. */
function tiedRound(n: number, topicPool: number): MatchInput {
  const topics = ['instagram', 'tiktok', 'linkedin', 'hashtags', 'homepage'].slice(0, topicPool);
  const person = (k: number, role: string): Candidate => ({
    id: role === 'mentor' ? k + 1 : 1000 + k,
    email: `${role}${k}@corp.de`,
    name: null,
    department: ['IT', 'Sales', null][k % 3]!,
    location: ['Hamburg', 'Kiel'][k % 2]!,
    managerEmail: null,
    languages: [],
    topics: topicPool === 0 ? [] : [topics[k % topicPool]!],
    capacity: role === 'mentee' && k % 4 === 0 ? 2 : 1,
  });
  return input({
    mentors: Array.from({ length: n }, (_, k) => person(k, 'mentor')),
    mentees: Array.from({ length: n - 5 }, (_, k) => person(k, 'mentee')),
    exclusions: [
      [1, 1000],
      [2, 1001],
      [3, 1003],
    ],
  });
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('determinism with ties', () => {
  it.each<[string, number, SolveMethod]>([
    ['few topics, auto', 3, 'auto'],
    ['few topics, flow', 3, 'flow'],
    ['every score equal, auto', 0, 'auto'],
    ['every score equal, flow', 0, 'flow'],
  ])('%s: same pairs on every run and for every input order', (_name, pool, method) => {
    const round = tiedRound(60, pool);
    const first = match(round, method);
    expect(first.pairs.length).toBeGreaterThan(50);
    expect(match(round, method)).toEqual(first);
    for (const seed of [1, 2, 3, 4, 5]) {
      const again: MatchInput = {
        ...round,
        mentors: shuffled(round.mentors, seed),
        mentees: shuffled(round.mentees, seed + 100),
        exclusions: shuffled(round.exclusions, seed).map(([a, b]) => [b, a] as [number, number]),
      };
      expect(match(again, method)).toEqual(first);
    }
  });

  it('the low-level solver gives identical pairs on a large tied matrix, run after run', () => {
    const n = 300;
    const weights = Array.from({ length: n * n }, (_, k) => ((k * 7) % 13) % 3);
    const problem = { rows: n, cols: n, weights };
    const first = solveAssignment(problem);
    for (let r = 0; r < 3; r++) expect(solveAssignment(problem)).toEqual(first);
  });

  it('input order never changes the result (random small rounds)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer(), (n, pool, seed) => {
        const round = tiedRound(n + 5, pool);
        const again = { ...round, mentors: shuffled(round.mentors, seed >>> 0), mentees: shuffled(round.mentees, (seed >>> 0) + 7) };
        expect(match(again)).toEqual(match(round));
      }),
      { numRuns: 200, seed: 42 },
    );
  });
});
