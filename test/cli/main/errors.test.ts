import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

describe('errors of SPEC §1: one line on stderr, the right code, no stack trace, nothing changed', () => {
  const cases: [string, string[], number, string][] = [
    ['an unknown option', ['round', 'list', '--frobnicate'], 2, "tandem: error: unknown option '--frobnicate'"],
    ['an unknown command', ['rounds'], 2, "tandem: error: unknown command 'rounds'"],
    ['an invalid date', ['round', 'create', 'X', '--start', '2026-02-30'], 2, 'tandem: error: --start: "2026-02-30" is not a valid date'],
    ['an unknown round', ['round', 'show', 'nope'], 1, 'tandem: error: unknown round "nope"'],
    ['an unknown language', ['--lang', 'fr', 'round', 'list'], 2, 'tandem: error: unknown language "fr" (expected en or de)'],
    ['an unknown language, --lang=…', ['round', 'list', '--lang=fr'], 2, 'tandem: error: unknown language "fr" (expected en or de)'],
    ['--lang without a value', ['round', 'list', '--lang'], 2, "tandem: error: option '--lang <lang>' needs a value"],
    ['a missing argument', ['round', 'close'], 2, "tandem: error: missing required argument 'round'"],
  ];
  it.each(cases)('%s', async (_what, argv, code, first) => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const result = await tandem(db, argv);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(first);
    expect(result.stderr.split('\n').length).toBeLessThanOrEqual(3);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(snapshot(db)).toEqual(before);
  });

  it('a directory given as --db exits 2', async () => {
    const dir = tempDir();
    const result = await runCli(['--db', dir, 'round', 'list']);
    expect(result).toMatchObject({ code: 2, stderr: `tandem: error: --db ${dir} is a directory, not a database file\n` });
  });

  it('a file that is not SQLite exits 1 and stays byte for byte', async () => {
    const path = join(tempDir(), 'notes.db');
    writeFileSync(path, 'these are my meeting notes, not a database\n'.repeat(20));
    const before = snapshot(path);
    for (const argv of [['round', 'list'], ['round', 'create', 'X', '--start', '2026-01-01']]) {
      const result = await runCli(['--db', path, ...argv]);
      expect(result).toMatchObject({ code: 1, stderr: `tandem: error: ${path} is not a SQLite database; it was left untouched\n` });
    }
    expect(snapshot(path)).toEqual(before);
  });

  it('a prompt needed without a terminal exits 2 naming the option', async () => {
    const db = tempDbPath();
    await tandem(db, ['person', 'add', '--name', 'A', '--email', 'a@example.com']);
    const result = await tandem(db, ['person', 'forget', 'a@example.com'], { tty: true, env: { CI: 'true' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('hint: answer with --yes');
  });

  it('an invalid TANDEM_TODAY is a usage error', async () => {
    const result = await runCli(['round', 'list'], { env: { TANDEM_TODAY: '2026-13-01', TANDEM_DB: tempDbPath() } });
    expect(result).toMatchObject({ code: 2 });
    expect(result.stderr).toContain('TANDEM_TODAY: "2026-13-01" is not a valid date');
  });

  it('TANDEM_DEBUG=1 adds the stack trace', async () => {
    const result = await runCli(['round', 'show', 'nope'], { env: { TANDEM_DB: tempDbPath(), TANDEM_DEBUG: '1' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('global options', () => {
  it('are accepted before and after the command', async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = await runCli(['--db', db, '--json', 'round', 'list']);
    const after = await runCli(['round', 'list', '--json', '--db', db]);
    expect(after.stdout).toBe(before.stdout);
    expect(JSON.parse(after.stdout)).toHaveLength(1);
  });

  it('find the database through TANDEM_DB and then XDG_DATA_HOME, creating the folder', async () => {
    const home = tempDir();
    const created = await runCli(['round', 'create', 'X', '--start', '2026-01-01'], { env: { XDG_DATA_HOME: join(home, 'data') } });
    expect(created.code).toBe(0);
    expect(snapshot(join(home, 'data', 'tandem', 'tandem.db'))).not.toBeNull();
    const viaEnv = await runCli(['round', 'list', '--json'], { env: { TANDEM_DB: join(home, 'data', 'tandem', 'tandem.db') } });
    expect(JSON.parse(viaEnv.stdout)).toHaveLength(1);
  });

  it('--quiet prints nothing on success but keeps requested data', async () => {
    const db = tempDbPath();
    const created = await tandem(db, ['round', 'create', 'X', '--start', '2026-01-01', '-q']);
    expect(created).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const listed = await tandem(db, ['-q', 'round', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toHaveLength(1);
  });

  it.each([
    [{ tty: true, env: {} }, [], true],
    [{ tty: true, env: {} }, ['--no-color'], false],
    [{ tty: true, env: { NO_COLOR: '1' } }, [], false],
    [{ tty: false, env: {} }, [], false],
    [{ tty: false, env: { FORCE_COLOR: '1' } }, [], true],
  ])('colour with %j %j is %s', async (options, flags, colour) => {
    const db = tempDbPath();
    await withRound(db);
    const result = await tandem(db, ['round', 'list', ...flags], options);
    expect(/\u001b\[/.test(result.stdout)).toBe(colour);
  });

  it('--lang de and LANG=de_DE translate messages and dates', async () => {
    const db = tempDbPath();
    const created = await tandem(db, ['round', 'create', '2026', '--start', '2026-01-15'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(created.stderr).toBe('Runde 2026 angelegt (2026-01-15 – 2026-07-15)\n');
    const listed = await tandem(db, ['--lang', 'de', 'round', 'list']);
    expect(listed.stdout).toContain('15.01.2026');
    expect(listed.stdout).toContain('Beginn');
    const error = await tandem(db, ['round', 'show', 'nope'], { env: { TANDEM_LANG: 'de' } });
    expect(error.stderr).toBe('tandem: Fehler: unbekannte Runde „nope“\nHinweis: bekannte Runden: 2026\n');
    const english = await tandem(db, ['--lang', 'en', 'round', 'show', 'nope'], { env: { LANG: 'de_DE.UTF-8' } });
    expect(english.stderr).toContain('unknown round');
  });

  it('--help lists the command groups with examples, and --version prints the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const group of ['round', 'participant', 'person']) expect(help.stdout).toMatch(new RegExp(`^  ${group}\\b`, 'm'));
    expect(help.stdout).toContain('Examples:');
    const sub = await runCli(['round', 'create', '--help']);
    expect(sub.stdout).toContain('$ tandem round create 2026 --start 2026-01-15');
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('--help is German with --lang de, headings included', async () => {
    const help = await runCli(['--lang', 'de', 'round', 'create', '--help']);
    expect(help.stdout).toMatch(/^Aufruf: tandem round create/);
    expect(help.stdout).toContain('\nOptionen:\n');
    expect(help.stdout).toContain('\nBeispiele:\n');
    expect(help.stdout).not.toMatch(/Options:|Usage:|Examples:|default:|choices:/);
  });

  it('keeps the folder of a new database private', async () => {
    const home = tempDir();
    mkdirSync(join(home, 'x'));
    const db = join(home, 'x', 'deeper', 't.db');
    await tandem(db, ['round', 'create', 'X', '--start', '2026-01-01']);
    const { statSync } = await import('node:fs');
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'x', 'deeper')).mode & 0o777).toBe(0o700);
  });
});
