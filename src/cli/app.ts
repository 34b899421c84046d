import type { Command } from 'commander';
import type { Lang, T } from '../core/i18n/index.js';
import { Ctx, type Globals } from './context.js';
import { makeIo, type Deps } from './io.js';
import { PLAIN, type Palette } from './palette.js';

/**
 * The whole CLI as commands may use it, injected by main.ts so that no command imports
 * main or program (no cycle): the demo runs command lines, completion walks the tree.
 */
export interface Entry {
  /** Runs one command line (the arguments after `tandem`) and returns its exit code. */
  run(argv: string[], deps: Deps): Promise<number>;
  /** The command tree in the app's language: the commands `words` name, or all. */
  buildProgram(app: App, words?: readonly string[]): Promise<Command>;
}

/** What command files get when they register themselves: the language and a way to build actions. */
export class App {
  private contexts: Ctx[] = [];

  constructor(
    readonly deps: Deps,
    readonly t: T,
    readonly lang: Lang,
    readonly entry: Entry,
    /** Loaded by main.ts when this run may use colour. */
    readonly colours: Palette = PLAIN,
  ) {}

  /** The context of a command from its (and its parents') parsed options. */
  context(command: Command): Ctx {
    const globals = command.optsWithGlobals<Globals>();
    const io = makeIo(this.deps, { noColor: globals.color === false, yes: globals.yes === true }, this.colours);
    const ctx = new Ctx(this.deps, io, this.t, this.lang, globals);
    this.contexts.push(ctx);
    return ctx;
  }

  /** Wraps a command handler: commander passes (args…, options, command); the handler gets (ctx, args…, options). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander's arguments are untyped
  action(handler: (ctx: Ctx, ...rest: any[]) => Promise<void> | void) {
    return async (...all: unknown[]): Promise<void> => {
      const command = all[all.length - 1] as Command;
      await handler(this.context(command), ...all.slice(0, -1));
    };
  }

  /** Closes every database opened during the run. */
  close(): void {
    for (const ctx of this.contexts) ctx.close();
    this.contexts = [];
  }
}

/** The "Examples:" block appended to a command's help. */
export function examples(t: T, lines: readonly (string | readonly [command: string, commentKey: string])[]): string {
  // A line may carry a comment (a catalogue key), aligned after the longest commented command.
  const width = Math.max(0, ...lines.map((l) => (typeof l === 'string' ? 0 : l[0].length)));
  const text = (l: (typeof lines)[number]) => (typeof l === 'string' ? l : `${l[0].padEnd(width)} # ${t(l[1])}`);
  return `\n${t('help.examples')}\n${lines.map((l) => `  $ ${text(l)}`).join('\n')}\n`;
}
