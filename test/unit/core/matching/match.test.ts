import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/core/errors.js';
import { match, optionsFor, type MatchResult } from '../../../../src/core/matching/index.js';
import { cand, input } from './fixtures.js';

const pairsOf = (r: MatchResult) => r.pairs.map((p) => [p.mentorId, p.menteeId]);

describe('match: objective', () => {
  it('covers more mentees before it maximises score', () => {
    // the best-scoring plan gives both mentors to E1 and leaves E2 alone
    const m1 = cand('m1@x.de', { id: 1, topics: ['a', 'b'] });
    const m2 = cand('m2@x.de', { id: 2, topics: ['a', 'b'] });
    const e1 = cand('e1@x.de', { id: 11, topics: ['a', 'b'], capacity: 2 });
    const e2 = cand('e2@x.de', { id: 12 });
    const result = match(input({ mentors: [m1, m2], mentees: [e1, e2] }));
    expect(result.menteesCovered).toBe(2);
    expect(result.pairs).toHaveLength(2);
    expect(result.totalScore).toBe(20);
  });

  it('makes more pairs before it maximises score', () => {
    // both mentees already have a pair; M1–E2 alone scores 100, M1–E1 + M2–E2 gives two pairs
    const m1 = cand('m1@x.de', { id: 1, topics: ['a'] });
    const m2 = cand('m2@x.de', { id: 2 });
    const m3 = cand('m3@x.de', { id: 3, capacity: 2 });
    const e1 = cand('e1@x.de', { id: 11, capacity: 2 });
    const e2 = cand('e2@x.de', { id: 12, topics: ['a'], capacity: 2 });
    const result = match(
      input({
        mentors: [m1, m2, m3],
        mentees: [e1, e2],
        exclusions: [[2, 11]],
        existing: [
          { mentorId: 3, menteeId: 11, locked: false },
          { mentorId: 3, menteeId: 12, locked: false },
        ],
        weights: { topic: 100, location: 0, department: 0 },
      }),
    );
    expect(pairsOf(result)).toEqual([
      [1, 11],
      [3, 11],
      [2, 12],
      [3, 12],
    ]);
    expect(result.totalScore).toBe(0);
  });

  it('maximises the total score among the plans with most pairs', () => {
    const m1 = cand('m1@x.de', { id: 1, topics: ['a'] });
    const m2 = cand('m2@x.de', { id: 2, topics: ['b'], location: 'Hamburg' });
    const e1 = cand('e1@x.de', { id: 11, topics: ['b'] });
    const e2 = cand('e2@x.de', { id: 12, topics: ['a'], location: 'hamburg' });
    const result = match(input({ mentors: [m1, m2], mentees: [e1, e2] }));
    expect(pairsOf(result)).toEqual([
      [2, 11],
      [1, 12],
    ]);
    expect(result.totalScore).toBe(20);
    expect(result.pairs[0]!.reasons).toEqual([{ kind: 'topic', topic: 'b' }]);
  });

  it('scores with many topics and languages (more than one 32-bit word each)', () => {
    const topics = Array.from({ length: 70 }, (_, k) => `topic${k}`);
    const langs = Array.from({ length: 40 }, (_, k) => `l${k}`);
    const m = cand('m@x.de', { id: 1, topics: topics.slice(0, 40), languages: langs.slice(0, 35) });
    const e = cand('e@x.de', { id: 11, topics: [...topics.slice(31, 33), topics[63]!], languages: ['l34'] });
    const f = cand('f@x.de', { id: 12, topics: topics.slice(60), languages: ['L39'] });
    const result = match(input({ mentors: [m], mentees: [e, f], weights: { topic: 1, location: 0, department: 0 } }));
    expect(result.pairs.map((p) => [p.menteeId, p.score])).toEqual([[11, 2]]);
    expect(result.unmatched.mentees).toEqual([{ id: 12, reason: { kind: 'noEligible', causes: ['language'] } }]);
  });

  it('gives teams of two: mentee capacity 2', () => {
    const mentors = [1, 2, 3, 4].map((id) => cand(`m${id}@x.de`, { id }));
    const mentees = [11, 12].map((id) => cand(`e${id}@x.de`, { id, capacity: 2 }));
    const result = match(input({ mentors, mentees }));
    expect(result.pairs).toHaveLength(4);
    for (const e of mentees) expect(result.pairs.filter((p) => p.menteeId === e.id)).toHaveLength(2);
  });

  it('lets a mentor with capacity 2 take two mentees, never the same one twice', () => {
    const m = cand('m@x.de', { id: 1, capacity: 2 });
    const e = cand('e@x.de', { id: 11, capacity: 2 });
    const f = cand('f@x.de', { id: 12 });
    expect(pairsOf(match(input({ mentors: [m], mentees: [e, f] })))).toEqual([
      [1, 11],
      [1, 12],
    ]);
    expect(pairsOf(match(input({ mentors: [m], mentees: [e] })))).toEqual([[1, 11]]);
  });
});

