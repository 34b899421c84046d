import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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
    kill: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
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
