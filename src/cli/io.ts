import { PLAIN, type Palette } from './palette.js';

/** A place to write text to (process.stdout, or a buffer in tests). */
export interface Sink {
  write(text: string): unknown;
}

/** Everything a command may touch of the outside world; tests pass fakes. */
export interface Deps {
  stdout: Sink;
  stderr: Sink;
  stdin?: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width when stdout or stderr is a terminal. */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  now: () => Date;
  /** Builds the prompter (its key hints in the run's language); only called when a prompt is allowed. */
  prompter?: (t: import('../core/i18n/index.js').T) => Promise<import('./prompter.js').Prompter>;
}

/** Output streams with colour decided once, by the rules of SPEC §1. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  color: Palette;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  /** Prompts are allowed: stdin and stdout are TTYs, no --yes, CI not set. */
  canPrompt(): boolean;
}

/** Colour: on for a TTY stdout, off with --no-color or NO_COLOR, forced on by FORCE_COLOR. */
export function colorLevel(deps: Deps, noColorOption: boolean): 0 | 1 {
  const env = deps.env;
  if (noColorOption) return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return deps.stdoutIsTTY ? 1 : 0;
}

/** Builds the Io of one run; `colours` is the palette loaded for when colour is on. */
export function makeIo(deps: Deps, options: { noColor: boolean; yes: boolean }, colours: Palette): Io {
  return {
    out: (text) => void deps.stdout.write(text),
    err: (text) => void deps.stderr.write(text),
    color: colorLevel(deps, options.noColor) ? colours : PLAIN,
    stdoutIsTTY: deps.stdoutIsTTY,
    stderrIsTTY: deps.stderrIsTTY,
    columns: deps.columns ?? 100,
    canPrompt: () => deps.stdinIsTTY && deps.stdoutIsTTY && !options.yes && !deps.env.CI,
  };
}
