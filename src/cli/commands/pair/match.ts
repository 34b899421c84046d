import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';

interface Options {
  round?: string;
  dryRun?: boolean;
  weights?: string;
  allowRepeat?: boolean;
  rematch?: boolean;
  since?: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('match').description(t('pair.match.description')), t)
    .option('--dry-run', t('option.dryRun'))
    .option('--weights <list>', t('option.weights'))
    .option('--allow-repeat', t('option.allowRepeat'))
    .option('--rematch', t('option.rematch'))
    .option('--since <date>', t('option.since'))
    .addHelpText(
      'after',
      examples(t, [
        ['tandem pair match --round 2026', 'example.pair.wizard'],
        ['tandem pair match --round 2026 --dry-run --json', 'example.pair.dryRun'],
        'tandem pair match --round 2026 --yes --weights topic=10,location=0',
      ]),
    )
    .action(
      app.action(async (ctx, o: Options) => {
        // Loaded on use: the solver is heavy.
        const matching = await import('../../../app/matching.js');
        const weights = matching.matchWeights(o.weights);
        const round = await ctx.round(o.round);
        const request = matching.matchRequest(round, { weights, allowRepeat: o.allowRepeat === true, rematch: o.rematch === true, since: o.since });
        if (!o.dryRun && !ctx.yes) {
          if (!ctx.io.canPrompt()) await ctx.prompter(ctx.t('prompt.options.match'));
          const { runWizard } = await import('../../wizard/index.js');
          return runWizard(ctx, request);
        }
        const [db, { printProposal }] = await Promise.all([ctx.db(), import('./proposal.js')]);
        const progress = ctx.progress(t('progress.matching'), 3);
        const tick = (step: number) => progress.tick(step);
        if (o.dryRun) {
          const proposal = matching.proposeMatching(db, request, tick);
          progress.done();
          return printProposal(ctx, request, proposal);
        }
        const proposal = matching.matchAndSave(db, request, tick);
        progress.done();
        printProposal(ctx, request, proposal, proposal.saved);
      }),
    );
}
