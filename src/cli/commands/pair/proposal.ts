import type { Proposal } from '../../../app/matching.js';
import type { MatchRequest } from '../../../app/matching.js';
import { unmatchedText } from '../../../core/matching/match.js';
import type { Ctx } from '../../context.js';
import { matchText, matchView } from '../../render/pairs.js';

/** Prints a proposal or a saved matching: JSON per SPEC §5, or the table with totals and the unmatched. */
export function printProposal(ctx: Ctx, request: MatchRequest, proposal: Proposal, saved?: { dissolved: number }): void {
  const { t } = ctx;
  const { result, loaded } = proposal;
  const view = matchView(result, loaded.input.names, request.since, (m, e) => loaded.sinceOf.get(`${m},${e}`), unmatchedText);
  if (ctx.json) ctx.printJson({ pairs: view.pairs, unmatched: view.unmatched, totalScore: view.totalScore });
  else ctx.print(matchText(ctx, result, view, loaded.input.names));
  const count = view.pairs.filter((p) => p.new).length;
  ctx.info(saved ? t('match.saved', { count, round: request.round.name, dissolved: saved.dissolved }) : t('match.dryRun'));
}
