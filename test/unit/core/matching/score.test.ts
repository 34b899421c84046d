import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../../src/core/errors.js';
import {
  DEFAULT_WEIGHTS,
  parseWeights,
  scorePair,
  unmatchedText,
  type Candidate,
  type Reason,
  type UnmatchedReason,
  type Weights,
} from '../../../../src/core/matching/index.js';

function person(over: Partial<Candidate>): Candidate {
  return {
    id: 1,
    email: 'x@corp.de',
    name: null,
    department: null,
    location: null,
    managerEmail: null,
    languages: [],
    topics: [],
    capacity: 1,
    ...over,
  };
}

describe('scorePair', () => {
  const cases: { name: string; m: Partial<Candidate>; e: Partial<Candidate>; w?: Weights; score: number; reasons: Reason[] }[] = [
    { name: 'nothing in common', m: {}, e: {}, score: 0, reasons: [] },
    {
      name: 'one shared topic',
      m: { topics: ['instagram', 'tiktok'] },
      e: { topics: ['linkedin', 'instagram'] },
      score: 10,
      reasons: [{ kind: 'topic', topic: 'instagram' }],
    },
    {
      name: 'two shared topics in the mentee’s order, duplicates once',
      m: { topics: ['instagram', 'linkedin'] },
      e: { topics: ['linkedin', 'instagram', 'linkedin'] },
      score: 20,
      reasons: [
        { kind: 'topic', topic: 'linkedin' },
        { kind: 'topic', topic: 'instagram' },
      ],
    },
    {
      name: 'same location, case-insensitive, mentor’s spelling',
      m: { location: 'Hamburg' },
      e: { location: ' hamburg' },
      score: 5,
      reasons: [{ kind: 'location', location: 'Hamburg' }],
    },
    { name: 'one location missing', m: { location: 'Hamburg' }, e: { location: null }, score: 0, reasons: [] },
    { name: 'blank locations do not match', m: { location: ' ' }, e: { location: '' }, score: 0, reasons: [] },
    {
      name: 'different departments',
      m: { department: 'IT' },
      e: { department: 'Sales' },
      score: 3,
      reasons: [{ kind: 'department', mentor: 'IT', mentee: 'Sales' }],
    },
    { name: 'same department (case-insensitive) scores nothing', m: { department: 'IT' }, e: { department: 'it' }, score: 0, reasons: [] },
    { name: 'one department missing', m: { department: 'IT' }, e: { department: null }, score: 0, reasons: [] },
    {
      name: 'everything, custom weights',
      m: { topics: ['instagram'], location: 'Berlin', department: 'IT' },
      e: { topics: ['instagram'], location: 'BERLIN', department: 'Board' },
      w: { topic: 7, location: 2, department: 1 },
      score: 10,
      reasons: [
        { kind: 'topic', topic: 'instagram' },
        { kind: 'location', location: 'Berlin' },
        { kind: 'department', mentor: 'IT', mentee: 'Board' },
      ],
    },
    {
      name: 'zero weights keep the reasons',
      m: { topics: ['instagram'] },
      e: { topics: ['instagram'] },
      w: { topic: 0, location: 5, department: 3 },
      score: 0,
      reasons: [{ kind: 'topic', topic: 'instagram' }],
    },
  ];
  it.each(cases)('$name', ({ m, e, w, score, reasons }) => {
    expect(scorePair(person(m), person({ id: 2, ...e }), w ?? DEFAULT_WEIGHTS)).toEqual({ score, reasons });
  });
});

describe('unmatchedText', () => {
  it.each<[UnmatchedReason, string]>([
    [{ kind: 'capacity' }, 'capacity exhausted'],
    [{ kind: 'noEligible', causes: ['reporting line'] }, 'no eligible partner: reporting line'],
    [{ kind: 'noEligible', causes: ['reporting line', 'language'] }, 'no eligible partner: reporting line, language'],
    [{ kind: 'noEligible', causes: ['nobody on the other side'] }, 'no eligible partner: nobody on the other side'],
  ])('%j → %s', (r, text) => expect(unmatchedText(r)).toBe(text));
});

describe('parseWeights', () => {
  it.each<[string, Weights]>([
    ['topic=10,location=5,department=3', { topic: 10, location: 5, department: 3 }],
    ['topic=1', { topic: 1, location: 5, department: 3 }],
    ['department=0, location=12', { topic: 10, location: 12, department: 0 }],
    [' TOPIC = 4 ', { topic: 4, location: 5, department: 3 }],
    ['location=1000', { topic: 10, location: 1000, department: 3 }],
  ])('%s', (text, weights) => expect(parseWeights(text)).toEqual(weights));

  it.each([
    [''],
    ['   '],
    ['topic'],
    ['topic='],
    ['topic=ten'],
    ['topic=-1'],
    ['topic=1.5'],
    ['topic=1e3'],
    ['topic=1001'],
    ['colour=3'],
    ['topic=1,topic=2'],
    ['topic=1,'],
    ['topic=1;location=2'],
  ])('rejects %j with a usage error (exit 2)', (text) => {
    let caught: unknown;
    try {
      parseWeights(text);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect(caught).toMatchObject({ key: 'error.weights', params: { value: text }, exitCode: 2 });
  });
});