describe('match: existing pairs', () => {
  const m1 = cand('m1@x.de', { id: 1, topics: ['a'] });
  const m2 = cand('m2@x.de', { id: 2 });
  const e1 = cand('e1@x.de', { id: 11, topics: ['a'] });
  const e2 = cand('e2@x.de', { id: 12 });

  it('keeps them (locked or not), counts them against capacity and marks only the rest new', () => {
    const result = match(
      input({ mentors: [m1, m2], mentees: [e1, e2], existing: [{ mentorId: 2, menteeId: 11, locked: true }] }),
    );
    expect(result.pairs).toEqual([
      { mentorId: 2, menteeId: 11, score: 0, reasons: [], isNew: false, locked: true },
      { mentorId: 1, menteeId: 12, score: 0, reasons: [], isNew: true, locked: false },
    ]);
    expect(result.unmatched).toEqual({ mentors: [], mentees: [] });
  });

  it('keeps a pair that breaks a constraint or a capacity (a forced hand assignment)', () => {
    const result = match(
      input({
        mentors: [m1],
        mentees: [e1, e2],
        exclusions: [[1, 11]],
        existing: [
          { mentorId: 1, menteeId: 11, locked: false },
          { mentorId: 1, menteeId: 12, locked: false },
          { mentorId: 1, menteeId: 12, locked: true },
        ],
      }),
    );
    expect(result.pairs.map((p) => [p.mentorId, p.menteeId, p.isNew, p.locked, p.score])).toEqual([
      [1, 11, false, false, 10],
      [1, 12, false, true, 0],
    ]);
    expect(result.totalScore).toBe(10);
  });

  it('keeps pairs of people who are no longer candidates, with their stored score', () => {
    const result = match(input({ mentors: [m1], mentees: [e1], existing: [{ mentorId: 99, menteeId: 11, locked: false, score: 7 }] }));
    expect(result.pairs).toEqual([{ mentorId: 99, menteeId: 11, score: 7, reasons: [], isNew: false, locked: false }]);
    expect(result.unmatched.mentors).toEqual([{ id: 1, reason: { kind: 'capacity' } }]);
    expect(result.menteesCovered).toBe(1);
  });
});

describe('match: unmatched reasons', () => {
  it('says "nobody on the other side" when one side is empty', () => {
    const result = match(input({ mentors: [cand('m@x.de', { id: 1 })] }));
    expect(result.unmatched.mentors).toEqual([{ id: 1, reason: { kind: 'noEligible', causes: ['nobody on the other side'] } }]);
  });

  it('says "capacity exhausted" when eligible partners are all taken', () => {
    const result = match(input({ mentors: [cand('m@x.de', { id: 1 })], mentees: [cand('a@x.de', { id: 11 }), cand('b@x.de', { id: 12 })] }));
    expect(result.unmatched.mentees).toHaveLength(1);
    expect(result.unmatched.mentees[0]!.reason).toEqual({ kind: 'capacity' });
  });

  it('lists every distinct cause in the fixed order', () => {
    const e = cand('e@x.de', { id: 11, languages: ['de'] });
    const mentors = [
      cand('m1@x.de', { id: 1, languages: ['fr'] }), // language
      cand('m2@x.de', { id: 2, managerEmail: 'e@x.de' }), // reporting line
      cand('m3@x.de', { id: 3 }), // earlier pair
      cand('m4@x.de', { id: 4 }), // excluded
    ];
    const result = match(input({ mentors, mentees: [e], earlierPairs: [[3, 11]], exclusions: [[11, 4]] }));
    expect(result.unmatched.mentees).toEqual([
      { id: 11, reason: { kind: 'noEligible', causes: ['reporting line', 'language', 'excluded', 'earlier pair'] } },
    ]);
  });

  it('treats a capacity of 0 as full', () => {
    const result = match(input({ mentors: [cand('m@x.de', { id: 1, capacity: 0 })], mentees: [cand('e@x.de', { id: 11 })] }));
    expect(result.pairs).toEqual([]);
    expect(result.unmatched.mentors).toEqual([{ id: 1, reason: { kind: 'capacity' } }]);
  });

  it('rejects weights outside 0..1000 integers with the weights usage error', () => {
    expect(() => match(input({ weights: { topic: -1, location: 5, department: 3 } }))).toThrow(UsageError);
    expect(() => match(input({ weights: { topic: 1.5, location: 5, department: 3 } }))).toThrow(UsageError);
  });
});

describe('optionsFor', () => {
  const e = cand('e@x.de', { id: 11, topics: ['a', 'b'], location: 'Kiel' });
  const mentors = [
    cand('zoe@x.de', { id: 1, topics: ['a'] }),
    cand('adam@x.de', { id: 2, topics: ['a'] }),
    cand('best@x.de', { id: 3, topics: ['a', 'b'] }),
    cand('boss@x.de', { id: 4, topics: ['a', 'b'], location: 'Kiel' }),
    cand('full@x.de', { id: 5, topics: ['a', 'b'] }),
  ];
  const base = input({
    mentors,
    mentees: [e, cand('f@x.de', { id: 12 })],
    people: [{ email: 'e@x.de', managerEmail: 'boss@x.de' }],
    existing: [{ mentorId: 5, menteeId: 12, locked: false }],
  });

  it('lists eligible mentors first, by score then email, then the others with their violations', () => {
    expect(optionsFor(base, 11, 'mentee').map((o) => [o.candidateId, o.score, o.violations])).toEqual([
      [3, 20, []],
      [2, 10, []],
      [1, 10, []],
      [4, 25, ['reporting line']],
      [5, 20, ['capacity']],
    ]);
  });

  it('works from the mentor side and for unknown people', () => {
    expect(optionsFor(base, 5, 'mentor').map((o) => [o.candidateId, o.violations])).toEqual([
      [11, ['capacity']],
      [12, ['already paired']],
    ]);
    expect(optionsFor(base, 999, 'mentor')).toEqual([]);
  });
});
