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
  /** Shows text through a pager on the terminal (see pager.ts); false when the pager could not start. */
  page?: (command: string, text: string, env: Record<string, string | undefined>) => Promise<boolean>;
  /** Builds the prompter (its key hints in the run's language); only called when a prompt is allowed. */
  prompter?: (t: import('../core/i18n/index.js').T) => Promise<import('./prompter.js').Prompter>;
}

/** Output streams with colour decided once, by the rules of SPEC §1. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Redraws the current stderr line (progress): the carriage return is ours, the text is made safe. */
  redraw(text: string): void;
  /** Clears the terminal on stderr and its scrollback (the survey kiosk between respondents); nothing when stderr is no terminal. */
  clearScreen(): void;
  color: Palette;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  columns: number;
  /** The width tables and bars fit on a terminal; undefined when stdout is not one (files and pipes get the whole table). */
  fitWidth?: number;
  /** Data for stdout through the user's pager when stdout is a terminal and one is set; else as `out`. */
  page(text: string): Promise<void>;
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

// C0 controls but newline and tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The SGR sequences of the palette (bold, dim, underline, the four colours, and their resets).
// eslint-disable-next-line no-control-regex -- the escape character is the point
const PALETTE_SGR = /(\u001b\[(?:1|2|4|22|24|31|32|33|36|39)m)/;

/**
 * Text made safe for a terminal: every control character that could move the cursor,
 * clear the screen, set the window title or reorder text (ESC, BEL, CR, C1, bidi
 * overrides, from a name, a round, a CSV cell) is written as its `\uXXXX` escape
 * instead. Visible, not dropped; and inside JSON (which escapes C0 itself) the escape
 * of a C1 or bidi character decodes to the same text, so JSON output stays valid and
 * true. With `keepColour`, the palette's own colour sequences pass.
 */
export function terminalSafe(text: string, keepColour = false): string {
  const escape = (part: string) => part.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (!keepColour) return escape(text);
  return text
    .split(PALETTE_SGR)
    .map((part, i) => (i % 2 === 1 ? part : escape(part)))
    .join('');
}

/** Builds the Io of one run; `colours` is the palette loaded for when colour is on. */
export function makeIo(deps: Deps, options: { noColor: boolean; yes: boolean }, colours: Palette): Io {
  const colour = colorLevel(deps, options.noColor) > 0;
  // The one place where a command's text reaches stdout and stderr.
  return {
    out: (text) => void deps.stdout.write(terminalSafe(text, colour)),
    err: (text) => void deps.stderr.write(terminalSafe(text, colour)),
    redraw: (text) => void deps.stderr.write(`\r${terminalSafe(text, colour)}`),
    clearScreen: () => void (deps.stderrIsTTY && deps.stderr.write('\u001b[2J\u001b[3J\u001b[H')),
    color: colour ? colours : PLAIN,
    stdoutIsTTY: deps.stdoutIsTTY,
    // Asked of stderr only when needed: see main.ts.
    get stderrIsTTY() {
      return deps.stderrIsTTY;
    },
    get columns() {
      return deps.columns ?? 100;
    },
    // a terminal that reports no sensible width (0 under some emulators) gets the whole table
    fitWidth: deps.stdoutIsTTY && deps.columns !== undefined && deps.columns >= 20 ? deps.columns : undefined,
    page: async (text) => {
      // The pager module is loaded only for a terminal: piped output never pages.
      const command = deps.stdoutIsTTY && deps.page ? (await import('./pager.js')).pagerCommand(deps.env) : undefined;
      if (command !== undefined && (await deps.page!(command, terminalSafe(text, colour), deps.env))) return;
      deps.stdout.write(terminalSafe(text, colour));
    },
    canPrompt: () => deps.stdoutIsTTY && deps.stdinIsTTY && !options.yes && !deps.env.CI,
  };
}

// Progress is part of the output streams (one module fewer at start-up, where every command loads this one).
export interface Progress {
  tick(done: number): void;
  done(): void;
}

/** A one-line progress counter on stderr, redrawn at most every 100 ms; silent when not enabled. */
export function makeProgress(io: Io, label: string, total: number, enabled: boolean): Progress {
  if (!enabled || total <= 0) return { tick: () => undefined, done: () => undefined };
  let last = 0;
  const draw = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    io.redraw(`${label} ${done}/${total} (${pct}%)`);
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    done() {
      draw(total);
      io.err('\n');
    },
  };
}
