import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeOn, buildRoundReport, HIGHLIGHT_LIMIT, staleOnly } from '../../../../src/core/report/build.js';
import { isStale } from '../../../../src/core/report/staleness.js';
import { comparePeople } from '../../../../src/core/report/order.js';
import type { PairFact, ReportData } from '../../../../src/core/report/types.js';

const ROUND = { id: 1, name: 'R', startsOn: '2026-01-15', endsOn: '2026-07-15', cadenceDays: 14, minSessions: 6, mentorsPerMentee: 2, closedOn: null };
const person = (name: string | null) => ({ name, email: name === null ? null : `${name.toLowerCase()}@x.org` });

function pair(mentorId: number, menteeId: number, since: string, endedOn: string | null = null): PairFact {
  return { mentorId, menteeId, mentor: person(`M${mentorId}`), mentee: person(`E${menteeId}`), since, status: endedOn ? 'ended' : 'active', endedOn, reasons: [] };
}

function data(partial: Partial<ReportData>): ReportData {
  return { round: ROUND, participants: { mentors: [], mentees: [] }, pairs: [], activity: [], goals: [], topics: [], achievements: [], highlights: [], ...partial };
}

describe('activeOn', () => {
  it.each([
    ['2026-02-01', null, '2026-03-01', true],
    ['2026-03-01', null, '2026-03-01', true],
    ['2026-03-02', null, '2026-03-01', false],
    ['2026-02-01', '2026-03-01', '2026-03-01', false],
    ['2026-02-01', '2026-03-02', '2026-03-01', true],
  ])('a pair since %s ended %s is active on %s: %s', (since, ended, asOf, expected) => {
    expect(activeOn(pair(1, 2, since, ended), asOf)).toBe(expected);
  });
});

describe('isStale', () => {
  it.each([
    ['2026-03-01', null, '2026-03-22', 21, false],
    ['2026-03-01', null, '2026-03-23', 21, true],
    [null, '2026-03-01', '2026-03-23', 21, true],
    [null, '2026-03-01', '2026-03-01', 0, false],
    ['2026-03-01', null, '2026-03-02', 0, true],
    // across the change to summer time (29 March 2026 in Europe): whole days, no off-by-one
    ['2026-03-20', null, '2026-04-10', 21, false],
    ['2026-03-20', null, '2026-04-11', 21, true],
  ])('last %s, since %s, as of %s, %i days: %s', (last, since, asOf, days, expected) => {
    expect(isStale(last, since ?? '2026-01-15', asOf, days)).toBe(expected);
  });
});

describe('buildRoundReport', () => {
  it('orders topics by sessions, ties alphabetically; highlights latest first, at most ten', () => {
    const r = buildRoundReport(
      data({
        topics: [
          { topic: 'zeta', sessions: 2 },
          { topic: 'alpha', sessions: 1 },
          { topic: 'beta', sessions: 2 },
          { topic: 'Äpfel', sessions: 1 },
        ],
        highlights: Array.from({ length: 12 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}`, text: `h${i + 1}` })),
      }),
      { asOf: '2026-03-01', staleDays: 21 },
    );
    expect(r.topics.map((t) => t.topic)).toEqual(['beta', 'zeta', 'alpha', 'Äpfel']);
    expect(r.highlights).toHaveLength(HIGHLIGHT_LIMIT);
    expect(r.highlights[0]).toEqual({ date: '2026-02-12', text: 'h12' });
  });

  it('lists tandems by mentee name with forgotten people last, mentors sorted, and ignores pairs after the as-of date', () => {
    const pairs = [pair(1, 10, '2026-01-15'), pair(3, 11, '2026-01-15'), pair(2, 11, '2026-01-15'), pair(4, 12, '2026-03-05')];
    pairs[0] = { ...pairs[0]!, mentee: person(null) };
    const r = buildRoundReport(data({ pairs }), { asOf: '2026-03-01', staleDays: 21 });
    expect(r.tandems.map((t) => t.mentee.name)).toEqual(['E11', null]);
    expect(r.tandems[0]!.mentors.map((m) => m.name)).toEqual(['M2', 'M3']);
    expect(r.counts.activePairs).toBe(3);
  });

  it('staleOnly keeps the stale tandems and nothing else changes', () => {
    const r = buildRoundReport(
      data({ pairs: [pair(1, 10, '2026-01-15'), pair(2, 11, '2026-02-20')], activity: [{ menteeId: 10, sessions: 1, minutes: 30, lastSession: '2026-01-20' }] }),
      { asOf: '2026-03-01', staleDays: 21 },
    );
    const only = staleOnly(r);
    expect(only.tandems.map((t) => t.mentee.name)).toEqual(['E10']);
    expect({ ...only, tandems: r.tandems }).toEqual(r);
  });

  const facts = fc.record({
    pairs: fc.array(
      fc.record({
        mentorId: fc.integer({ min: 1, max: 8 }),
        menteeId: fc.integer({ min: 11, max: 18 }),
        since: fc.integer({ min: 0, max: 60 }),
        ended: fc.option(fc.integer({ min: 0, max: 90 })),
      }),
      { maxLength: 20 },
    ),
    activity: fc.uniqueArray(
      fc.record({ menteeId: fc.integer({ min: 11, max: 18 }), sessions: fc.integer({ min: 1, max: 9 }), last: fc.integer({ min: 0, max: 45 }) }),
      { selector: (a) => a.menteeId },
    ),
    asOf: fc.integer({ min: 0, max: 90 }),
  });
  type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;
  const day = (n: number) => new Date(Date.UTC(2026, 0, 15 + n)).toISOString().slice(0, 10);
  const toData = (f: Facts): ReportData =>
    data({
      participants: { mentors: Array.from({ length: 8 }, (_, i) => i + 1), mentees: Array.from({ length: 8 }, (_, i) => i + 11) },
      pairs: f.pairs.map((p) => pair(p.mentorId, p.menteeId, day(p.since), p.ended === null ? null : day(Math.max(p.since, p.ended)))),
      activity: f.activity.map((a) => ({ menteeId: a.menteeId, sessions: a.sessions, minutes: a.sessions * 30, lastSession: day(a.last) })),
    });

  it('property: counts agree with the tandem table', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = buildRoundReport(toData(f), { asOf: day(f.asOf), staleDays: 21 });
        const mentorsListed = r.tandems.reduce((n, t) => n + t.mentors.length, 0);
        expect(mentorsListed).toBe(r.counts.activePairs);
        expect(r.tandems.length + r.counts.unmatchedMentees).toBe(r.counts.mentees);
        expect(r.counts.activePairs + r.counts.endedPairs).toBe(f.pairs.filter((p) => p.since <= f.asOf).length);
        expect(r.tandems.reduce((n, t) => n + t.sessions, 0)).toBeLessThanOrEqual(r.counts.sessions);
        for (const t of r.tandems) expect(t.mentors.length).toBeGreaterThan(0);
        expect([...r.tandems].sort((a, b) => comparePeople(a.mentee, b.mentee))).toEqual(r.tandems);
      }),
    );
  });

  it('property: a longer --stale-days never makes more tandems stale', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (f, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const stale = (days: number) => new Set(buildRoundReport(toData(f), { asOf: day(f.asOf), staleDays: days }).tandems.filter((t) => t.stale).map((t) => t.mentee.email));
        for (const email of stale(long)) expect(stale(short).has(email)).toBe(true);
      }),
    );
  });
});
