import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './cli.js';

/** True when tmux is installed (the terminal tests skip with a message otherwise). */
export const HAVE_TMUX = spawnSync('tmux', ['-V']).status === 0;

/**
 * A private tmux server (its own socket), so a test never touches anyone's sessions:
 * start a program in a detached window, read the screen, type keys, and kill it all.
 */
export function tmuxServer(name: string) {
  const socket = `${name}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    socket,
    /** Starts `command` in a new detached session of the given size. */
    start(session: string, command: string, options: { env?: Record<string, string>; width?: number; height?: number } = {}): void {
      execFileSync('tmux', ['-L', socket, '-u', 'new-session', '-d', '-s', session, '-x', String(options.width ?? 120), '-y', String(options.height ?? 40), command], {
        env: options.env ?? process.env,
      });
    },
    /** The screen as text. */
    screen: (session: string) => tmux('capture-pane', '-p', '-t', session),
    /** Types keys (`Enter`, `Down`, `C-c`, or text). */
    keys: (session: string, ...keys: string[]) => void tmux('send-keys', '-t', session, ...keys),
    /** Waits until the screen matches; fails with what the screen shows. */
    async waitFor(session: string, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      let screen = '';
      while (Date.now() < deadline) {
        screen = tmux('capture-pane', '-p', '-t', session);
        if (pattern.test(screen)) return screen;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${pattern} in the terminal; the screen shows:\n${screen}`);
    },
    /** Ends the server and removes the socket file tmux leaves behind. */
    kill: () => {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
      rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
    },
    raw: tmux,
  };
}

/** Waits for a file that a finished command writes (e.g. `echo EXIT=$? > file`), and returns its text. */
export async function waitForFile(path: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      if (text.endsWith('\n')) return text.trim();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${path}`);
}

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** bin/tandem.js, which runs dist/. */
export const BIN = join(ROOT, 'bin', 'tandem.js');
/** A clean environment for a terminal: no CI (it would forbid prompts), English, UTF-8, a fixed today. */
export const TERMINAL_ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm-256color', TANDEM_TODAY: '2026-03-01' };

/** The real CLI on the database, outside the terminal (setup and checks); throws on a failure. */
export function cliOutside(db: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: TERMINAL_ENV });
  if (result.status !== 0) throw new Error(`tandem ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** Round R with the participants of a CSV text, built through bin/tandem.js in a fresh database (dist/ must be built). */
export function wizardRound(prefix: string, participantsCsv: string): { db: string; dir: string } {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'wizard', 'index.js'))) {
    throw new Error('dist/ is not built: run `npm run build` (npm test does) before the e2e tests');
  }
  const dir = tempDir(prefix);
  const db = join(dir, 'tandem.db');
  const csv = join(dir, 'participants.csv');
  writeFileSync(csv, participantsCsv);
  cliOutside(db, 'round', 'create', 'R', '--start', '2026-01-15');
  cliOutside(db, 'participant', 'import', csv, '--round', 'R');
  return { db, dir };
}

/**
 * Starts `tandem pair match --round R` in a new session of the server (160×50); the exit
 * code goes to the returned file, and a sleep keeps the pane (and its last screen) until
 * the session is killed.
 */
export function startWizard(server: ReturnType<typeof tmuxServer>, session: string, db: string, dir: string): string {
  const exitFile = join(dir, 'exit');
  server.start(session, `node ${BIN} --db ${db} pair match --round R; echo EXIT=$? > ${exitFile}; sleep 60`, { env: TERMINAL_ENV, width: 160, height: 50 });
  return exitFile;
}
