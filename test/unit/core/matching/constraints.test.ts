import { describe, expect, it } from 'vitest';
import {
  buildContext,
  managementChain,
  match,
  unmatchedText,
  violations,
  type MatchInput,
  type Violation,
} from '../../../../src/core/matching/index.js';
import { cand, input } from './fixtures.js';

describe('reporting line (constraint 1)', () => {
  // apprentice → team lead (not taking part, known only from the org chart) → executive
  const apprentice = cand('azubi@corp.de', { id: 1, topics: ['instagram'] });
  const executive = cand('Chef@corp.de', { id: 2, topics: ['instagram'] });
  const people = [
    { email: 'azubi@corp.de', managerEmail: 'TEAMLEAD@corp.de' },
    { email: 'teamlead@corp.de', managerEmail: 'chef@CORP.de' },
    { email: 'chef@corp.de', managerEmail: null },
  ];

  it('follows the chain through people who do not take part, case-insensitively', () => {
    const ctx = buildContext(input({ people }));
    expect([...managementChain(ctx, 'AZUBI@corp.de')]).toEqual(['teamlead@corp.de', 'chef@corp.de']);
    expect(violations(apprentice, executive, ctx)).toEqual(['reporting line']);
  });

  it('never pairs the apprentice with their manager’s manager', () => {
    const result = match(input({ mentors: [apprentice], mentees: [executive], people }));
    expect(result.pairs).toEqual([]);
    expect(result.unmatched.mentors).toEqual([{ id: 1, reason: { kind: 'noEligible', causes: ['reporting line'] } }]);
    expect(result.unmatched.mentees).toEqual([{ id: 2, reason: { kind: 'noEligible', causes: ['reporting line'] } }]);
    expect(unmatchedText(result.unmatched.mentees[0]!.reason)).toBe('no eligible partner: reporting line');
  });

  it('pairs the executive with someone outside their line instead', () => {
    const other = cand('other@corp.de', { id: 3 });
    const result = match(input({ mentors: [apprentice, other], mentees: [executive], people }));
    expect(result.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([[3, 2]]);
    expect(result.unmatched.mentors).toEqual([{ id: 1, reason: { kind: 'noEligible', causes: ['reporting line'] } }]);
  });

  it('blocks in both directions (a mentor above the mentee)', () => {
    const boss = cand('boss@corp.de', { id: 5 });
    const report = cand('report@corp.de', { id: 6, managerEmail: 'boss@corp.de' });
    expect(violations(boss, report, buildContext(input({ mentors: [boss], mentees: [report] })))).toEqual(['reporting line']);
  });

  it('uses a candidate’s own manager when the org chart does not know them', () => {
    const m = cand('m@corp.de', { id: 7, managerEmail: 'e@corp.de' });
    const e = cand('e@corp.de', { id: 8 });
    expect(match(input({ mentors: [m], mentees: [e] })).pairs).toEqual([]);
  });

  describe('with a cycle in the manager data (A → B → C → A)', () => {
    const people = [
      { email: 'a@corp.de', managerEmail: 'b@corp.de' },
      { email: 'b@corp.de', managerEmail: 'c@corp.de' },
      { email: 'c@corp.de', managerEmail: 'a@corp.de' },
      { email: 'd@corp.de', managerEmail: 'a@corp.de' },
    ];
    const a = cand('a@corp.de', { id: 11 });
    const c = cand('c@corp.de', { id: 13 });
    const d = cand('d@corp.de', { id: 14 });
    const x = cand('x@corp.de', { id: 15 });

    it('terminates and reports the whole loop as the chain', () => {
      const ctx = buildContext(input({ people }));
      expect([...managementChain(ctx, 'a@corp.de')]).toEqual(['b@corp.de', 'c@corp.de', 'a@corp.de']);
      expect([...managementChain(ctx, 'd@corp.de')]).toEqual(['a@corp.de', 'b@corp.de', 'c@corp.de']);
    });

    it('blocks everyone in the loop and below it, and nobody else', () => {
      const ctx = buildContext(input({ people }));
      expect(violations(a, c, ctx)).toEqual(['reporting line']);
      expect(violations(c, a, ctx)).toEqual(['reporting line']);
      expect(violations(d, c, ctx)).toEqual(['reporting line']);
      expect(violations(x, a, ctx)).toEqual([]);
    });

    it('matches around it', () => {
      const result = match(input({ mentors: [a, x], mentees: [c], people }));
      expect(result.pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([[15, 13]]);
      expect(result.unmatched.mentors).toEqual([{ id: 11, reason: { kind: 'noEligible', causes: ['reporting line'] } }]);
    });
  });
});

describe('violations', () => {
  const m = cand('m@corp.de', { id: 1, languages: ['de'], capacity: 1 });
  const e = cand('e@corp.de', { id: 2, languages: ['DE', 'en'], capacity: 2 });
  const cases: { name: string; over: Partial<MatchInput>; m?: typeof m; e?: typeof e; want: Violation[] }[] = [
    { name: 'none', over: {}, want: [] },
    { name: 'excluded (either order)', over: { exclusions: [[2, 1]] }, want: ['excluded'] },
    { name: 'earlier pair', over: { earlierPairs: [[1, 2]] }, want: ['earlier pair'] },
    { name: 'earlier pair allowed with allowRepeat', over: { earlierPairs: [[1, 2]], allowRepeat: true }, want: [] },
    { name: 'no common language', over: {}, e: { ...e, languages: ['fr'] }, want: ['language'] },
    { name: 'an empty language list is no constraint', over: {}, e: { ...e, languages: [] }, want: [] },
    { name: 'same person (same id)', over: {}, e: { ...e, id: 1 }, want: ['same person'] },
    { name: 'same person (same email)', over: {}, e: { ...e, email: 'M@corp.de' }, want: ['same person'] },
    { name: 'already paired', over: { existing: [{ mentorId: 1, menteeId: 2, locked: false }] }, want: ['already paired'] },
    { name: 'capacity (mentor full)', over: { existing: [{ mentorId: 1, menteeId: 9, locked: false }] }, want: ['capacity'] },
    {
      name: 'capacity (mentee full)',
      over: {
        existing: [
          { mentorId: 7, menteeId: 2, locked: false },
          { mentorId: 8, menteeId: 2, locked: true },
        ],
      },
      want: ['capacity'],
    },
    {
      name: 'several at once, in a fixed order',
      over: { exclusions: [[1, 2]], earlierPairs: [[2, 1]], people: [{ email: 'm@corp.de', managerEmail: 'e@corp.de' }] },
      e: { ...e, languages: ['fr'] },
      want: ['reporting line', 'excluded', 'earlier pair', 'language'],
    },
  ];
  it.each(cases)('$name', ({ over, want, ...pair }) => {
    const mm = pair.m ?? m;
    const ee = pair.e ?? e;
    const ctx = buildContext(input({ mentors: [mm], mentees: [ee], ...over }));
    expect(violations(mm, ee, ctx)).toEqual(want);
  });
});
