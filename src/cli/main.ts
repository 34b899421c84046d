import { FieldError, ImportError, TandemError, UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { terminalSafe, type Deps } from './io.js';

const MAX_LISTED_ERRORS = 50;

/** Runs tandem with the arguments after the program name and returns the exit code. */
export async function run(argv: string[], deps: Deps): Promise<number> {
  // --version needs nothing else: the rest is imported only after this.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    deps.stdout.write(`${await version()}\n`);
    return 0;
  }
  const [{ loadLanguage, pickLang, translator }, { App }, { colorLevel }, { palette }] = await Promise.all([
    import('../core/i18n/index.js'),
    import('./app.js'),
    import('./io.js'),
    import('./palette.js'),
  ]);
  const langOption = findOption(argv, '--lang');
  const lang = pickLang(langOption === 'de' || langOption === 'en' ? langOption : undefined, deps.env);
  await loadLanguage(lang);
  const t = translator(lang);
  const app = new App(deps, t, lang, await palette(colorLevel(deps, argv.includes('--no-color'))));
  const debug = deps.env.TANDEM_DEBUG === '1';
  try {
    if (langOption !== undefined && langOption !== 'de' && langOption !== 'en') {
      throw new UsageError('error.lang', { value: langOption });
    }
    const words = operands(argv);
    // `tandem` alone: the status overview on a terminal, else the help.
    const bare = words.length === 0 && !argv.some((a) => /^(-h|--help|-V|--version)$/.test(a));
    const interactive = deps.stdinIsTTY && deps.stdoutIsTTY;
    const { buildProgram } = await import('./program.js');
    const program = await buildProgram(app, bare ? [] : words);
    const args = bare ? [...argv, interactive && program.commands.some((c) => c.name() === 'status') ? 'status' : '--help'] : argv;
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    return report(error, deps, t, debug);
  } finally {
    app.close();
  }
}

/** Turns any error into one line on stderr (plus an optional hint) and an exit code. */
function report(error: unknown, deps: Deps, t: T, debug: boolean): number {
  const write = (text: string) => void deps.stderr.write(terminalSafe(text));
  if (isCommanderError(error)) {
    // --help and --version exit 0; commander has printed any error through configureOutput (program.ts).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof TandemError) {
    const what = error instanceof FieldError ? `${error.what}: ` : '';
    write(`tandem: ${t('error.prefix')}: ${what}${t(error.key, error.params)}\n`);
    if (error instanceof ImportError) {
      for (const e of error.errors.slice(0, MAX_LISTED_ERRORS)) {
        write(`${error.file}:${e.line}: ${e.column}: ${'message' in e ? e.message : t(e.key, e.params)}\n`);
      }
      if (error.errors.length > MAX_LISTED_ERRORS) {
        write(`${t('error.moreErrors', { count: error.errors.length - MAX_LISTED_ERRORS })}\n`);
      }
    }
    if (error.hintKey) write(`${t('hint.prefix')}: ${t(error.hintKey, error.hintParams)}\n`);
    if (debug) write(`${error.stack}\n`);
    return error.exitCode;
  }
  const sqlite = sqliteErrorKey(error);
  if (sqlite) {
    write(`tandem: ${t('error.prefix')}: ${t(sqlite)}\n`);
    if (debug && error instanceof Error) write(`${error.stack}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  write(`tandem: ${t('error.prefix')}: ${message}\n`);
  if (debug && error instanceof Error) write(`${error.stack}\n`);
  else write(`${t('hint.prefix')}: ${t('hint.debug')}\n`);
  return 1;
}

function isCommanderError(error: unknown): error is { exitCode: number; code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** The package version, read without loading the command tree. */
export async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** Known SQLite failures get a clear message instead of the driver's text. */
function sqliteErrorKey(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'error.busy';
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return 'error.corrupt';
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) return 'error.cantWrite';
  if (code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) return 'error.io';
  return undefined;
}

/** The arguments that are not global options or their values. */
function operands(argv: string[]): string[] {
  const withValue = new Set(['--db', '--lang']);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (withValue.has(arg)) i++;
    else if (!arg.startsWith('-')) out.push(arg);
  }
  return out;
}

/** Reads `--name value` or `--name=value` before commander runs (the language is needed to build the help). */
function findOption(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === name) return argv[i + 1] ?? '';
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}

/** The entry point of bin/tandem.js: the real process. */
export async function main(): Promise<void> {
  const deps: Deps = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    prompter: async (t) => (await import('./inquirer.js')).inquirerPrompter(process.stdin, process.stderr, t),
  };
  // A closed pipe (tandem … | head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = await run(process.argv.slice(2), deps);
}
