import { StateError } from '../../core/errors.js';
import type { MatchResult } from '../../core/matching/types.js';
import { choices, revalidate, sameExisting, type WizardState } from '../../core/matching/wizard-state.js';
import { addExclusion, deletePairs, dissolvablePairs, loadMatchInput, type RoundMatchInput } from '../../db/matching.js';
import { findActivePair, insertPair, listPairs, lockPair } from '../../db/pairs.js';
import { assertNotClosed, findRound } from '../../db/rounds.js';
import type { Db } from '../../db/types.js';
import type { MatchRequest } from '../commands/pair/match.js';
import type { Ctx } from '../context.js';
import { conflictsText } from './render.js';

/** The round as the wizard starts from it. */
export interface Loaded {
  /** The matching problem, with the pairs --rematch would dissolve left out. */
  input: RoundMatchInput;
  /** Ids of the pairs --rematch dissolves on save (empty without --rematch). */
  dissolve: ReadonlySet<number>;
  /** `mentorId,menteeId` → since, of the round's active pairs. */
  sinceOf: ReadonlyMap<string, string>;
}

/** Reads the round's matching problem; writes nothing. */
export function loadRound(db: Db, request: MatchRequest): Loaded {
  const dissolve = request.rematch ? dissolvablePairs(db, request.round.id) : new Set<number>();
  const input = loadMatchInput(db, request.round, { weights: request.weights, allowRepeat: request.allowRepeat, dissolve });
  const sinceOf = new Map(listPairs(db, request.round.id).map((p) => [`${p.mentorId},${p.menteeId}`, p.since]));
  return { input, dissolve, sinceOf };
}

export interface Saved {
  inserted: number;
  locked: number;
  excluded: number;
  dissolved: number;
}

/**
 * Saves the proposal the organiser accepted, in one immediate transaction: re-checks that
 * the round did not change under the wizard (same active pairs, the new pairs still
 * allowed), then dissolves (--rematch), inserts the new pairs, locks kept pairs locked in
 * the wizard and stores the session's exclusions for this round. Any problem: nothing is saved.
 */
export function saveRound(ctx: Ctx, db: Db, request: MatchRequest, loaded: Loaded, state: WizardState, result: MatchResult): Saved {
  const { round } = request;
  const again = { round: round.name };
  return db
    .transaction((): Saved => {
      const now = findRound(db, round.name);
      if (!now || now.id !== round.id) throw new StateError('wizard.error.pairsChanged', again, 'wizard.hint.again', again);
      assertNotClosed(now);
      // only what was dissolvable when the wizard started and still is
      const stillDissolvable = request.rematch ? dissolvablePairs(db, round.id) : new Set<number>();
      const dissolve = new Set([...loaded.dissolve].filter((id) => stillDissolvable.has(id)));
      const fresh = loadMatchInput(db, round, { weights: request.weights, allowRepeat: request.allowRepeat, dissolve });
      if (!sameExisting(loaded.input, fresh)) throw new StateError('wizard.error.pairsChanged', again, 'wizard.hint.again', again);
      const newPairs = result.pairs.filter((p) => p.isNew);
      const conflicts = revalidate(fresh, newPairs);
      if (conflicts.length) {
        throw new StateError('wizard.error.changed', { conflicts: conflictsText(ctx, loaded.input.names, conflicts) }, 'wizard.hint.again', again);
      }

      deletePairs(db, dissolve);
      for (const p of newPairs) {
        insertPair(db, {
          roundId: round.id,
          mentorId: p.mentorId,
          menteeId: p.menteeId,
          score: p.score,
          reasons: p.reasons,
          since: request.since,
          locked: p.locked,
        });
      }
      const { locks, exclusions } = choices(state);
      let lockedKept = 0;
      for (const lock of locks) {
        const kept = findActivePair(db, round.id, lock.mentorId, lock.menteeId);
        // new pairs were inserted locked above; a kept pair locked in the wizard gets its flag now
        if (kept && !kept.locked) {
          lockPair(db, kept.id);
          lockedKept++;
        }
      }
      let excluded = 0;
      for (const x of exclusions) if (addExclusion(db, x.mentorId, x.menteeId, round.id)) excluded++;
      return { inserted: newPairs.length, locked: newPairs.filter((p) => p.locked).length + lockedKept, excluded, dissolved: dissolve.size };
    })
    .immediate();
}
