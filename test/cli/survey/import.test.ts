import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { EXPECTED_23 } from '../../fixtures/survey-23.js';
import { FIXTURE_23, rolesCsv, withSurvey } from './helpers.js';

/** The expected report of a round without participants: every shown group answered by 0 of 0 (no rate). */
function withoutParticipants(report: typeof EXPECTED_23) {
  const shown = ({ n, ...rest }: { n: number | null }) => ({ n, participants: 0, responseRate: null, ...rest });
  const groups = Object.fromEntries(Object.entries(report.groups).map(([name, g]) => [name, g.suppressed ? g : shown(g)]));
  return { ...report, groups };
}

describe('survey import', () => {
  it('imports the 23-response fixture; survey report --json matches the hand-computed figures exactly', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const imported = await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    expect(imported).toEqual({ code: 0, stdout: '', stderr: 'imported 23 responses into survey "final" of round 2026\n' });
    const report = await tandem(db, ['survey', 'report', '--round', '2026', '--json']);
    expect(report.code).toBe(0);
    expect(JSON.parse(report.stdout)).toEqual(withoutParticipants(EXPECTED_23));
    // Key order too: the document is the SPEC's shape, questions in questionnaire order.
    expect(report.stdout).toBe(`${JSON.stringify(withoutParticipants(EXPECTED_23), null, 2)}\n`);
  });

  it('re-importing the same file adds nothing; a later export with more rows adds only the new ones', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const again = await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('imported 0 responses');
    expect(again.stderr).toContain('23 rows were not added: identical responses are already stored');
    const json = await tandem(db, ['survey', 'report', '--round', '2026', '--json']);
    expect(JSON.parse(json.stdout)).toEqual(withoutParticipants(EXPECTED_23));

    // The "grown export": the old rows plus two new ones, one identical to an old row.
    const { readFileSync } = await import('node:fs');
    const grown = writeTemp('grown.csv', `${readFileSync(FIXTURE_23, 'utf8')}mentee,,8,yes,4,4,yes\r\nmentor,New text,10,yes,5,5,yes\r\n`);
    const more = await tandem(db, ['survey', 'import', grown, '--round', '2026', '--json']);
    expect(more.code).toBe(0);
    expect(JSON.parse(more.stdout)).toEqual({ survey: 'final', round: '2026', added: 2, alreadyStored: 23 });
    // Two reports 2 responses apart would reveal those 2 (issue 17): the final state comes after `survey close`.
    expect((await tandem(db, ['survey', 'close', '--round', '2026'])).code).toBe(0);
    const after = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect(after.groups.all.n).toBe(25);
  });

  it('--force adds every row, duplicates included', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const forced = await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026', '--force', '--json']);
    expect(JSON.parse(forced.stdout)).toEqual({ survey: 'final', round: '2026', added: 23, alreadyStored: 0 });
    const after = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect(after.groups.all.n).toBe(46);
  });

  it('accepts a semicolon-separated file with a BOM', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const file = writeTemp('excel.csv', '\ufeffrole;recommend;nps;highlight\r\nmentee;Ja;9;Gut, wirklich\r\nmentor;nein;6;\r\n');
    const result = await tandem(db, ['survey', 'import', file, '--round', '2026', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ added: 2 });
  });

  it('keeps several surveys of a round apart by name', async () => {
    const db = tempDbPath();
    await withSurvey(db, 'midpoint');
    await tandem(db, ['survey', 'create', '--round', '2026']);
    await tandem(db, ['survey', 'import', writeTemp('m.csv', rolesCsv(5, 5)), '--round', '2026', '--name', 'midpoint']);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const midpoint = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--name', 'midpoint', '--json'])).stdout);
    const final = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect(midpoint).toMatchObject({ survey: 'midpoint', groups: { all: { n: 10 } } });
    expect(final).toMatchObject({ survey: 'final', groups: { all: { n: 23 } } });
  });

  it('lists every error with its line, imports nothing, exit 2', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const file = writeTemp(
      'bad.csv',
      [
        'role,recommend,nps,satisfaction,learning,continue,highlight',
        'mentor,yes,9,4,4,yes,fine', // a good row: still not imported
        'boss,maybe,11,0,6,perhaps,x',
        ',yes,7.5,3,3,yes,',
        'mentee,yes,-1,5,5,yes,',
        'mentee,Yes,10,4,2,jein,',
      ].join('\n'),
    );
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'import', file, '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'tandem: error: bad.csv: 10 errors; nothing was imported',
        'bad.csv:3: role: unknown role "boss" (expected mentor or mentee)',
        'bad.csv:3: recommend: not a yes/no answer: "maybe"',
        'bad.csv:3: nps: must be a whole number from 0 to 10',
        'bad.csv:3: satisfaction: must be a whole number from 1 to 5',
        'bad.csv:3: learning: must be a whole number from 1 to 5',
        'bad.csv:3: continue: not a yes/no answer: "perhaps"',
        'bad.csv:4: role: is required',
        'bad.csv:4: nps: must be a whole number from 0 to 10',
        'bad.csv:5: nps: must be a whole number from 0 to 10',
        'bad.csv:6: continue: not a yes/no answer: "jein"',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    [
      'an unknown question column',
      'role,recommend,mood\nmentor,yes,great\n',
      'survey.csv:1: mood: unknown column (expected role, recommend, nps, satisfaction, learning, continue, highlight)',
    ],
    ['a missing role column', 'recommend,nps\nyes,9\n', 'survey.csv:1: role: required column is missing'],
    ['a row with too many cells', 'role,nps\nmentor,9,9\n', 'survey.csv:2: -: expected 2 cells, found 3'],
  ])('refuses %s with exit 2 and changes nothing', async (_what, csv, line) => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'import', writeTemp('survey.csv', csv), '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tandem: error: survey\.csv: 1 error; nothing was imported\n/);
    expect(result.stderr).toContain(`${line}\n`);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a survey that does not exist with exit 1, naming how to create it', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026', '--name', 'midpoint']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'tandem: error: round 2026 has no survey named "midpoint"\n' +
        "hint: surveys of this round: final; choose one with --name\n",
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a missing file with exit 2', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const result = await tandem(db, ['survey', 'import', '/nonexistent/answers.csv', '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tandem: error: /);
  });
});
