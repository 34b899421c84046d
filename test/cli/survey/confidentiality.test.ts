import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';
import { importCsv, withSurvey } from './helpers.js';

/**
 * Issue 12 points 5 and 6 through the CLI: 9 responses, 7 of one role who leave
 * `learning` empty, 2 of the other who answer it with 1 and 2. No output of any command
 * that shows survey figures tells which role is the small one, nor the learning answers,
 * at any --min-group from 3 to 10.
 */
function csv(small: 'mentor' | 'mentee'): string {
  const big = small === 'mentor' ? 'mentee' : 'mentor';
  const rows = ['role,recommend,nps,satisfaction,learning,continue,highlight'];
  for (let i = 0; i < 7; i++) rows.push(`${big},yes,9,4,,yes,`);
  rows.push(`${small},yes,9,4,1,yes,`, `${small},yes,9,4,2,yes,`);
  return `${rows.join('\n')}\n`;
}

async function database(small: 'mentor' | 'mentee'): Promise<string> {
  const db = tempDbPath();
  await withSurvey(db);
  await withRound(db, '2025', '2025-01-15');
  await importCsv(db, csv(small));
  return db;
}

async function run(db: string, argv: string[]): Promise<string> {
  const result = await tandem(db, argv);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

/** Every survey figure the CLI prints, for one --min-group. */
async function everything(db: string, min: number): Promise<string[]> {
  const seen: string[] = [];
  for (const format of ['json', 'csv', 'md', 'html', 'table']) {
    seen.push(await run(db, ['survey', 'report', '--round', '2026', '--min-group', String(min), '--format', format]));
  }
  return seen;
}

describe('survey confidentiality through every command', () => {
  it('"7 mentors + 2 mentees" and "2 mentors + 7 mentees" give the same bytes, at --min-group 3 to 10', async () => {
    const [smallMentees, smallMentors] = [await database('mentee'), await database('mentor')];
    for (let min = 3; min <= 10; min++) {
      const a = await everything(smallMentees, min);
      expect(await everything(smallMentors, min), `--min-group ${min}`).toEqual(a);
      for (const text of a) {
        expect(text).not.toMatch(/1[.,]5|complementary|too-few|the other role/);
        expect(text).not.toMatch(/\(n = 2\)|"n": ?2\b|,n,2\n/);
      }
    }
    for (const format of ['json', 'md', 'html', 'table']) {
      const a = await run(smallMentees, ['round', 'report', '2026', '--format', format]);
      expect(await run(smallMentors, ['round', 'report', '2026', '--format', format]), format).toEqual(a);
      expect(a).not.toMatch(/1[.,]5/);
    }
    for (const extra of [['--json'], []]) {
      const argv = ['round', 'compare', '2026', '2025', ...extra];
      expect(await run(smallMentors, argv)).toEqual(await run(smallMentees, argv));
    }
  });

  it('the learning question is not shown, not even its n, while the other questions are', async () => {
    const db = await database('mentee');
    const json = JSON.parse(await run(db, ['survey', 'report', '--round', '2026', '--json']));
    const note = 'suppressed: not shown to protect groups of fewer than 5 responses';
    expect(json.groups.all.questions.learning).toEqual({ suppressed: true, note });
    expect(json.groups.all.questions.satisfaction).toMatchObject({ n: 9, mean: 4 });
    expect(json.groups.mentor).toEqual({ n: null, suppressed: true, reason: 'min-group', note, questions: {} });
    expect(json.groups.mentee).toEqual(json.groups.mentor);
    const table = await run(db, ['survey', 'report', '--round', '2026']);
    expect(table).toContain(`  How much did you learn?\n    ${note}\n`);
    const report = JSON.parse(await run(db, ['round', 'report', '2026', '--json']));
    expect(report.survey.groups.all).toMatchObject({ n: 9, suppressed: false, satisfactionMean: 4, learningMean: null });
    const de = await run(db, ['--lang', 'de', 'survey', 'report', '--round', '2026']);
    expect(de).toContain('ausgeblendet: nicht gezeigt, um Gruppen mit weniger als 5 Antworten zu schützen');
  });
});
