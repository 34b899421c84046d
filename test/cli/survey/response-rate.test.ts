import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { FIXTURE_23, importCsv, rolesCsv, withSurvey } from './helpers.js';

/** Enrols `mentors` mentors and `mentees` mentees in round 2026. */
async function enrol(db: string, mentors: number, mentees: number): Promise<void> {
  const rows = ['name,email,role'];
  for (let i = 0; i < mentors; i++) rows.push(`Mentor ${i},mentor${i}@example.com,mentor`);
  for (let i = 0; i < mentees; i++) rows.push(`Mentee ${i},mentee${i}@example.com,mentee`);
  const result = await tandem(db, ['participant', 'import', writeTemp('people.csv', `${rows.join('\n')}\n`), '--round', '2026']);
  if (result.code !== 0) throw new Error(result.stderr);
}

async function report(db: string, args: string[]): Promise<string> {
  const result = await tandem(db, ['survey', 'report', '--round', '2026', ...args]);
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

describe('survey report: the response rate (issue 14.7)', () => {
  // The 23-response fixture has 9 mentors and 14 mentees; the round has 10 mentors and 14 mentees.
  it('23 of 24 answered (96 %): 9 of 10 mentors (90 %), 14 of 14 mentees (100 %), in every format', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await enrol(db, 10, 14);
    expect((await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026'])).code).toBe(0);

    const json = JSON.parse(await report(db, ['--json']));
    expect(json.groups.all).toMatchObject({ n: 23, participants: 24, responseRate: 96, suppressed: false });
    expect(json.groups.mentor).toMatchObject({ n: 9, participants: 10, responseRate: 90, suppressed: false });
    expect(json.groups.mentee).toMatchObject({ n: 14, participants: 14, responseRate: 100, suppressed: false });

    const table = await report(db, []);
    expect(table).toContain('Overall · 23 responses\n  23 of 24 answered (96%)\n');
    expect(table).toContain('Mentors · 9 responses\n  9 of 10 answered (90%)\n');
    expect(table).toContain('Mentees · 14 responses\n  14 of 14 answered (100%)\n');
    const md = await report(db, ['--format', 'md']);
    expect(md).toContain('## Overall · 23 responses\n\n23 of 24 answered (96%)\n');
    expect(md).toContain('## Mentors · 9 responses\n\n9 of 10 answered (90%)\n');
    const html = await report(db, ['--format', 'html']);
    expect(html).toContain('<p class="rate">23 of 24 answered (96%)</p>');
    expect(html).toContain('<p class="rate">14 of 14 answered (100%)</p>');
    const csv = await report(db, ['--format', 'csv']);
    expect(csv).toContain('all,,n,23\nall,,participants,24\nall,,response_rate,96\n');
    expect(csv).toContain('mentor,,n,9\nmentor,,participants,10\nmentor,,response_rate,90\n');
    const de = await report(db, ['--lang', 'de']);
    expect(de).toContain('23 von 24 haben geantwortet (96 %)');

    // The round report's survey part: the same rates in its table.
    const round = await tandem(db, ['round', 'report', '2026', '--json']);
    expect(JSON.parse(round.stdout).survey.groups.all).toMatchObject({ n: 23, participants: 24, responseRate: 96 });
    const roundTable = (await tandem(db, ['round', 'report', '2026'])).stdout;
    expect(roundTable).toMatch(/│ All +│ 23 +│ 23 of 24 \(96 %\) +│/);
    expect(roundTable).toMatch(/│ Mentors +│ 9 +│ 9 of 10 \(90 %\) +│/);
    const roundMd = (await tandem(db, ['round', 'report', '2026', '--format', 'md'])).stdout;
    expect(roundMd).toMatch(/\| Group \| Responses \| Answered \|/);
    expect(roundMd).toContain('| 23 of 24 (96 %) |');
  });

  it('a suppressed group shows no rate, in any format: 4 of 5 mentors answered, 12 of 12 mentees', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await enrol(db, 5, 12);
    await importCsv(db, rolesCsv(4, 12));
    const json = JSON.parse(await report(db, ['--json']));
    expect(json.groups.all).toMatchObject({ n: 16, participants: 17, responseRate: 94 });
    const hidden = { n: null, suppressed: true, reason: 'min-group', note: 'suppressed: not shown to protect groups of fewer than 5 responses', questions: {} };
    expect(json.groups.mentor).toEqual(hidden);
    expect(json.groups.mentee).toEqual(hidden);
    const outputs = [await report(db, []), await report(db, ['--format', 'md']), await report(db, ['--format', 'html']), await report(db, ['--format', 'csv'])];
    for (const text of outputs) {
      expect(text).toMatch(/16 of 17 answered \(94%\)|all,,response_rate,94/);
      expect(text).not.toMatch(/of 5 answered|of 12 answered|mentor,,participants|mentee,,participants|mentor,,response_rate|mentee,,response_rate/);
    }
    const round = JSON.parse((await tandem(db, ['round', 'report', '2026', '--json'])).stdout);
    expect(round.survey.groups.mentor).toMatchObject({ n: null, participants: null, responseRate: null });
    expect(round.survey.groups.all).toMatchObject({ participants: 17, responseRate: 94 });
  });
});
