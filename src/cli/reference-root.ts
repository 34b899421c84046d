import type { Command } from 'commander';
import { translator } from '../core/i18n/index.js';
import { App } from './app.js';
import { run } from './main.js';
import { buildProgram } from './program.js';

export const START = '<!-- reference:start (npm run readme) -->';
export const END = '<!-- reference:end -->';

/** The whole command tree in English, for the reference. */
export async function referenceRoot(): Promise<Command> {
  const deps = {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: '/',
    now: () => new Date(0),
  };
  return buildProgram(new App(deps, translator('en'), 'en', { run, buildProgram }));
}
