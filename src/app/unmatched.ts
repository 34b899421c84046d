import { unplaceableMentees } from '../core/matching/constraints.js';
import { DEFAULT_WEIGHTS, type Candidate } from '../core/matching/types.js';
import type { Round } from '../core/rounds.js';
import { loadMatchInput } from '../db/matching.js';
import type { Db } from '../db/types.js';

/**
 * The round's unmatched mentees that matching cannot place (no mentor with capacity is
 * eligible: the top of the org chart), so `status` advises a pair by hand for them instead
 * of `pair match`. Reads only when some mentee is unmatched.
 */
export function unplaceable(db: Db, round: Round, unmatchedMentees: number): Candidate[] {
  if (unmatchedMentees === 0) return [];
  return unplaceableMentees(loadMatchInput(db, round, { weights: DEFAULT_WEIGHTS, allowRepeat: false }));
}
