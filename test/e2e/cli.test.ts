import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../helpers/cli.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));

/** Spawns the real CLI (built dist/) with a clean environment. */
function tandem(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_TODAY: '2026-03-01', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/tandem.js', () => {
  it('prints the help with the command groups and examples', () => {
    const help = tandem(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('\nCommands:\n');
    expect(help.stdout).toMatch(/^ {2}round\s/m);
    expect(help.stdout).toContain('Examples:');
  });

  it('runs a round through create, import, list and show on a real file', () => {
    const dir = tempDir();
    const db = join(dir, 'e2e.db');
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'name;email;role;topics\nLena Vogel;lena@example.com;mentor;instagram,hashtags\nKlaus Berger;klaus@example.com;mentee;instagram\n');
    expect(tandem(['--db', db, 'round', 'create', '2026', '--start', '2026-01-15'])).toMatchObject({ code: 0, stdout: '' });
    const imported = tandem(['--db', db, 'participant', 'import', csv, '--round', '2026']);
    expect(imported).toMatchObject({ code: 0, stderr: '2 added, 0 updated, 0 unchanged\n' });
    const shown = tandem(['--db', db, 'round', 'show', '2026', '--json']);
    expect(JSON.parse(shown.stdout).counts).toEqual({ mentors: 1, mentees: 1, activePairs: 0, sessions: 0 });
    const again = tandem(['round', 'create', '2026', '--start', '2026-01-15'], { TANDEM_DB: db });
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: 'tandem: error: a round named "2026" already exists\n' });
  });

  it('fails with one line and no stack trace on a broken file, leaving it untouched', () => {
    const dir = tempDir();
    const db = join(dir, 'broken.db');
    writeFileSync(db, Buffer.alloc(4096, 7));
    const before = snapshot(db);
    const result = tandem(['--db', db, 'round', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`tandem: error: ${db} is not a SQLite database; it was left untouched\n`);
    expect(snapshot(db)).toEqual(before);
  });

  it('exits 2 on an unknown option without a stack trace', () => {
    const result = tandem(['round', 'list', '--nope']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe("tandem: error: unknown option '--nope'");
    expect(result.stderr).not.toContain('    at ');
  });
});

describe('round calendar from the real binary', () => {
  it('writes the same floating 10:00 series whatever time zone the machine is in', () => {
    const dir = tempDir();
    const db = join(dir, 'e2e.db');
    const csv = join(dir, 'p.csv');
    writeFileSync(csv, 'name,email,role\nAnna Arendt,anna@example.com,mentee\nMia Maier,mia@example.com,mentor\n');
    expect(tandem(['--db', db, 'round', 'create', '2026', '--start', '2026-01-15']).code).toBe(0);
    expect(tandem(['--db', db, 'participant', 'import', csv, '--round', '2026']).code).toBe(0);
    expect(tandem(['--db', db, 'pair', 'add', 'mia@example.com', 'anna@example.com']).code).toBe(0);
    const texts = ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland'].map((tz) => {
      const out = join(dir, tz.replace('/', '-'));
      const result = tandem(['--db', db, 'round', 'calendar', '--out-dir', out], { TZ: tz });
      expect(result.code, result.stderr).toBe(0);
      return readFileSync(join(out, 'meetings-anna-arendt.ics'), 'utf8').replace(/^DTSTAMP:.*\r\n/m, '');
    });
    expect(texts[0]).toContain('DTSTART:20260115T100000\r\n');
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).toBe(texts[0]);
  });
});
