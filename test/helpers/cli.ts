import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import type { Deps } from '../../src/cli/io.js';
import type { Prompter } from '../../src/cli/prompter.js';
import { scriptedPrompter, type Script } from './prompter.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** stdin and stdout are terminals (so prompts are allowed); default false */
  tty?: boolean;
  /** answers for the scripted prompter; a prompt not in the script fails the test */
  script?: Script;
  prompter?: Prompter;
  cwd?: string;
  today?: string;
  /** terminal width; default 120 */
  columns?: number;
  /** a fake pager (Deps.page); default none, so a list is printed */
  page?: Deps['page'];
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'tandem-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A path for a database that does not exist yet, in a fresh temporary folder. */
export function tempDbPath(): string {
  return join(tempDir(), 'tandem.db');
}

/** The bytes of a file, or null when it does not exist (to assert "unchanged"). */
export function snapshot(path: string): Buffer | null {
  return existsSync(path) ? readFileSync(path) : null;
}

/** Runs tandem in-process with fake IO, like a user at a shell would. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const tty = options.tty ?? false;
  const prompter = options.prompter ?? (options.script ? scriptedPrompter(options.script) : undefined);
  const deps: Deps = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: options.columns ?? 120,
    page: options.page,
    env: { TANDEM_TODAY: options.today ?? '2026-03-01', ...options.env },
    cwd: options.cwd ?? process.cwd(),
    now: () => new Date('2026-03-01T10:00:00Z'),
    prompter: prompter ? async () => prompter : undefined,
  };
  const code = await run(argv, deps);
  return { code, stdout, stderr };
}

/** Runs tandem against a database path (prepends --db). */
export function tandem(db: string, argv: string[], options: RunOptions = {}): Promise<RunResult> {
  return runCli(['--db', db, ...argv], options);
}
