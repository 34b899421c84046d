import type { T } from '../core/i18n/index.js';
import type { Entry } from './app.js';
import type { Deps } from './io.js';
import { lazy } from './lazy.js';

const MAX_LISTED_ERRORS = 50;

/** Runs tandem with the arguments after the program name and returns the exit code. */
export async function run(argv: string[], deps: Deps): Promise<number> {
  // --version needs nothing else: the rest is imported only after this.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    deps.stdout.write(`${await (await lazy<typeof import('./version.js')>('./version.js', import.meta.url)).version()}\n`);
    return 0;
  }
  const [errors, { loadLanguage, pickLang, translator }, { App }, io, { palette }, { firstLook, buildProgram }] = await Promise.all([
    lazy<typeof import('../core/errors.js')>('../core/errors.js', import.meta.url),
    lazy<typeof import('../core/i18n/index.js')>('../core/i18n/index.js', import.meta.url),
    lazy<typeof import('./app.js')>('./app.js', import.meta.url),
    lazy<typeof import('./io.js')>('./io.js', import.meta.url),
    lazy<typeof import('./palette.js')>('./palette.js', import.meta.url),
    lazy<typeof import('./program.js')>('./program.js', import.meta.url),
  ]);
  const look = firstLook(argv);
  const lang = pickLang(look.lang === 'de' || look.lang === 'en' ? look.lang : undefined, deps.env);
  await loadLanguage(lang);
  const t = translator(lang);
  const app = new App(deps, t, lang, ENTRY, await palette(io.colorLevel(deps, !look.color)));
  const debug = deps.env.TANDEM_DEBUG === '1';
  try {
    if (look.lang !== undefined && look.lang !== 'de' && look.lang !== 'en') throw new errors.UsageError('error.lang', { value: look.lang });
    // `tandem` alone: the status overview on a terminal, else the help.
    const bare = look.parsed && look.words.length === 0 && !look.help && !look.version;
    const interactive = deps.stdoutIsTTY && deps.stdinIsTTY;
    const program = await buildProgram(app, bare ? [] : look.words, bare || look.help || look.version || !look.parsed);
    const args = bare ? [...argv, interactive && program.commands.some((c) => c.name() === 'status') ? 'status' : '--help'] : argv;
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (error) {
    return report({ errors, io }, error, deps, t, debug);
  } finally {
    app.close();
  }
}

/** What commands reach of the whole CLI (the demo runs command lines, completion walks the tree) without importing it. */
const ENTRY: Entry = {
  run,
  buildProgram: async (app, words) => (await lazy<typeof import('./program.js')>('./program.js', import.meta.url)).buildProgram(app, words),
};

/** The modules report() needs, loaded by run() after the --version shortcut. */
interface Lib {
  errors: typeof import('../core/errors.js');
  io: typeof import('./io.js');
}

/** Turns any error into one line on stderr (plus an optional hint) and an exit code. */
function report(lib: Lib, error: unknown, deps: Deps, t: T, debug: boolean): number {
  const { FieldError, ImportError, TandemError } = lib.errors;
  const write = (text: string) => void deps.stderr.write(lib.io.terminalSafe(text));
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

/** The entry point of bin/tandem.js: the real process. */
export async function main(): Promise<void> {
  const deps: Deps = {
    stdout: process.stdout,
    // Read only when asked: creating process.stdin or process.stderr costs a stream (a socket
    // on a pipe, and Node's net module with it), which a command that never reads stdin or
    // has nothing to say on stderr (`round list | …`) should not pay for at start-up.
    get stderr() {
      return process.stderr;
    },
    get stdin() {
      return process.stdin;
    },
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      return process.stdout.columns ?? process.stderr.columns;
    },
    page: async (command, text, env) => {
      // as git does: while the pager runs, Ctrl+C is the pager's (less stays, tandem waits for it)
      const ignore = () => undefined;
      process.on('SIGINT', ignore);
      try {
        return await (await import('./pager.js')).spawnPager(command, text, env);
      } finally {
        process.off('SIGINT', ignore);
      }
    },
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
