import type { Command } from 'commander';
import { Argument } from '../../commander.js';
import { UsageError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import { bashScript, fishScript, zshScript, type CommandNode } from '../../render/completion.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** `tandem completion bash|zsh|fish` */
export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('completion')
    .description(t('completion.description'))
    .addArgument(new Argument('[shell]', t('completion.shell')).choices(SHELLS))
    .option('--list-rounds', t('completion.listRounds'))
    .addHelpText(
      'after',
      examples(t, [['source <(tandem completion bash)', 'example.completion.bashrc'], 'tandem completion zsh > ~/.zfunc/_tandem', 'tandem completion fish > ~/.config/fish/completions/tandem.fish']),
    )
    .action(
      app.action(async (ctx, shell: (typeof SHELLS)[number] | undefined, o: { listRounds?: boolean }) => {
        if (o.listRounds) {
          // Called by the scripts while completing --round: quiet, and never an error.
          try {
            const { listRounds } = await import('../../../db/rounds.js');
            for (const round of listRounds(await ctx.db())) ctx.print(round.name);
          } catch {
            /* no database, no names */
          }
          return;
        }
        if (!shell) throw new UsageError('error.completionShell', { shells: SHELLS.join(', ') });
        const tree = describe(await app.entry.buildProgram(app));
        ctx.print(shell === 'bash' ? bashScript(tree) : shell === 'zsh' ? zshScript(tree) : fishScript(tree));
      }),
    );
}

/** The command tree as plain data: names, options, descriptions, and whether an argument is a round. */
function describe(command: Command): CommandNode {
  return {
    name: command.name(),
    description: command.description(),
    options: [...command.options.filter((o) => !o.hidden).flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))), '--help'],
    roundArgument: command.registeredArguments.some((a) => a.name() === 'round' || a.name() === 'rounds'),
    commands: command.commands.map(describe),
  };
}
