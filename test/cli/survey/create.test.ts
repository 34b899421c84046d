import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STANDARD_QUESTIONS } from '../../../src/core/survey/questions.js';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

function surveyRows(db: string): { round_id: number; name: string; questions: string }[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT round_id, name, questions FROM survey ORDER BY id').all() as never;
  } finally {
    handle.close();
  }
}

describe('survey create', () => {
  it('prints next-step commands that can be copied as they stand when the round name has spaces', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'RM 2027/1', '--start', '2026-01-15']);
    const result = await tandem(db, ['survey', 'create', '--round', 'RM 2027/1', '--name', "Umfrage O'Neill"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("`tandem survey respond --round 'RM 2027/1' --name 'Umfrage O'\\''Neill' --role mentee`");
    // The printed command, run as it stands, reaches the same round and survey.
    const command = /`(tandem survey import [^`]*)`/.exec(result.stderr)![1]!;
    const { spawnSync } = await import('node:child_process');
    const words = spawnSync('bash', ['-c', `printf '%s\\n' ${command.replace('<file.csv>', 'x.csv')}`], { encoding: 'utf8' }).stdout.trimEnd().split('\n');
    expect(words).toEqual(['tandem', 'survey', 'import', 'x.csv', '--round', 'RM 2027/1', '--name', "Umfrage O'Neill"]);
  });

  it('creates survey "final" with the standard questionnaire stored in the survey row', async () => {
    const db = tempDbPath();
    await withRound(db);
    const result = await tandem(db, ['survey', 'create', '--round', '2026']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'created survey "final" of round 2026 with 6 questions\n' +
        'collect answers with `tandem survey respond --round 2026 --name final --role mentee` or ' +
        '`tandem survey import <file.csv> --round 2026 --name final`\n',
    );
    const rows = surveyRows(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('final');
    expect(JSON.parse(rows[0]!.questions)).toEqual(STANDARD_QUESTIONS.map((q) => ({ ...q })));
  });

  it('keeps several surveys per round by name, and the same name in another round', async () => {
    const db = tempDbPath();
    await withRound(db);
    await withRound(db, '2027', '2027-01-15');
    const midpoint = await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'midpoint', '--json']);
    expect(midpoint.code).toBe(0);
    expect(JSON.parse(midpoint.stdout)).toMatchObject({ round: '2026', name: 'midpoint' });
    expect(JSON.parse(midpoint.stdout).questions.map((q: { id: string }) => q.id)).toEqual([
      'recommend',
      'nps',
      'satisfaction',
      'learning',
      'continue',
      'highlight',
    ]);
    expect((await tandem(db, ['survey', 'create', '--round', '2026'])).code).toBe(0);
    expect((await tandem(db, ['survey', 'create', '--round', '2027'])).code).toBe(0);
    expect(surveyRows(db).map((r) => `${r.round_id}:${r.name}`)).toEqual(['1:midpoint', '1:final', '2:final']);
  });

  it('refuses a second survey of the same name in the round with exit 1 and changes nothing', async () => {
    const db = tempDbPath();
    await withRound(db);
    await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'midpoint']);
    const before = snapshot(db);
    const again = await tandem(db, ['survey', 'create', '--round', '2026', '--name', ' midpoint ']);
    expect(again).toEqual({ code: 1, stdout: '', stderr: 'tandem: error: round 2026 already has a survey named "midpoint"\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    ['', 'tandem: error: a survey name must have 1 to 60 characters on one line, not ""\n'],
    ['   ', 'tandem: error: a survey name must have 1 to 60 characters on one line, not "   "\n'],
    ['x'.repeat(61), `tandem: error: a survey name must have 1 to 60 characters on one line, not "${'x'.repeat(61)}"\n`],
    ['two\nlines', 'tandem: error: a survey name must have 1 to 60 characters on one line, not "two\nlines"\n'],
  ])('refuses the name %j with exit 2', async (name, stderr) => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    expect(await tandem(db, ['survey', 'create', '--round', '2026', `--name=${name}`])).toEqual({ code: 2, stdout: '', stderr });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an unknown round with exit 1, and creates no database file', async () => {
    const db = tempDbPath();
    const result = await tandem(db, ['survey', 'create', '--round', '2026']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown round "2026"');
    expect(existsSync(db)).toBe(false);
  });

  it('takes the only open round when --round is left out', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect((await tandem(db, ['survey', 'create'])).code).toBe(0);
    expect(surveyRows(db).map((r) => r.name)).toEqual(['final']);
  });

  it('shows the questionnaire in the help, in German with --lang de', async () => {
    const help = await tandem(tempDbPath(), ['--lang', 'de', 'survey', 'create', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('recommend     ja/nein  Würden Sie das Programm weiterempfehlen?');
    expect(help.stdout).toContain('highlight     Text     Was war Ihr persönliches Highlight?');
  });
});
