import { match } from '../../../core/matching/match.js';
import { unmatchedText } from '../../../core/matching/match.js';
import type { MatchResult } from '../../../core/matching/types.js';
import { deletePairs, dissolvablePairs, loadMatchInput } from '../../../db/matching.js';
import { insertPair } from '../../../db/pairs.js';
import type { Db } from '../../../db/types.js';
import type { Ctx } from '../../context.js';
import type { MatchRequest } from './match.js';
import { matchText, matchView } from './view.js';

// The matching engine of the CLI: loaded only by `pair match` and the wizard (the solver is heavy).


/** The proposal without saving: --rematch dissolutions are simulated. */
export function propose(ctx: Ctx, request: MatchRequest, db: Db): Proposal {
  return compute(ctx, request, db, false);
}

/** Matches and saves the new pairs in one transaction (after dissolving with --rematch). */
export function save(ctx: Ctx, request: MatchRequest, db: Db): Proposal {
  return db.transaction(() => compute(ctx, request, db, true)).immediate();
}

export interface Proposal {
  result: MatchResult;
  names: Map<number, { name: string | null; email: string }>;
  sinceOf: Map<string, string>;
  dissolved: number;
}

function compute(ctx: Ctx, request: MatchRequest, db: Db, write: boolean): Proposal {
  const progress = ctx.progress(ctx.t('progress.matching'), 3);
  const dissolve = request.rematch ? dissolvablePairs(db, request.round.id) : new Set<number>();
  if (write && dissolve.size) deletePairs(db, dissolve);
  const input = loadMatchInput(db, request.round, { weights: request.weights, allowRepeat: request.allowRepeat, dissolve });
  progress.tick(1);
  const result = match(input);
  progress.tick(2);
  const sinceOf = new Map(
    (db.prepare(`SELECT mentor_id AS m, mentee_id AS e, since FROM pair WHERE round_id = ? AND status = 'active'`).all(request.round.id) as {
      m: number;
      e: number;
      since: string;
    }[]).map((p) => [`${p.m},${p.e}`, p.since]),
  );
  if (write) {
    for (const pair of result.pairs) {
      if (!pair.isNew) continue;
      insertPair(db, {
        roundId: request.round.id,
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
        score: pair.score,
        reasons: pair.reasons,
        since: request.since,
        locked: pair.locked,
      });
    }
  }
  progress.done();
  return { result, names: input.names, sinceOf, dissolved: dissolve.size };
}

/** Prints a proposal or a saved matching: JSON per SPEC §5, or the table with totals and the unmatched. */
export function printProposal(ctx: Ctx, request: MatchRequest, proposal: Proposal, saved = false): void {
  const { t } = ctx;
  const view = matchView(
    proposal.result,
    proposal.names,
    request.since,
    (m, e) => proposal.sinceOf.get(`${m},${e}`),
    unmatchedText,
  );
  const note = () => ctx.info(saved ? t('match.saved', { count: view.pairs.filter((p) => p.new).length, round: request.round.name, dissolved: proposal.dissolved }) : t('match.dryRun'));
  if (ctx.json) {
    ctx.printJson({ pairs: view.pairs, unmatched: view.unmatched, totalScore: view.totalScore });
    return note();
  }
  const text = matchText(ctx, proposal.result, view, proposal.names);
  ctx.print(text);
  note();
}
