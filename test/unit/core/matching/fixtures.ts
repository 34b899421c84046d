import { DEFAULT_WEIGHTS, type Candidate, type MatchInput } from '../../../../src/core/matching/index.js';

let nextId = 1;

/** A candidate with sensible defaults; the id is derived from the email unless given. */
export function cand(email: string, over: Partial<Candidate> = {}): Candidate {
  return {
    id: over.id ?? nextId++,
    email,
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

/** A match input with empty lists and default weights, overridden by `over`. */
export function input(over: Partial<MatchInput>): MatchInput {
  return {
    mentors: [],
    mentees: [],
    people: [],
    exclusions: [],
    earlierPairs: [],
    existing: [],
    weights: DEFAULT_WEIGHTS,
    allowRepeat: false,
    ...over,
  };
}
