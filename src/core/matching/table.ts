import { managementChain, samePerson, type MatchContext } from './constraints.js';
import { fold } from './score.js';
import type { Candidate, NoEligibleCause, Weights } from './types.js';

/** Bits of a pair's static constraint flags (constraints 1–4 and same person). */
export const BLOCK = {
  reportingLine: 1,
  language: 2,
  excluded: 4,
  earlierPair: 8,
  samePerson: 16,
} as const;

/** Causes in their fixed reporting order, with their bit. */
export const CAUSE_BITS: readonly [NoEligibleCause, number][] = [
  ['reporting line', BLOCK.reportingLine],
  ['language', BLOCK.language],
  ['excluded', BLOCK.excluded],
  ['earlier pair', BLOCK.earlierPair],
  ['same person', BLOCK.samePerson],
];

/** Every mentor × mentee pair's score and static constraint flags, row-major by mentor. */
export interface PairTable {
  rows: number;
  cols: number;
  /** Integers: weights are integers up to 1000. */
  scores: Int32Array;
  flags: Uint8Array;
}

/** Interns strings to small integers. */
class Ids {
  private map = new Map<string, number>();
  id(s: string): number {
    let x = this.map.get(s);
    if (x === undefined) {
      x = this.map.size;
      this.map.set(s, x);
    }
    return x;
  }
  get size(): number {
    return this.map.size;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Computes the pair table in O(rows·cols) with integer-coded topics, languages,
 * locations and departments; scores equal scorePair's (tested).
 */
export function buildPairTable(mentors: readonly Candidate[], mentees: readonly Candidate[], ctx: MatchContext, w: Weights): PairTable {
  const R = mentors.length;
  const C = mentees.length;
  const scores = new Int32Array(R * C);
  const flags = new Uint8Array(R * C);
  if (R === 0 || C === 0) return { rows: R, cols: C, scores, flags };

  const topicIds = new Ids();
  const langIds = new Ids();
  const folded = (xs: readonly string[]) => xs.map(fold).filter((x): x is string => x !== null);
  const all = [...mentors, ...mentees];
  const n = all.length;
  const langLists = all.map((c) => folded(c.languages));
  for (const c of all) for (const t of c.topics) topicIds.id(t);
  for (const list of langLists) for (const l of list) langIds.id(l);
  // flat typed arrays: words of topic and language bit sets, location and department ids
  const tw = Math.max(1, Math.ceil(topicIds.size / 32));
  const lw = Math.max(1, Math.ceil(langIds.size / 32));
  const topicBits = new Int32Array(n * tw);
  const langBits = new Int32Array(n * lw);
  const hasLang = new Uint8Array(n);
  const loc = new Int32Array(n);
  const dept = new Int32Array(n);
  const placeIds = new Ids();
  const deptIds = new Ids();
  all.forEach((c, k) => {
    for (const t of c.topics) {
      const x = topicIds.id(t);
      topicBits[k * tw + (x >>> 5)]! |= 1 << (x & 31);
    }
    for (const l of langLists[k]!) {
      const x = langIds.id(l);
      langBits[k * lw + (x >>> 5)]! |= 1 << (x & 31);
    }
    hasLang[k] = langLists[k]!.length > 0 ? 1 : 0;
    const place = fold(c.location);
    loc[k] = place === null ? -1 : placeIds.id(place);
    const d = fold(c.department);
    dept[k] = d === null ? -1 : deptIds.id(d);
  });
  const { topic: wt, location: wl, department: wd } = w;

  for (let i = 0; i < R; i++) {
    const base = i * C;
    const li = loc[i]!;
    const di = dept[i]!;
    const hi = hasLang[i]!;
    const ti = topicBits[i]!; // the only word when tw = 1, the common case
    for (let j = 0; j < C; j++) {
      const e = R + j;
      let shared: number;
      if (tw === 1) shared = popcount(ti & topicBits[e]!);
      else {
        shared = 0;
        for (let k = 0; k < tw; k++) shared += popcount(topicBits[i * tw + k]! & topicBits[e * tw + k]!);
      }
      let score = shared * wt;
      if (li >= 0 && li === loc[e]) score += wl;
      const de = dept[e]!;
      if (di >= 0 && de >= 0 && di !== de) score += wd;
      scores[base + j] = score;
      if (hi && hasLang[e]) {
        let common = 0;
        for (let k = 0; k < lw; k++) common |= langBits[i * lw + k]! & langBits[e * lw + k]!;
        if (common === 0) flags[base + j]! |= BLOCK.language;
      }
    }
  }

  // sparse constraints: walk the lists rather than test every pair
  const mentorAt = new Map<number, number[]>();
  const menteeAt = new Map<number, number[]>();
  const mentorByEmail = new Map<string, number[]>();
  const menteeByEmail = new Map<string, number[]>();
  const push = <K>(m: Map<K, number[]>, k: K, v: number) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  mentors.forEach((c, i) => {
    push(mentorAt, c.id, i);
    push(mentorByEmail, fold(c.email) ?? '', i);
  });
  mentees.forEach((c, j) => {
    push(menteeAt, c.id, j);
    push(menteeByEmail, fold(c.email) ?? '', j);
  });
  const markIds = (a: number, b: number, bit: number) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      for (const i of mentorAt.get(x) ?? []) for (const j of menteeAt.get(y) ?? []) flags[i * C + j]! |= bit;
    }
  };
  for (const key of ctx.excluded) {
    const [a, b] = key.split(',').map(Number) as [number, number];
    markIds(a, b, BLOCK.excluded);
  }
  if (!ctx.allowRepeat) {
    for (const key of ctx.earlier) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      markIds(a, b, BLOCK.earlierPair);
    }
  }
  mentors.forEach((m, i) => {
    for (const boss of managementChain(ctx, m.email, m.managerEmail)) {
      for (const j of menteeByEmail.get(boss) ?? []) flags[i * C + j]! |= BLOCK.reportingLine;
    }
  });
  mentees.forEach((e, j) => {
    for (const boss of managementChain(ctx, e.email, e.managerEmail)) {
      for (const i of mentorByEmail.get(boss) ?? []) flags[i * C + j]! |= BLOCK.reportingLine;
    }
  });
  // same person: equal ids or equal emails
  mentors.forEach((m, i) => {
    for (const j of menteeAt.get(m.id) ?? []) flags[i * C + j]! |= BLOCK.samePerson;
    for (const j of menteeByEmail.get(fold(m.email) ?? '') ?? []) {
      if (samePerson(m, mentees[j]!)) flags[i * C + j]! |= BLOCK.samePerson;
    }
  });
  return { rows: R, cols: C, scores, flags };
}
