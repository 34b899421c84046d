import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { BIN, hasCommand, recordFaults, ROOT, spawnTandem, tandemEnv } from './helpers.js';

/**
 * SPEC §3 `person forget`: afterwards no file tandem keeps or writes holds the person's
 * data — not the database, not its WAL, not a later backup or export. And every file
 * tandem writes is private (mode 0600), even under a permissive umask.
 */
const PERSON = {
  name: 'Zephyrine Quillfeather',
  email: 'zephyrine.quillfeather@example.com',
  department: 'Geheimabteilung Zett',
  location: 'Quillstadt-Nord',
  note: 'Reels-Geheimnis von Zephyrine',
  highlight: 'Quillfeathers Storytelling-Trick',
};
const NEEDLES = ['Zephyrine', 'Quillfeather', 'zephyrine.quillfeather', 'Geheimabteilung Zett', 'Quillstadt-Nord', 'Reels-Geheimnis', 'Storytelling-Trick'];

/** Which needles a file's bytes contain (UTF-8, and UTF-16 in case anything ever writes that). */
function found(path: string): string[] {
  if (!existsSync(path)) return [];
  const bytes = readFileSync(path);
  return NEEDLES.filter((n) => bytes.includes(Buffer.from(n, 'utf8')) || bytes.includes(Buffer.from(n, 'utf16le')));
}

/** Runs tandem under `umask 000`, so only tandem's own choice of mode protects the files. */
function permissive(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', 'umask 000; exec "$NODE" "$BIN" "$@"', 'tandem', ...args], {
      env: { ...tandemEnv(), NODE: process.execPath, BIN },
      cwd: ROOT,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('durability of the personal-data rules', () => {
  it('after person forget, neither the database, its WAL, a backup nor an export holds the person; every file is 0600', async () => {
    expect(await hasCommand('person', 'forget')).toBe(true);
    const dir = tempDir('tandem-privacy-');
    const db = join(dir, 'tandem.db');
    const run = async (...args: string[]) => {
      const result = await permissive(['--db', db, ...args]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
    };
    await run('round', 'create', '2026', '--start', '2026-01-15');
    // Another process keeps the database open all along, so the WAL is not simply deleted
    // when a command closes: the person's pages pile up in it, and it must be scrubbed too.
    const other = new Database(db);
    other.prepare('SELECT count(*) FROM person').get();
    await run('participant', 'add', '--round', '2026', '--name', PERSON.name, '--email', PERSON.email, '--role', 'mentor',
      '--department', PERSON.department, '--location', PERSON.location, '--topics', 'instagram');
    await run('participant', 'add', '--round', '2026', '--name', 'Karin Weiß', '--email', 'karin.weiss@example.com', '--role', 'mentee',
      '--manager', PERSON.email, '--topics', 'instagram');
    await run('pair', 'add', PERSON.email, 'karin.weiss@example.com', '--round', '2026', '--force');
    await run('session', 'log', '--round', '2026', '--mentee', 'karin.weiss@example.com', '--date', '2026-02-10', '--minutes', '60',
      '--note', PERSON.note, '--highlight', PERSON.highlight);
    await run('goal', 'add', '--round', '2026', '--mentee', 'karin.weiss@example.com', 'Eine Story posten');

    // The search works: before forgetting, the WAL and a backup hold every needle.
    await run('backup', join(dir, 'before.db'));
    expect(found(`${db}-wal`)).toEqual(NEEDLES);
    expect(found(join(dir, 'before.db'))).toEqual(NEEDLES);

    await run('person', 'forget', PERSON.email, '--yes');
    const files = readdirSync(dir).filter((f) => f.startsWith('tandem.db')).sort();
    expect(files).toEqual(['tandem.db', 'tandem.db-shm', 'tandem.db-wal']);
    const whileOpen = Object.fromEntries(files.map((f) => [f, found(join(dir, f))]));
    for (const f of files) expect(mode(join(dir, f)), f).toBe(0o600);
    other.close();
    const afterClose = Object.fromEntries(['tandem.db', 'tandem.db-wal', 'tandem.db-shm'].map((f) => [f, found(join(dir, f))]));

    await run('backup', join(dir, 'after.db'));
    await run('export', '--out', join(dir, 'export.json'));
    const stdout = await spawnTandem(['--db', db, 'export']);
    expect(stdout.code).toBe(0);
    const written: Record<string, string[]> = {
      'after.db': found(join(dir, 'after.db')),
      'export.json': found(join(dir, 'export.json')),
      'export (stdout)': NEEDLES.filter((n) => stdout.stdout.includes(n)),
    };
    const modes: Record<string, number> = { 'tandem.db': mode(db), 'before.db': mode(join(dir, 'before.db')), 'after.db': mode(join(dir, 'after.db')), 'export.json': mode(join(dir, 'export.json')) };
    if (await hasCommand('round', 'report')) {
      await run('round', 'report', '2026', '--format', 'html', '--out', join(dir, 'report.html'));
      await run('round', 'report', '2026', '--json', '--out', join(dir, 'report.json'));
      written['report.html'] = found(join(dir, 'report.html'));
      modes['report.html'] = mode(join(dir, 'report.html'));
      modes['report.json'] = mode(join(dir, 'report.json'));
    }
    if (await hasCommand('round', 'certificates')) {
      const out = join(dir, 'certificates');
      await run('round', 'certificates', '2026', '--out-dir', out, '--role', 'mentee');
      for (const f of readdirSync(out)) {
        written[`certificates/${f}`] = found(join(out, f));
        modes[`certificates/${f}`] = mode(join(out, f));
      }
    }
    const held = { ...Object.fromEntries(Object.entries(whileOpen).map(([k, v]) => [`${k} (other process open)`, v])), ...afterClose, ...written };
    const leaks = Object.entries(held).filter(([, v]) => v.length > 0);
    const open = Object.entries(modes).filter(([, m]) => m !== 0o600);
    recordFaults(
      'privacy',
      `privacy: ${Object.keys(held).length} files searched for ${NEEDLES.length} traces of a forgotten person — ${leaks.length} leaks; ` +
        `${Object.keys(modes).length} files written under umask 000 — ${open.length} not 0600`,
    );
    expect(Object.fromEntries(leaks)).toEqual({});
    expect(Object.fromEntries(open)).toEqual({});
  }, 120_000);
});
