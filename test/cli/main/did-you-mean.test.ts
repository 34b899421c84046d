import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';

// Issue 15 point 4: help that guesses, through every door; nothing changes on a typo.
async function dbWithRound(): Promise<string> {
  const db = tempDbPath();
  await tandem(db, ['round', 'create', 'RM 2027/1', '--start', '2026-01-15']);
  await tandem(db, ['person', 'add', '--name', 'Anna Arendt', '--email', 'anna.arendt@example.com']);
  return db;
}

describe('did you mean', () => {
  it.each([
    [['round', 'clsoe', 'RM 2027/1'], "tandem: error: unknown command 'clsoe'\nhint: did you mean close?\n", 2],
    [['rond', 'list'], "tandem: error: unknown command 'rond'\nhint: did you mean round?\n", 2],
    [['round', 'list', '--jsno'], "tandem: error: unknown option '--jsno'\nhint: did you mean --json?\n", 2],
    [['round', 'show', 'RM 2027/2'], 'tandem: error: unknown round "RM 2027/2"\nhint: did you mean \'RM 2027/1\'? (known rounds: RM 2027/1)\n', 1],
    [['person', 'show', 'anna.arendt@exmaple.com'], 'tandem: error: no person with email anna.arendt@exmaple.com\nhint: did you mean anna.arendt@example.com?\n', 1],
    [['--lang', 'de', 'round', 'clsoe', 'RM 2027/1'], "tandem: Fehler: unbekannter Befehl 'clsoe'\nhint: meinten Sie close?\n", 2],
  ])('%j', async (argv, stderr, code) => {
    const db = await dbWithRound();
    const before = snapshot(db);
    const result = await tandem(db, argv);
    expect(result.stderr.replace(/^Hinweis/m, 'hint')).toBe(stderr);
    expect(result.code).toBe(code);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    [['participant', 'add', '--round', 'RM 2027/1', '--name', 'X', '--email', 'x@example.com'], "tandem: Fehler: Pflichtoption '--role <Rolle>' fehlt\n"],
    [['participant', 'add', '--round', 'RM 2027/1', '--name'], "tandem: Fehler: Option '--name <Name>' braucht einen Wert\n"],
  ])('commander\'s own messages under --lang de name the placeholders in German too: %j', async (argv, first) => {
    const db = await dbWithRound();
    const before = snapshot(db);
    const result = await tandem(db, ['--lang', 'de', ...argv]);
    expect(result.code).toBe(2);
    expect(result.stderr.startsWith(first), result.stderr).toBe(true);
    expect(snapshot(db)).toEqual(before);
  });

  it('gives no guess when nothing is close', async () => {
    const db = await dbWithRound();
    const result = await tandem(db, ['person', 'show', 'zz@nowhere.org']);
    expect(result).toMatchObject({ code: 1, stderr: 'tandem: error: no person with email zz@nowhere.org\n' });
  });

  it('matches a round name without case when only one round has it', async () => {
    const db = await dbWithRound();
    const shown = await tandem(db, ['round', 'show', 'rm 2027/1', '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout).name).toBe('RM 2027/1');
    await tandem(db, ['round', 'create', 'rm 2027/1', '--start', '2026-02-15']);
    const exact = await tandem(db, ['round', 'show', 'rm 2027/1', '--json']);
    expect(JSON.parse(exact.stdout).name).toBe('rm 2027/1');
    const before = snapshot(db);
    const ambiguous = await tandem(db, ['round', 'show', 'Rm 2027/1']);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^tandem: error: unknown round "Rm 2027\/1"\n/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a mistyped email in a session CSV says "no person with email", not "has no active pair"', async () => {
    const db = await dbWithRound();
    const file = join(tempDir(), 'sessions.csv');
    writeFileSync(file, 'mentee_email,date,minutes\nanna.arendt@exmaple.com,2026-02-01,30\n');
    const before = snapshot(db);
    const result = await tandem(db, ['session', 'import', file, '--round', 'RM 2027/1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'tandem: error: sessions.csv: 1 error; nothing was imported\nsessions.csv:2: mentee_email: no person with email anna.arendt@exmaple.com (did you mean anna.arendt@example.com?)\n',
    );
    expect(snapshot(db)).toEqual(before);
  });
});
