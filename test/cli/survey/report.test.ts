import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { FIXTURE_23, importCsv, rolesCsv, withSurvey } from './helpers.js';

const FORMATS = ['json', 'md', 'html', 'csv', 'table'] as const;

/** The report in every format, plain and (for the table) as a colour terminal would get it. */
async function allFormats(db: string, extra: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const format of FORMATS) {
    const result = await tandem(db, ['survey', 'report', '--round', '2026', '--format', format, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    out[format] = result.stdout;
  }
  const tty = await tandem(db, ['survey', 'report', '--round', '2026', ...extra], { tty: true });
  expect(tty.code).toBe(0);
  out.tty = tty.stdout;
  return out;
}

describe('survey report: confidentiality in every format', () => {
  it('4 mentors + 12 mentees: overall figures shown; neither role, nor any text of either role, in any format', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await importCsv(db, rolesCsv(4, 12));
    const outputs = await allFormats(db);
    for (const [format, text] of Object.entries(outputs)) {
      expect(text, format).not.toMatch(/MENTOR-TEXT/);
      expect(text, format).not.toMatch(/MENTEE-TEXT/);
    }
    const json = JSON.parse(outputs.json!);
    // Both roles alike: one reason, one note, nothing tells which role is the small one.
    const hidden = { n: null, suppressed: true, reason: 'min-group', note: 'suppressed: not shown to protect groups of fewer than 5 responses', questions: {} };
    expect(json.groups.mentor).toEqual(hidden);
    expect(json.groups.mentee).toEqual(hidden);
    expect(json.groups.all).toMatchObject({ n: 16, suppressed: false });
    expect(json.groups.all.questions.highlight).toEqual({ n: 16, withheld: true, note: 'withheld: fewer than 5 responses in a role' });
    // rolesCsv: mentors 0–3 and mentees 0–11 answer yes on even numbers: 2 + 6 of 16.
    expect(json.groups.all.questions.recommend).toEqual({ n: 16, yesPercent: 50 });

    // The overall group is shown in every human format, with the withheld note and both suppression notes.
    for (const format of ['md', 'html', 'table', 'tty'] as const) {
      const text = outputs[format]!;
      expect(text, format).toContain('Overall · 16 responses');
      expect(text, format).toContain('50% yes');
      expect(text, format).toContain('withheld: fewer than 5 responses in a role');
      expect(text.split('suppressed: not shown to protect groups of fewer than 5 responses').length - 1, format).toBe(2);
      expect(text, format).not.toContain('Mentors ·'); // a suppressed group shows no count
    }
    expect(outputs.csv).toContain('all,,n,16\n');
    expect(outputs.csv).toContain('all,highlight,withheld,withheld: fewer than 5 responses in a role\n');
    expect(outputs.csv).toContain('mentor,,suppressed,suppressed: not shown to protect groups of fewer than 5 responses\n');
    expect(outputs.csv).toContain('mentee,,suppressed,suppressed: not shown to protect groups of fewer than 5 responses\n');
    expect(outputs.csv).not.toMatch(/^(mentor|mentee),[a-z]/m);
  });

  it('3 mentors + 3 mentees at --min-group 7: only suppression notes, in every format', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await importCsv(db, rolesCsv(3, 3));
    const outputs = await allFormats(db, ['--min-group', '7']);
    const tooFew = { n: null, suppressed: true, reason: 'min-group', note: 'suppressed: not shown to protect groups of fewer than 7 responses', questions: {} };
    expect(JSON.parse(outputs.json!)).toEqual({ survey: 'final', minGroup: 7, groups: { all: tooFew, mentor: tooFew, mentee: tooFew } });
    expect(outputs.csv).toBe(
      'group,question,figure,value\n' +
        'all,,suppressed,suppressed: not shown to protect groups of fewer than 7 responses\n' +
        'mentor,,suppressed,suppressed: not shown to protect groups of fewer than 7 responses\n' +
        'mentee,,suppressed,suppressed: not shown to protect groups of fewer than 7 responses\n',
    );
    for (const format of ['md', 'html', 'table', 'tty'] as const) {
      const text = outputs[format]!;
      expect(text.match(/suppressed: not shown to protect groups of fewer than 7 responses/g), format).toHaveLength(3);
      // No question, no figure, no text, no count.
      expect(text, format).not.toMatch(/Would you recommend|NPS|mean|TEXT|· \d+ responses?\b|n = /);
    }
    expect(outputs.table).toBe(
      [
        'Survey "final" · round 2026',
        'Groups with fewer than 7 responses are not shown.',
        '',
        'Overall',
        '  suppressed: not shown to protect groups of fewer than 7 responses',
        '',
        'Mentors',
        '  suppressed: not shown to protect groups of fewer than 7 responses',
        '',
        'Mentees',
        '  suppressed: not shown to protect groups of fewer than 7 responses',
        '',
      ].join('\n'),
    );
  });

  it('3 mentors + 3 mentees at the default 5: overall figures, texts withheld, both roles suppressed', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await importCsv(db, rolesCsv(3, 3));
    const outputs = await allFormats(db);
    for (const text of Object.values(outputs)) expect(text).not.toMatch(/TEXT-/);
    const json = JSON.parse(outputs.json!);
    expect(json.groups.all).toMatchObject({ n: 6, suppressed: false });
    expect(json.groups.all.questions.highlight).toEqual({ n: 6, withheld: true, note: 'withheld: fewer than 5 responses in a role' });
    expect(json.groups.mentor.suppressed && json.groups.mentee.suppressed).toBe(true);
  });

  it('a survey without responses: every group suppressed', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const result = await tandem(db, ['survey', 'report', '--round', '2026', '--json']);
    expect(Object.values(JSON.parse(result.stdout).groups).map((g) => (g as { suppressed: boolean }).suppressed)).toEqual([true, true, true]);
  });

  it.each([
    ['2', 'tandem: error: --min-group must be a whole number of at least 3: smaller groups could recognise each other\n'],
    ['0', 'tandem: error: --min-group must be a whole number of at least 3: smaller groups could recognise each other\n'],
    ['-4', null],
    ['4.5', 'tandem: error: --min-group must be a whole number of at least 3: smaller groups could recognise each other\n'],
    ['five', 'tandem: error: --min-group must be a whole number of at least 3: smaller groups could recognise each other\n'],
  ])('--min-group %s exits 2 and changes nothing', async (value, stderr) => {
    const db = tempDbPath();
    await withSurvey(db);
    await importCsv(db, rolesCsv(5, 5));
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'report', '--round', '2026', `--min-group=${value}`, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    if (stderr) expect(result.stderr).toBe(stderr);
    expect(snapshot(db)).toEqual(before);
  });

  it('--min-group 10 hides the 9 mentors of the fixture, and with them the mentees', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const json = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--min-group', '10', '--json'])).stdout);
    expect(json.minGroup).toBe(10);
    expect(json.groups.mentor.reason).toBe('min-group');
    expect(json.groups.mentee.reason).toBe('min-group');
    expect(json.groups.all.questions.nps).toEqual({ n: 21, score: 29, promoters: 11, passives: 5, detractors: 5 });
    expect(JSON.stringify(json)).not.toContain('Instagram');
  });
});

