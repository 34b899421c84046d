import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shiftDates } from '../../../core/demo.js';
import { StateError } from '../../../core/errors.js';
import type { Entry } from '../../app.js';
import type { Ctx } from '../../context.js';

const SAMPLE = fileURLToPath(new URL('../../../../data/sample/', import.meta.url));

/** A demo never writes into an organiser's data: a named database must be new (or empty). */
export function freshDatabase(path: string, named: boolean): void {
  if (!existsSync(path)) return;
  if (named && statSync(path).size > 0) throw new StateError('error.demoNotFresh', { path });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

/** The sample files with every date moved so the round is in its 20th week today. */
export function shiftedSample(days: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-demo-'));
  for (const file of ['people.csv', 'participants.csv', 'late-joiners.csv', 'sessions.csv', 'goals.csv', 'survey.csv']) {
    writeFileSync(join(dir, file), shiftDates(readFileSync(join(SAMPLE, file), 'utf8'), days), { mode: 0o600 });
  }
  return dir;
}

/** Runs one real tandem command on the demo database; returns its stdout, fails loudly with its stderr. */
export function stepper(ctx: Ctx, db: string, run: Entry['run']) {
  return async (argv: string[], colour = false): Promise<string> => {
    let out = '';
    let err = '';
    const flags = ['--db', db, '--lang', ctx.lang, ...(colour && ctx.io.color.level > 0 ? [] : ['--no-color'])];
    const code = await run([...flags, ...argv], {
      ...ctx.deps,
      stdinIsTTY: false,
      stdoutIsTTY: colour && ctx.deps.stdoutIsTTY,
      stderrIsTTY: false,
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
    });
    if (code !== 0) throw new StateError('error.demoStep', { command: `tandem ${argv.join(' ')}`, message: err.trim() });
    return out;
  };
}
