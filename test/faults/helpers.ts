import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/open.js';
import { runCli, tempDir } from '../helpers/cli.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'tandem.js');
export const TODAY = '2026-03-01';

export interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The process had already exited when the kill was due. */
  finishedFirst: boolean;
  /** With `watchWal`: ms from the start until the database's WAL first held data (the write began), or null. */
  writeAt: number | null;
}

/** A clean environment for a spawned tandem: no user database, a fixed day, no prompts, no colour. */
export function tandemEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const home = tempDir('tandem-home-');
  return { PATH: process.env.PATH, HOME: home, XDG_DATA_HOME: join(home, 'data'), TANDEM_TODAY: TODAY, NO_COLOR: '1', CI: '1', LANG: 'C', ...extra };
}

/** Runs `node bin/tandem.js …` as a child process; with `killAfterMs` it is killed with SIGKILL at that moment. */
export function spawnTandem(args: string[], options: {
    env?: Record<string, string>;
    cwd?: string;
    /** SIGKILL this many ms after the start. */
    killAfterMs?: number;
    /** Watch this database's WAL (for `writeAt`). */
    watchWal?: string;
    /** With `watchWal`: SIGKILL this many ms after the WAL first holds data. */
    killAfterWriteMs?: number;
  } = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { env: tandemEnv(options.env), cwd: options.cwd ?? ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let exited = false;
    let finishedFirst = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', () => (exited = true));
    let writeAt: number | null = null;
    const wal = options.watchWal && `${options.watchWal}-wal`;
    const poll = wal
      ? setInterval(() => {
          try {
            if (writeAt === null && statSync(wal).size > 0) {
              writeAt = Date.now() - started;
              if (options.killAfterWriteMs !== undefined) timer = setTimeout(kill, options.killAfterWriteMs);
            }
          } catch {
            // not there yet
          }
        }, 2)
      : undefined;
    const kill = () => {
      if (exited) finishedFirst = true;
      else child.kill('SIGKILL');
    };
    let timer = options.killAfterMs === undefined ? undefined : setTimeout(kill, options.killAfterMs);
    const killing = options.killAfterMs !== undefined || options.killAfterWriteMs !== undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      if (killing && signal === null) finishedFirst = true;
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started, finishedFirst, writeAt });
    });
  });
}

/** `tandem db check` in-process: true when the file passes (or does not exist, or is still empty). */
export async function dbCheckPasses(path: string): Promise<{ ok: boolean; detail: string }> {
  if (!existsSync(path)) return { ok: true, detail: 'no file' };
  const result = await runCli(['--db', path, 'db', 'check', '--json']);
  return { ok: result.code === 0, detail: result.code === 0 ? 'ok' : `${result.stderr} ${result.stdout}` };
}

/** Counts rows without tandem (and so without migrating). */
export function count(path: string, sql: string, ...params: unknown[]): number {
  const db = new Database(path, { fileMustExist: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

export interface Programme {
  /** tandems (mentor i ↔ mentee i) with an active pair in round 2026 */
  tandems: number;
  /** further people taking part in round `base` only (for `round create --from`) */
  baseParticipants?: number;
  /** unmatched mentors and mentees in round 2026 (for matching) */
  unmatched?: number;
}

/** A database written by tandem's own schema, filled quickly with plain SQL. */
export function seedProgramme(path: string, p: Programme): void {
  const db = openDatabase(path, { write: true, busyTimeoutMs: 5000 });
  try {
    db.transaction(() => {
      db.prepare(`INSERT INTO round (id, name, starts_on, ends_on, cadence_days, min_sessions, mentors_per_mentee) VALUES (1, '2026', '2026-01-15', '2026-07-15', 14, 6, 1)`).run();
      const person = db.prepare(`INSERT INTO person (name, email, department, location, languages) VALUES (?, ?, ?, ?, '["de","en"]')`);
      const participant = db.prepare(`INSERT INTO participant (round_id, person_id, role, topics, capacity) VALUES (?, ?, ?, ?, 1)`);
      const pair = db.prepare(`INSERT INTO pair (round_id, mentor_id, mentee_id, score, reasons, since) VALUES (1, ?, ?, 10, '[{"kind":"topic","topic":"instagram"}]', '2026-01-15')`);
      const add = (name: string, email: string, i: number) => Number(person.run(name, email, `Dept ${i % 7}`, `Loc ${i % 3}`).lastInsertRowid);
      for (let i = 0; i < p.tandems; i++) {
        const mentor = add(`Mentor ${i}`, `mentor${i}@example.com`, i);
        const mentee = add(`Mentee ${i}`, `mentee${i}@example.com`, i + 1);
        participant.run(1, mentor, 'mentor', '["instagram","twitter"]');
        participant.run(1, mentee, 'mentee', '["instagram"]');
        pair.run(mentor, mentee);
      }
      for (let i = 0; i < (p.unmatched ?? 0); i++) {
        const topics = JSON.stringify([['instagram', 'twitter', 'linkedin', 'snapchat'][i % 4]]);
        participant.run(1, add(`Free Mentor ${i}`, `free.mentor${i}@example.com`, i), 'mentor', topics);
        participant.run(1, add(`Free Mentee ${i}`, `free.mentee${i}@example.com`, i + 2), 'mentee', topics);
      }
      if (p.baseParticipants) {
        db.prepare(`INSERT INTO round (id, name, starts_on, ends_on) VALUES (2, 'base', '2025-01-15', '2025-07-15')`).run();
        for (let i = 0; i < p.baseParticipants; i++) {
          participant.run(2, add(`Base ${i}`, `base${i}@example.com`, i), i % 2 ? 'mentee' : 'mentor', '["hashtags"]');
        }
      }
    }).immediate();
  } finally {
    db.close();
  }
}

/** CSV text from a header and rows (cells are quoted when needed). */
export function csv(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Where fault figures are written (test-output/ is ignored by git). */
export function recordFaults(area: string, line: string): void {
  const dir = join(ROOT, 'test-output', 'faults');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${area}.txt`), `${line}\n`);
  console.log(`[faults] ${line}`);
}

/** Whether a command exists in this build (other areas land at different times). */
export async function hasCommand(...argv: string[]): Promise<boolean> {
  const result = await runCli([...argv, '--help']);
  return result.code === 0 && !/unknown command/.test(result.stderr) && result.stdout.includes(`Usage: tandem ${argv.join(' ')}`);
}

/** A random whole number in [min, max]. */
export function randomInt(min: number, max: number): number {
  return Math.floor(min + Math.random() * (max - min + 1));
}
