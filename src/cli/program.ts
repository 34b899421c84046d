import type { Command as CommandType } from 'commander';
import { Command, Help } from './commander.js';
import type { App } from './app.js';
import { examples } from './app.js';
import { terminalSafe } from './io.js';
import { registerCommands } from './commands/index.js';

/**
 * Builds the command tree in the run's language: the root with its global options, and
 * the command that `words` name (all of them when they name none; see commands/index.ts).
 */
export async function buildProgram(app: App, words: readonly string[] = [], withVersion = true): Promise<CommandType> {
  const { t } = app;
  const program = new Command('tandem');
  program
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void app.deps.stdout.write(terminalSafe(text)),
      writeErr: (text) => void app.deps.stderr.write(terminalSafe(text)),
      // Help is plain text wrapped to the terminal (80 columns when not a terminal); colour is ours to decide.
      getOutHelpWidth: () => app.deps.columns ?? 80,
      getErrHelpWidth: () => app.deps.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => {
        // Commander's own guess for an unknown command or option ("(Did you mean close?)") becomes our hint.
        const guess = /\(Did you mean (?:one of )?([^?]+)\?\)/.exec(text)?.[1];
        const hint = guess ? t('commander.didYouMean', { name: guess }) : t('hint.help');
        write(`tandem: ${translateCommanderError(app, text.trim())}\n${t('hint.prefix')}: ${hint}\n`);
      },
    })
    .configureHelp(translatedHelp(app))
    .description(t('program.description'))
    .helpOption('-h, --help', t('option.help'))
    .helpCommand(false);
  // The version is read only when it can be asked for (-V, or the help that lists -V).
  if (withVersion) program.version(await (await import('./version.js')).version(), '-V, --version', t('option.version'));
  globalOptions(program, t)
    .addHelpText(
      'after',
      examples(t, [
        'tandem round create 2026 --start 2026-01-15',
        'tandem participant import people.csv --round 2026',
        'tandem pair match --round 2026',
        'tandem round report 2026 --format html --out report.html',
        'tandem demo',
      ]),
    );

  // New top-level commands are listed in commands/index.ts, not here.
  await registerCommands(program, app, words);

  return program;
}

/** The global options of SPEC §1, defined once: for the command tree (with help texts) and for the first look at argv. */
export function globalOptions(command: CommandType, help: (key: string) => string = () => ''): CommandType {
  return command
    .option('--db <path>', help('option.db'))
    .option('--json', help('option.json'))
    .option('--no-color', help('option.noColor'))
    .option('--lang <lang>', help('option.lang'))
    .option('-y, --yes', help('option.yes'))
    .option('-q, --quiet', help('option.quiet'));
}

/** What start-up needs to know before the command tree is built in the run's language. */
export interface FirstLook {
  /** `--lang` as given (unchecked), if given. */
  lang?: string;
  /** false with --no-color */
  color: boolean;
  /** The command words: `round list` of `tandem --json round list --round 2026`. */
  words: string[];
  /** -h/--help was given. */
  help: boolean;
  /** -V/--version was given. */
  version: boolean;
  /** false when commander refuses argv (the real parse reports why) */
  parsed: boolean;
}

/**
 * Reads the global options and the command words with commander itself (the same option
 * definitions as the tree), ignoring everything it does not know; argv that commander
 * would refuse gets the defaults here and its error from the real parse.
 */
export function firstLook(argv: readonly string[]): FirstLook {
  const root = globalOptions(new Command('tandem'))
    .option('-h, --help')
    .option('-V, --version')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  try {
    const { operands } = root.parseOptions([...argv]);
    const o = root.opts<{ lang?: string; color: boolean; help?: boolean; version?: boolean }>();
    return { lang: o.lang, color: o.color, words: operands, help: o.help === true, version: o.version === true, parsed: true };
  } catch {
    return { color: true, words: [], help: false, version: false, parsed: false };
  }
}

/** `[options]`, `<file>`, `[round]`: the placeholder words of usage lines, flags and commander's messages, translated where the catalogue has them. */
function helpTerms(t: App['t'], text: string): string {
  return text.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (whole, open: string, name: string, dots = '', close: string) => {
    const key = `help.term.${name}`;
    const word = t(key);
    return word === key ? whole : `${open}${word}${dots}${close}`;
  });
}

/** Commander's help headings ("Usage:", "Options:", …) and notes ("default: …") in the run's language. */
function translatedHelp(app: App) {
  const { t } = app;
  const titles: Record<string, string> = {
    'Usage:': t('help.usage'),
    'Options:': t('help.options'),
    'Commands:': t('help.commands'),
    'Arguments:': t('help.arguments'),
    'Global Options:': t('help.globalOptions'),
  };
  const terms = (text: string) => helpTerms(t, text);
  const notes = (text: string) =>
    text.replace(/\(choices: ([^)]*)\)/, (_, list: string) => `(${t('help.choices', { list })})`).replace(/\(default: ([^)]*)\)/, (_, value: string) => `(${t('help.default', { value })})`);
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage(this: InstanceType<typeof Help>, command: CommandType) {
      return terms(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(this: InstanceType<typeof Help>, command: CommandType) {
      return terms(Help.prototype.subcommandTerm.call(this, command));
    },
    optionTerm(this: InstanceType<typeof Help>, option: Parameters<InstanceType<typeof Help>['optionTerm']>[0]) {
      return terms(Help.prototype.optionTerm.call(this, option));
    },
    argumentTerm(this: InstanceType<typeof Help>, argument: Parameters<InstanceType<typeof Help>['argumentTerm']>[0]) {
      return terms(Help.prototype.argumentTerm.call(this, argument));
    },
    optionDescription(this: InstanceType<typeof Help>, option: Parameters<InstanceType<typeof Help>['optionDescription']>[0]) {
      return notes(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(this: InstanceType<typeof Help>, argument: Parameters<InstanceType<typeof Help>['argumentDescription']>[0]) {
      return notes(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

/** Commander's own messages are English; the common ones are translated. */
function translateCommanderError(app: App, text: string): string {
  const { t } = app;
  const body = text.replace(/^error:\s*/, '');
  const patterns: [RegExp, string][] = [
    [/^unknown option '([^']+)'/, 'commander.unknownOption'],
    [/^unknown command '([^']+)'/, 'commander.unknownCommand'],
    [/^missing required argument '([^']+)'/, 'commander.missingArgument'],
    [/^required option '([^']+)' not specified/, 'commander.missingOption'],
    [/^option '([^']+)' argument missing/, 'commander.optionArgument'],
    [/^too many arguments/, 'commander.tooMany'],
    [/^option '([^']+)' argument '([^']*)' is invalid/, 'commander.invalidChoice'],
  ];
  for (const [pattern, key] of patterns) {
    const m = pattern.exec(body);
    if (m) return `${t('error.prefix')}: ${t(key, { name: helpTerms(t, m[1] ?? ''), value: m[2] ?? '' })}`;
  }
  return `${t('error.prefix')}: ${body}`;
}