describe('survey report: formats and output', () => {
  it('--json is --format json; both together must agree', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const viaJson = await tandem(db, ['survey', 'report', '--round', '2026', '--json']);
    const viaFormat = await tandem(db, ['survey', 'report', '--round', '2026', '--format', 'json']);
    const both = await tandem(db, ['--json', 'survey', 'report', '--round', '2026', '--format', 'json']);
    expect(viaJson.stdout).toBe(viaFormat.stdout);
    expect(both.stdout).toBe(viaFormat.stdout);
    const conflict = await tandem(db, ['survey', 'report', '--round', '2026', '--json', '--format', 'md']);
    expect(conflict).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tandem: error: --json and --format md contradict each other; give one of them\n',
    });
    const unknown = await tandem(db, ['survey', 'report', '--round', '2026', '--format', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('tandem: error: unknown format "pdf" (expected table, md, html, json, csv, xlsx)\n');
  });

  it('--out writes the file atomically with mode 0600, the format taken from its extension', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const dir = tempDir();
    for (const [file, starts, format] of [
      ['survey.html', '<!doctype html>'],
      ['survey.md', '# Survey "final" · round 2026'],
      ['survey.csv', 'group,question,figure,value'],
      ['survey.json', '{\n  "survey": "final"'],
      // A plain table is written only when asked for by name: `.txt` alone names no format.
      ['survey.txt', 'Survey "final" · round 2026', 'table'],
    ] as const) {
      const path = join(dir, file);
      const result = await tandem(db, ['survey', 'report', '--round', '2026', '--out', path, ...(format ? ['--format', format] : [])], { tty: true });
      expect(result).toEqual({ code: 0, stdout: '', stderr: `wrote ${path}\n` });
      expect(readFileSync(path, 'utf8').startsWith(starts), file).toBe(true);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      // A file never gets colour, even from a colour terminal.
      expect(readFileSync(path, 'utf8')).not.toContain('\u001b[');
    }
    expect(readdirSync(dir).sort()).toEqual(['survey.csv', 'survey.html', 'survey.json', 'survey.md', 'survey.txt']);
    // Overwrites an older report in place.
    const again = join(dir, 'survey.html');
    await tandem(db, ['survey', 'report', '--round', '2026', '--out', again, '--min-group', '10']);
    expect(readFileSync(again, 'utf8')).toContain('fewer than 10 responses');
  });

  it('--out into a missing folder fails with exit 2 and leaves nothing behind', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const path = join(tempDir(), 'missing', 'survey.html');
    const result = await tandem(db, ['survey', 'report', '--round', '2026', '--out', path]);
    expect(result.code).toBe(2);
    expect(existsSync(dirname(path))).toBe(false);
  });

  it('colour only on a terminal, and never with --no-color', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const plain = await tandem(db, ['survey', 'report', '--round', '2026']);
    const tty = await tandem(db, ['survey', 'report', '--round', '2026'], { tty: true });
    const noColor = await tandem(db, ['survey', 'report', '--round', '2026', '--no-color'], { tty: true });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(tty.stdout).toContain('\u001b[');
    expect(noColor.stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain('  Would you recommend the programme? (n = 20)  80% yes\n    yes  80% ████████████████████████████████\n    no   20% ████████\n');
  });

  it('escapes hostile text in every format: no markup, no formula, no terminal escape', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const hostile = [
      '<script>alert(1)</script>',
      '=HYPERLINK("http://evil.example","click")',
      '@SUM(A1)',
      '+1 555 0100',
      '**bold** | pipe [link](http://x)',
      '"\u001b[31mred\u001b[0m"',
    ];
    // Each text once per role: with 6 answers in each role the texts are shown (issue 12: per question's n).
    const rows = ['role,highlight', ...hostile.flatMap((text) => ['mentor', 'mentee'].map((role) => `${role},"${text.replace(/"/g, '""')}"`))];
    for (let i = 0; i < 10; i++) rows.push(`${i % 2 ? 'mentor' : 'mentee'},`);
    await importCsv(db, `${rows.join('\n')}\n`);
    const out = await allFormats(db);
    expect(JSON.parse(out.json!).groups.all.questions.highlight.answers).toHaveLength(12);

    expect(out.html).not.toContain('<script');
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    expect(out.html).not.toMatch(/src=|href=|@import|url\(/);

    expect(out.md).toContain('- &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.md).toContain('- \\*\\*bold\\*\\* \\| pipe \\[link\\](http://x)');

    expect(out.csv).toContain(`all,highlight,answer,"'=HYPERLINK(""http://evil.example"",""click"")"\n`);
    expect(out.csv).toContain(`all,highlight,answer,'@SUM(A1)\n`);
    expect(out.csv).toContain(`all,highlight,answer,'+1 555 0100\n`);
    expect(out.csv).not.toMatch(/,=|,@|,\+/);

    for (const format of ['table', 'tty', 'md', 'html', 'csv'] as const) expect(out[format], format).not.toContain('\u001b[31m');
    expect(out.table).toContain('    • "?[31mred?[0m"');
  });

  it('speaks German with --lang de: labels, question texts, numbers', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    await tandem(db, ['survey', 'import', FIXTURE_23, '--round', '2026']);
    const md = await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026', '--format', 'md']);
    expect(md.stdout).toContain('# Umfrage „final“ · Runde 2026');
    expect(md.stdout).toContain('## Gesamt · 23 Antworten');
    expect(md.stdout).toContain('| Würden Sie das Programm weiterempfehlen? | 20 | 80 % ja | ja: 80 % · nein: 20 % |');
    expect(md.stdout).toContain('| Wie zufrieden sind Sie mit Ihrem Tandem? | 21 | Mittelwert 3,9 |');
    const html = await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026', '--format', 'html']);
    expect(html.stdout).toContain('<html lang="de">');
    // JSON and CSV stay language-neutral.
    const json = await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026', '--json']);
    expect(JSON.parse(json.stdout).groups.all.questions.satisfaction.mean).toBe(3.9);
  });

  it('an unknown survey exits 1 with a hint to create it; an unknown round exits 1', async () => {
    const db = tempDbPath();
    await withSurvey(db, 'midpoint');
    const none = await tandem(db, ['survey', 'report', '--round', '2026']);
    expect(none).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tandem: error: round 2026 has no survey named "final"\nhint: surveys of this round: midpoint; choose one with --name\n',
    });
    const round = await tandem(db, ['survey', 'report', '--round', '2030']);
    expect(round.code).toBe(1);
    expect(round.stderr).toContain('unknown round "2030"');
  });
});
