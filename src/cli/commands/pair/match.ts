import type { Command } from 'commander';
import { daysBetween, parseDate } from '../../../core/dates.js';
import { UsageError } from '../../../core/errors.js';
import type { Weights } from '../../../core/matching/types.js';
import type { Round } from '../../../core/rounds.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';

interface Options {
  round?: string;
  dryRun?: boolean;
  weights?: string;
  allowRepeat?: boolean;
  rematch?: boolean;
  since?: string;
}

/** What a matching run needs, parsed and checked before anything is computed. */
export interface MatchRequest {
  round: Round;
  weights: Weights;
  allowRepeat: boolean;
  rematch: boolean;
  since: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('match')
    .description(t('pair.match.description'))
    .option('--round <round>', t('option.round'))
    .option('--dry-run', t('option.dryRun'))
    .option('--weights <list>', t('option.weights'))
    .option('--allow-repeat', t('option.allowRepeat'))
    .option('--rematch', t('option.rematch'))
    .option('--since <date>', t('option.since'))
    .addHelpText(
      'after',
      examples(t, [
        'tandem pair match --round 2026                  # the interactive wizard',
        'tandem pair match --round 2026 --dry-run --json # the proposal, saving nothing',
        'tandem pair match --round 2026 --yes --weights topic=10,location=0',
      ]),
    )
    .action(
      app.action(async (ctx, o: Options) => {
        const { parseWeights, DEFAULT_WEIGHTS } = await import('../../../core/matching/index.js');
        const weights = o.weights === undefined ? { ...DEFAULT_WEIGHTS } : parseWeights(o.weights);
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        const since = o.since === undefined ? round.startsOn : parseDate(o.since, '--since');
        if (daysBetween(round.startsOn, since) < 0 || daysBetween(since, round.endsOn) < 0) {
          throw new UsageError('error.sinceOutside', { date: since, start: round.startsOn, end: round.endsOn });
        }
        const request: MatchRequest = { round, weights, allowRepeat: o.allowRepeat === true, rematch: o.rematch === true, since };
        if (o.dryRun || ctx.yes) {
          const engine = await import('./engine.js');
          const db = await ctx.db();
          if (o.dryRun) return engine.printProposal(ctx, request, engine.propose(ctx, request, db));
          return engine.printProposal(ctx, request, engine.save(ctx, request, db), true);
        }
        if (!ctx.io.canPrompt()) await ctx.prompter('--yes (save the proposal) or --dry-run (only show it)');
        const { runWizard } = await import('../../wizard/index.js');
        await runWizard(ctx, request);
      }),
    );
}
