import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';
import { importCsv, rolesCsv, withSurvey } from './helpers.js';

/** Issue 17 point 3: a report that could be subtracted from an issued one is refused until `survey close`. */
const REPORT = ['survey', 'report', '--round', '2026', '--json'];
const mentees = (n: number) => rolesCsv(0, n, (_role, i) => `T${n}-${i}`);

async function twelve(): Promise<string> {
  const db = tempDbPath();
  await withSurvey(db);
  await importCsv(db, mentees(12));
  const first = await tandem(db, REPORT);
  expect(first.code, first.stderr).toBe(0);
  expect(JSON.parse(first.stdout).groups.all.n).toBe(12);
  return db;
}

describe('the differencing guard', () => {
  it('n = 12, +2 → refused (exit 1, reason, nothing written); +3 more (now +5) → allowed; after survey close → allowed', async () => {
    const db = await twelve();
    await importCsv(db, mentees(2));
    const before = snapshot(db);
    for (const format of ['json', 'md', 'html', 'csv', 'table']) {
      const refused = await tandem(db, ['survey', 'report', '--round', '2026', '--format', format]);
      expect(refused).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'tandem: error: refused: the all group of survey "final" has 2 responses more than in the report issued on 2026-03-01; two reports fewer than 5 responses apart would reveal those responses\n' +
          "hint: wait until at least 5 more have answered, or close the survey with `tandem survey close --round 2026 --name final` for the final report\n",
      });
    }
    expect(snapshot(db)).toEqual(before);

    await importCsv(db, mentees(3));
    const allowed = await tandem(db, REPORT);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).groups.all.n).toBe(17);

    await importCsv(db, mentees(1));
    expect((await tandem(db, REPORT)).code).toBe(1);
    const closed = await tandem(db, ['survey', 'close', '--round', '2026', '--json']);
    expect(JSON.parse(closed.stdout)).toEqual({ round: '2026', name: 'final', closedOn: '2026-03-01' });
    const final = await tandem(db, REPORT);
    expect(final.code, final.stderr).toBe(0);
    expect(JSON.parse(final.stdout).groups.all.n).toBe(18);
  });

  it('a question whose n moved by too few is refused on its own, naming the question', async () => {
    const db = await twelve();
    // 5 more responses, but only 2 of them answer `highlight`.
    const rows = ['role,recommend,highlight', 'mentee,yes,A', 'mentee,yes,B', 'mentee,yes,', 'mentee,no,', 'mentee,no,'];
    await importCsv(db, `${rows.join('\n')}\n`);
    const refused = await tandem(db, REPORT);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^tandem: error: refused: question "highlight" has 2 answers more in the all group of survey "final"/);
  });

  it('the log holds counts and dates, never a figure', async () => {
    const db = await twelve();
    const { default: Database } = await import('better-sqlite3');
    const handle = new Database(db, { readonly: true });
    const rows = handle.prepare('SELECT survey_id, issued_on, counts FROM survey_report_log').all() as { counts: string }[];
    handle.close();
    expect(rows).toHaveLength(1);
    expect(Object.keys(JSON.parse(rows[0]!.counts))).toEqual(['minGroup', 'groups', 'questions']);
    expect(rows[0]!.counts).not.toMatch(/yesPercent|mean|score|T12-/);
  });

  it('round report and round compare say "still collecting" instead of failing', async () => {
    const db = await twelve();
    await withRound(db, '2025', '2025-01-15');
    await importCsv(db, mentees(2));
    const report = await tandem(db, ['round', 'report', '2026', '--json']);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout).survey).toMatchObject({ survey: 'final', collecting: true, groups: { all: { n: null, suppressed: true, recommendPercent: null } } });
    const table = await tandem(db, ['round', 'report', '2026']);
    expect(table.stdout).toContain('survey "final" is still collecting responses');
    const compare = await tandem(db, ['round', 'compare', '2026', '2025', '--json']);
    expect(compare.code, compare.stderr).toBe(0);
    expect(JSON.parse(compare.stdout)[0]).toMatchObject({ recommendPercent: null, nps: null, survey: { name: 'final', responses: null, collecting: true } });
    expect((await tandem(db, ['round', 'compare', '2026', '2025'])).stdout).toContain('still collecting');
  });

  it('a closed survey takes no more responses: import and respond are exit 1, nothing written', async () => {
    const db = await twelve();
    expect((await tandem(db, ['survey', 'close', '--round', '2026'])).code).toBe(0);
    const before = snapshot(db);
    const again = await tandem(db, ['survey', 'close', '--round', '2026']);
    expect(again).toEqual({ code: 1, stdout: '', stderr: 'tandem: error: survey "final" was closed on 2026-03-01 and takes no more responses\n' });
    const { writeTemp } = await import('../../helpers/fixtures.js');
    const imported = await tandem(db, ['survey', 'import', writeTemp('a.csv', mentees(1)), '--round', '2026']);
    expect(imported).toEqual({ code: 1, stdout: '', stderr: 'tandem: error: survey "final" was closed on 2026-03-01 and takes no more responses\n' });
    const respond = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script: [] });
    expect(respond).toMatchObject({ code: 1, stderr: 'tandem: error: survey "final" was closed on 2026-03-01 and takes no more responses\n' });
    expect(snapshot(db)).toEqual(before);
  });
});
