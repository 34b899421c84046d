/** Weights of the score parts (non-negative integers, see parseWeights). */
export interface Weights {
  topic: number;
  location: number;
  department: number;
}

export const DEFAULT_WEIGHTS: Weights = Object.freeze({ topic: 10, location: 5, department: 3 });

/** A participant of the round as the matcher sees it (topics already normalised). */
export interface Candidate {
  id: number;
  email: string;
  name: string | null;
  department: string | null;
  location: string | null;
  managerEmail: string | null;
  languages: string[];
  topics: string[];
  capacity: number;
}

export interface ExistingPair {
  mentorId: number;
  menteeId: number;
  locked: boolean;
  /** Used only when one of the two is not among the candidates (else the score is recomputed). */
  score?: number;
  /** The constraints a stored pair was forced past (kept among its reasons when the score is recomputed). */
  forced?: Violation[];
}

export interface MatchInput {
  mentors: Candidate[];
  mentees: Candidate[];
  /** The whole org chart (all known people), for reporting lines. */
  people: { email: string; managerEmail: string | null }[];
  /** Person ids, unordered; already filtered to those applying to this round. */
  exclusions: [number, number][];
  /** Person ids of pairs in earlier rounds, unordered. */
  earlierPairs: [number, number][];
  /** Active pairs of the round: kept, counted against capacity (hand assignments come in here too). */
  existing: ExistingPair[];
  weights: Weights;
  allowRepeat: boolean;
}

/**
 * Why a pair scores, as data (stored as JSON in `pair.reasons`, rendered per language at
 * the edge). A department reason written by an early tandem may lack the two values; a
 * sentence an upgrade could not read is kept as `text`. `forced` names a hard constraint
 * the organiser paired them past (`pair add --force`, the wizard's assign by hand).
 */
export type Reason =
  | { kind: 'topic'; topic: string }
  | { kind: 'location'; location: string }
  | { kind: 'department'; mentor?: string; mentee?: string }
  | { kind: 'forced'; rule: Violation }
  | { kind: 'text'; text: string };

/** A hard constraint a pair breaks. */
export type Violation =
  | 'same person'
  | 'reporting line'
  | 'excluded'
  | 'earlier pair'
  | 'language'
  | 'already paired'
  | 'capacity';

/** Why someone has no eligible partner at all; listed in this fixed order. */
export type NoEligibleCause =
  | 'reporting line'
  | 'language'
  | 'excluded'
  | 'earlier pair'
  | 'same person'
  | 'nobody on the other side';

export type UnmatchedReason = { kind: 'noEligible'; causes: NoEligibleCause[] } | { kind: 'capacity' };

export interface ProposedPair {
  mentorId: number;
  menteeId: number;
  score: number;
  reasons: Reason[];
  /** True for pairs proposed by this run; false for the kept existing pairs. */
  isNew: boolean;
  locked: boolean;
}

export interface UnmatchedEntry {
  id: number;
  reason: UnmatchedReason;
}

export interface MatchResult {
  /** All active pairs after matching (kept and new), sorted by mentee email, then mentor email. */
  pairs: ProposedPair[];
  /** Participants with no active pair, sorted by email. */
  unmatched: { mentors: UnmatchedEntry[]; mentees: UnmatchedEntry[] };
  /** Sum of the scores of all pairs, kept and new. */
  totalScore: number;
  /** Mentees with at least one active pair (kept or new). */
  menteesCovered: number;
}

export type Role = 'mentor' | 'mentee';

/** One possible partner of a participant, for the wizard. */
export interface MatchOption {
  candidateId: number;
  score: number;
  reasons: Reason[];
  violations: Violation[];
}
