import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { buildReportFixture, withDb } from '../../helpers/round-fixture.js';
import { getRound } from '../../../src/db/rounds.js';
import { insertResponse, insertSurvey } from '../../../src/db/surveys.js';
import { STANDARD_QUESTIONS } from '../../../src/core/survey/questions.js';

const TODAY = '2026-04-15';
const AS_OF = ['--as-of', '2026-03-01'];

function fixture(): string {
  const db = tempDbPath();
  buildReportFixture(db);
  return db;
}

async function report(db: string, args: string[], options: { tty?: boolean; env?: Record<string, string> } = {}) {
  const result = await tandem(db, ['round', 'report', '2026', ...AS_OF, ...args], { today: TODAY, ...options });
  expect(result.code, result.stderr).toBe(0);
  return result;
}

describe('round report formats', () => {
  it('table: header with week x of y and a progress bar, counts, tandems with stale marks, topic bars, goals, highlights', async () => {
    const { stdout, stderr } = await report(fixture(), []);
    expect(stderr).toBe('');
    expect(stdout).not.toContain('\u001b[');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Round report 2026');
    expect(lines[1]).toBe('15 Jan 2026 – 15 Jul 2026 · running · week 7 of 26 · as of 1 Mar 2026');
    expect(lines[2]).toMatch(/^█{8}░{22} 27 %$/);
    expect(stdout).toMatch(/Unmatched mentors: 3/);
    expect(stdout).toMatch(/Hours: +5\.5\n/);
    expect(stdout).toContain('2 stale (no session for more than 21 days)');
    expect(stdout).toMatch(/│ Anna Arendt .*│ 24 Feb 2026 .*│ 1\/3 .*│ +│/);
    expect(stdout).toMatch(/│ Bernd Bauer .*│ – .*│ ⚠ stale │/);
    expect(stdout).toMatch(/│ Clara Chef .*│ Max Meier, Nora Neumann .*│ ⚠ stale │/);
    expect(stdout).toMatch(/^instagram +3 █+$/m);
    expect(stdout).toMatch(/^stories +1 █+[▏▎▍▌▋▊▉]?$/m);
    expect(stdout).toContain('3 of 6 goals achieved');
    expect(stdout).toContain('✓ 15 Feb 2026  Dora Direktor: Build a homepage');
    expect(stdout.indexOf('LinkedIn profile live')).toBeLessThan(stdout.indexOf('Anna posted her first story'));
  });

  it('table: colour only on a terminal', async () => {
    const { stdout } = await report(fixture(), [], { tty: true });
    expect(stdout).toContain('\u001b[');
    const plain = await report(fixture(), [], { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  it('table in German: labels and dates', async () => {
    const { stdout } = await report(fixture(), ['--lang', 'de']);
    expect(stdout).toContain('Rundenbericht 2026');
    expect(stdout).toContain('15.01.2026 – 15.07.2026 · läuft · Woche 7 von 26 · Stand 01.03.2026');
    expect(stdout).toContain('überfällig');
    expect(stdout).toContain('3 von 6 Zielen erreicht');
  });

  it('md: headings and GFM tables', async () => {
    const { stdout } = await report(fixture(), ['--format', 'md']);
    expect(stdout).toContain('# Round report 2026\n\n15 Jan 2026 – 15 Jul 2026 · running · week 7 of 26 · as of 1 Mar 2026 (27 %)\n');
    expect(stdout).toContain(
      [
        '| Mentee | Mentors | Reasons | Sessions | Minutes | Last session | Goals achieved | Stale |',
        '| --- | --- | --- | ---: | ---: | --- | --- | --- |',
        '| Anna Arendt | Mia Maier |   | 3 | 135 | 24 Feb 2026 | 1/3 |   |',
        '| Bernd Bauer | Gustav Gans |   | 0 | 0 | – | 0/1 | **stale** |',
        '| Clara Chef | Max Meier, Nora Neumann |   | 2 | 150 | 5 Feb 2026 | 1/1 | **stale** |',
      ].join('\n'),
    );
    expect(stdout).toContain('| instagram | 3 |');
    expect(stdout).toContain('- 15 Feb 2026: Dora Direktor – Build a homepage');
    expect(stdout).toContain('- 24 Feb 2026: LinkedIn profile live');
  });

  it('csv: the tandem table, ISO dates', async () => {
    const { stdout } = await report(fixture(), ['--format', 'csv']);
    expect(stdout).toBe(
      [
        'mentee_name,mentee_email,mentor_names,mentor_emails,sessions,minutes,last_session,stale,goals_set,goals_achieved,below_minimum,sessions_needed',
        'Anna Arendt,anna@example.com,Mia Maier,mia@example.com,3,135,2026-02-24,no,3,1,no,',
        'Bernd Bauer,bernd@example.com,Gustav Gans,gustav@example.com,0,0,,yes,1,0,no,',
        'Clara Chef,clara@example.com,"Max Meier; Nora Neumann","max@example.com; nora@example.com",2,150,2026-02-05,yes,1,1,no,',
        '',
      ].join('\n'),
    );
  });

  it('csv --stale-only: a mail-merge list of the stale tandems', async () => {
    const { stdout } = await report(fixture(), ['--format', 'csv', '--stale-only']);
    expect(stdout).toBe(
      [
        'mentee_name,mentee_email,mentor_names,mentor_emails,last_session,sessions',
        'Bernd Bauer,bernd@example.com,Gustav Gans,gustav@example.com,,0',
        'Clara Chef,clara@example.com,"Max Meier; Nora Neumann","max@example.com; nora@example.com",2026-02-05,2',
        '',
      ].join('\n'),
    );
  });

  it('html: one self-contained page with CSP, charts with one bar per week, tandem and topic, and the tandem table', async () => {
    const { stdout: html } = await report(fixture(), ['--format', 'html']);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|@import/i);
    const chart = (id: string) => html.match(new RegExp(`<svg class="chart" data-chart="${id}"[\\s\\S]*?</svg>`))![0];
    expect(chart('sessions-per-week').match(/<rect class="bar"/g)).toHaveLength(26);
    expect(chart('minutes-per-tandem').match(/<rect class="bar"/g)).toHaveLength(3);
    expect(chart('topics').match(/<rect class="bar"/g)).toHaveLength(5);
    // Weeks 1–7 as of 1 March: 20 Jan (week 1), 25 Jan (2), 1 Feb (3), 5 Feb (4), 10 Feb (4), 24 Feb (6).
    const weekly = [...chart('sessions-per-week').matchAll(/data-value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(weekly.slice(0, 8)).toEqual([1, 1, 1, 2, 0, 1, 0, 0]);
    expect(weekly.reduce((a, b) => a + b, 0)).toBe(6);
    expect(html.match(/<tr class="(stale|tandem)">/g)).toHaveLength(3);
    expect(html.match(/<tr class="stale">/g)).toHaveLength(2);
    expect(html).toContain('@page{size:A4');
  });

  it('--out writes the file atomically with mode 0600, replacing an older report, and prints nothing on stdout', async () => {
    const db = fixture();
    const dir = tempDir();
    const out = join(dir, 'report.html');
    writeFileSync(out, 'last week', { mode: 0o644 });
    const result = await report(db, ['--format', 'html', '--out', out]);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['report.html']);
    const json = join(dir, 'report.json');
    writeFileSync(json, '{}', { mode: 0o644 });
    const quiet = await report(db, ['--format', 'json', '--out', json, '-q']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(json, 'utf8')).asOf).toBe('2026-03-01');
    expect(statSync(json).mode & 0o777).toBe(0o600);
  });

  it('--format table --out writes a table without colour codes even from a terminal', async () => {
    const out = join(tempDir(), 'report.txt');
    const result = await report(fixture(), ['--format', 'table', '--out', out], { tty: true });
    expect(result.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Round report 2026');
    expect(text).not.toContain('\u001b[');
  });

  it.each([
    ['a folder that does not exist', (dir: string) => join(dir, 'missing', 'r.html'), 'tandem: error: cannot write {out}: the folder {dir}/missing does not exist'],
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'sub')), join(dir, 'sub')), 'tandem: error: --out {out} is a folder; name a file'],
  ])('--out to %s is exit 2 and writes nothing', async (_, target, message) => {
    const dir = tempDir();
    const out = target(dir);
    const result = await tandem(fixture(), ['round', 'report', '2026', '--out', out], { today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message.replace('{out}', out).replace('{dir}', dir));
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('includes the survey summary when the round has a survey, under the confidentiality rules', async () => {
    const db = fixture();
    withDb(db, (d) => {
      const survey = insertSurvey(d, getRound(d, '2026'), 'final', STANDARD_QUESTIONS);
      for (let i = 0; i < 6; i++) insertResponse(d, survey.id, { role: 'mentee', answers: { recommend: i < 5, nps: 9 } });
      for (let i = 0; i < 2; i++) insertResponse(d, survey.id, { role: 'mentor', answers: { recommend: true, nps: 5 } });
    });
    const json = JSON.parse((await report(db, ['--json'])).stdout);
    expect(json.survey).toMatchObject({
      survey: 'final',
      minGroup: 5,
      groups: {
        all: { n: 8, suppressed: false, recommendPercent: 88, nps: 50 },
        mentor: { n: null, suppressed: true },
        mentee: { n: null, suppressed: true },
      },
    });
    const table = (await report(db, [])).stdout;
    expect(table).toContain('Survey "final"');
    expect(table).toContain('suppressed: not shown to protect groups of fewer than 5 responses');
    const html = (await report(db, ['--format', 'html'])).stdout;
    expect(html).toContain('<section id="survey">');
  });
});
