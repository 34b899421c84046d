import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/**
 * Round "pace": 2026-01-01 – 2026-05-01 (120 days), cadence 10 days (stale after 15 by
 * default), minimum 4 sessions. Worked out by hand:
 * - as of 2026-03-01, 59 of 120 days are over: less than half, nobody is flagged;
 * - as of 2026-03-02, 60 days: half over, expected floor(4 × 60 / 120) = 2 sessions:
 *   Anna (2 sessions, last 20 Feb: 10 days) is fine; Bernd (1 session, last 10 Feb:
 *   20 days) is below, needs 3 more, and stale (20 > 15; not with the default of 21 for a
 *   cadence of 14); Clara (no session, paired since 1 Jan: 60 days) is below, needs 4, stale;
 * - as of 2026-05-10, after the end, expected is the minimum, 4: all three are below
 *   (Anna needs 2, Bernd 3, Clara 4).
 */
async function paceRound(): Promise<string> {
  const db = tempDbPath();
  const ok = async (argv: string[]) => {
    const result = await tandem(db, argv, { today: '2026-05-10' });
    if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.stderr}`);
  };
  await ok(['round', 'create', 'pace', '--start', '2026-01-01', '--end', '2026-05-01', '--cadence-days', '10', '--min-sessions', '4']);
  const people = ['name,email,role', 'Anna Arendt,anna@example.com,mentee', 'Bernd Bauer,bernd@example.com,mentee', 'Clara Chef,clara@example.com,mentee'];
  people.push('Mia Maier,mia@example.com,mentor', 'Max Meier,max@example.com,mentor', 'Nora Neumann,nora@example.com,mentor');
  await ok(['participant', 'import', writeTemp('p.csv', `${people.join('\n')}\n`), '--round', 'pace']);
  await ok(['pair', 'add', 'mia@example.com', 'anna@example.com', '--round', 'pace']);
  await ok(['pair', 'add', 'max@example.com', 'bernd@example.com', '--round', 'pace']);
  await ok(['pair', 'add', 'nora@example.com', 'clara@example.com', '--round', 'pace']);
  for (const [mentee, date] of [['anna', '2026-01-10'], ['anna', '2026-02-20'], ['bernd', '2026-02-10']] as const) {
    await ok(['session', 'log', '--round', 'pace', '--mentee', `${mentee}@example.com`, '--minutes', '60', '--date', date]);
  }
  return db;
}

async function report(db: string, asOf: string, args: string[] = []): Promise<string> {
  const result = await tandem(db, ['round', 'report', 'pace', '--as-of', asOf, ...args], { today: '2026-05-10' });
  expect(result.code, result.stderr).toBe(0);
  return result.stdout;
}

type Row = { mentee: { name: string }; stale: boolean; belowMinimum: boolean; sessionsNeeded: number | null };
const flags = (json: string) =>
  (JSON.parse(json).tandems as Row[]).map((x) => [x.mentee.name, x.stale, x.belowMinimum, x.sessionsNeeded]);

describe('round report: the minimum sessions and the cadence act (issue 14.2)', () => {
  it('json: nothing flagged before halfway; below minimum from halfway; the whole minimum after the end; stale after 1.5 × cadence', async () => {
    const db = await paceRound();
    const early = JSON.parse(await report(db, '2026-03-01', ['--json']));
    expect(early).toMatchObject({ staleDays: 15, minSessions: 4, sessionsExpected: null });
    expect(flags(await report(db, '2026-03-01', ['--json']))).toEqual([
      ['Anna Arendt', false, false, null],
      ['Bernd Bauer', true, false, null],
      ['Clara Chef', true, false, null],
    ]);
    const half = JSON.parse(await report(db, '2026-03-02', ['--json']));
    expect(half).toMatchObject({ staleDays: 15, minSessions: 4, sessionsExpected: 2 });
    expect(flags(await report(db, '2026-03-02', ['--json']))).toEqual([
      ['Anna Arendt', false, false, null],
      ['Bernd Bauer', true, true, 3],
      ['Clara Chef', true, true, 4],
    ]);
    expect(JSON.parse(await report(db, '2026-05-10', ['--json']))).toMatchObject({ round: { status: 'finished' }, sessionsExpected: 4 });
    expect(flags(await report(db, '2026-05-10', ['--json']))).toEqual([
      ['Anna Arendt', true, true, 2],
      ['Bernd Bauer', true, true, 3],
      ['Clara Chef', true, true, 4],
    ]);
  });

  it('--stale-days still overrides the cadence-based default', async () => {
    const db = await paceRound();
    const json = JSON.parse(await report(db, '2026-03-02', ['--json', '--stale-days', '25']));
    expect(json.staleDays).toBe(25);
    expect(flags(JSON.stringify(json))).toEqual([
      ['Anna Arendt', false, false, null],
      ['Bernd Bauer', false, true, 3],
      ['Clara Chef', true, true, 4],
    ]);
    const table = await report(db, '2026-03-02', ['--stale-days', '25']);
    expect(table).toContain('1 stale (no session for more than 25 days)');
  });

  it('csv: below_minimum and sessions_needed per tandem', async () => {
    const db = await paceRound();
    expect(await report(db, '2026-03-02', ['--format', 'csv'])).toBe(
      [
        'mentee_name,mentee_email,mentor_names,mentor_emails,sessions,minutes,last_session,stale,goals_set,goals_achieved,below_minimum,sessions_needed',
        'Anna Arendt,anna@example.com,Mia Maier,mia@example.com,2,120,2026-02-20,no,0,0,no,',
        'Bernd Bauer,bernd@example.com,Max Meier,max@example.com,1,60,2026-02-10,yes,0,0,yes,3',
        'Clara Chef,clara@example.com,Nora Neumann,nora@example.com,0,0,,yes,0,0,yes,4',
        '',
      ].join('\n'),
    );
    // Before halfway the columns stay, with nobody flagged.
    expect(await report(db, '2026-03-01', ['--format', 'csv'])).toContain('Clara Chef,clara@example.com,Nora Neumann,nora@example.com,0,0,,yes,0,0,no,\n');
  });

  it('table: the summary line and a "needs N more" column from halfway, in English and German', async () => {
    const db = await paceRound();
    const table = await report(db, '2026-03-02');
    expect(table).toContain('2 stale (no session for more than 15 days)');
    expect(table).toContain('2 below the minimum of 4 sessions (2 expected by now)');
    expect(table).toMatch(/│ Below minimum +│/);
    expect(table).toMatch(/│ Anna Arendt .*│ +│ +│$/m);
    expect(table).toMatch(/│ Bernd Bauer .*│ ⚠ stale │ needs 3 more +│$/m);
    expect(table).toMatch(/│ Clara Chef .*│ ⚠ stale │ needs 4 more +│$/m);
    const early = await report(db, '2026-03-01');
    expect(early).not.toContain('Below minimum');
    expect(early).not.toContain('below the minimum');
    const de = await report(db, '2026-03-02', ['--lang', 'de']);
    expect(de).toContain('2 unter dem Minimum von 4 Treffen (2 bis jetzt erwartet)');
    expect(de).toMatch(/│ Clara Chef .*│ ⚠ überfällig │ noch 4 nötig +│$/m);
  });

  it('on a colour terminal the stale and below-minimum marks are yellow in the table, not escaped text', async () => {
    const db = await paceRound();
    const result = await tandem(db, ['round', 'report', 'pace', '--as-of', '2026-05-10'], { today: '2026-05-10', tty: true, columns: 200 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('\u001b[33m⚠ stale\u001b[39m');
    expect(result.stdout).toMatch(/\u001b\[33mneeds \d more\u001b\[39m/);
    expect(result.stdout).not.toContain('\\u001b[33m');
  });

  it('md: the summary line and the column', async () => {
    const db = await paceRound();
    const md = await report(db, '2026-03-02', ['--format', 'md']);
    expect(md).toContain('2 stale (no session for more than 15 days)');
    expect(md).toContain('2 below the minimum of 4 sessions (2 expected by now)');
    expect(md).toMatch(/^\| Mentee \|.*\| Stale \| Below minimum \|$/m);
    expect(md).toMatch(/^\| Anna Arendt \|.*\| 0\/0 \| +\| +\|$/m);
    expect(md).toMatch(/^\| Bernd Bauer \|.*\| \*\*stale\*\* \| \*\*needs 3 more\*\* \|$/m);
    expect(md).toMatch(/^\| Clara Chef \|.*\| \*\*stale\*\* \| \*\*needs 4 more\*\* \|$/m);
    expect(await report(db, '2026-03-01', ['--format', 'md'])).not.toContain('Below minimum');
  });

  it('html: the summary line and the column', async () => {
    const db = await paceRound();
    const html = await report(db, '2026-03-02', ['--format', 'html']);
    expect(html).toContain('<p>2 below the minimum of 4 sessions (2 expected by now)</p>');
    expect(html).toContain('<p>2 stale (no session for more than 15 days)</p>');
    expect(html).toMatch(/<th[^>]*>Below minimum<\/th>/);
    expect(html.match(/<span class="below">needs \d more<\/span>/g)).toEqual(['<span class="below">needs 3 more</span>', '<span class="below">needs 4 more</span>']);
    expect(await report(db, '2026-03-01', ['--format', 'html'])).not.toContain('Below minimum');
  });
});

describe('round certificates state the sessions held and the minimum (issue 14.2)', () => {
  it('every participant gets one; each says whether the minimum of 4 was reached', async () => {
    const db = await paceRound();
    for (const date of ['2026-03-10', '2026-04-10']) {
      await tandem(db, ['session', 'log', '--round', 'pace', '--mentee', 'anna@example.com', '--minutes', '30', '--date', date], { today: '2026-05-10' });
    }
    const dir = tempDir();
    const result = await tandem(db, ['round', 'certificates', 'pace', '--role', 'mentee', '--out-dir', dir, '--json'], { today: '2026-05-10' });
    expect(result.code, result.stderr).toBe(0);
    const files = JSON.parse(result.stdout) as { name: string; file: string; sessions: number; minimumReached: boolean }[];
    expect(files.map((f) => [f.name, f.sessions, f.minimumReached])).toEqual([
      ['Anna Arendt', 4, true],
      ['Bernd Bauer', 1, false],
      ['Clara Chef', 0, false],
    ]);
    const html = (i: number) => readFileSync(files[i]!.file, 'utf8');
    expect(html(0)).toContain('<p data-minimum="reached">4 sessions held: the round’s minimum of 4 sessions was reached.</p>');
    expect(html(1)).toContain('<p data-minimum="missed">1 session held; the round’s minimum is 4 sessions.</p>');
    // Issue 15: no zero figure on a certificate; without sessions there is no minimum line (the JSON still says so).
    expect(html(2)).not.toContain('data-minimum');
    expect(html(2)).not.toContain('0 sessions');
    const de = await tandem(db, ['--lang', 'de', 'round', 'certificates', 'pace', '--out-dir', tempDir(), '--json'], { today: '2026-05-10' });
    const mentors = JSON.parse(de.stdout) as { name: string; file: string; minimumReached: boolean }[];
    expect(mentors.map((f) => [f.name, f.minimumReached])).toEqual([
      ['Max Meier', false],
      ['Mia Maier', true],
      ['Nora Neumann', false],
    ]);
    expect(readFileSync(mentors[1]!.file, 'utf8')).toContain('4 Treffen: das Minimum der Runde von 4 Treffen wurde erreicht.');
  });
});
