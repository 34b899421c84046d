import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';

/** Hostile and unusual text, entered as names, topics, notes, highlights and goals. */
export const CORPUS = [
  '<script>alert("x")</script>',
  '"><img src=x onerror=alert(1)>',
  '</style><b>bold</b>',
  "' onmouseover='alert(1)",
  'مريم العربية',
  'שרה כהן',
  '👩‍💻 Emoji 🎉',
  '=HYPERLINK("http://evil.example/","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd|calc',
  'pipe | in | text',
  'line one\nline two',
  '**bold** _it_ [link](http://evil.example/) `code`',
  '# heading',
];

/** One tandem per corpus entry: mentee and mentor named after it, a session with it as topic, note and highlight, and a goal. */
function corpusRound(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    const b = new RoundBuilder(d);
    CORPUS.forEach((text, i) => {
      b.person(`mentor${i}`, text, 'mentor').person(`mentee${i}`, text, 'mentee').pair(`mentor${i}`, `mentee${i}`);
      // Only ten highlights are shown: the first ten get a recent one.
      b.session(`mentee${i}`, [`mentor${i}`], `2026-02-${String(10 + i).padStart(2, '0')}`, 30 + i, {
        topics: [text.toLowerCase()],
        note: text,
        highlight: text,
      });
      b.goal(`mentee${i}`, text, '2026-02-01', text.toLowerCase());
    });
  });
  return db;
}

async function report(db: string, format: string, extra: string[] = []): Promise<string> {
  const result = await tandem(db, ['round', 'report', '2026', '--format', format, ...extra]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('round report escapes every user-supplied text', () => {
  it('html: no corpus text appears unescaped; no tag, attribute or resource comes from the data', async () => {
    const html = await report(corpusRound(), 'html');
    for (const text of CORPUS) {
      if (/[<>"'&]/.test(text)) expect(html, text).not.toContain(text);
    }
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>/);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    // No attribute that could load something; the only URL is the SVG namespace.
    expect(html).not.toMatch(/<[^>]+\s(src|href|action|formaction)=/i);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/<[^>]*(https?:|url\()/i);
    // The escaped forms are there: the text is shown, not interpreted.
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<bdi>مريم العربية</bdi>');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">');
  });

  it('html: no tag has an event handler attribute', async () => {
    const html = await report(corpusRound(), 'html');
    const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(50);
    for (const tag of tags) expect(tag, tag).not.toMatch(/\son\w+\s*=/i);
  });

  it('csv: every cell a spreadsheet would read as a formula starts with a quote', async () => {
    const csv = await report(corpusRound(), 'csv');
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual(['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'sessions', 'minutes', 'last_session', 'stale', 'goals_set', 'goals_achieved', 'below_minimum', 'sessions_needed']);
    expect(rows).toHaveLength(CORPUS.length + 1);
    for (const row of rows) for (const cell of row) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    const names = rows.map((r) => r[0]);
    expect(names).toContain(`'=HYPERLINK("http://evil.example/","click")`);
    expect(names).toContain(`'+SUM(1,2)`);
    expect(names).toContain(`'-2+3`);
    expect(names).toContain(`'@cmd|calc`);
    expect(names).toContain('line one\nline two');
  });

  it('csv --stale-only: the mail-merge list is escaped too', async () => {
    const csv = await report(corpusRound(), 'csv', ['--stale-only', '--stale-days', '0']);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual(['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'last_session', 'sessions']);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('md: tables keep their columns whatever the text holds; no raw HTML or markup', async () => {
    const md = await report(corpusRound(), 'md');
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    // A table cell ends at a `|` that is not escaped.
    const columns = (line: string) => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
    for (const table of tables) {
      const lines = table.split('\n');
      for (const line of lines) expect(columns(line), line).toBe(columns(lines[0]!));
    }
    const tandemTable = tables.find((t) => t.startsWith('| Mentee'))!;
    expect(tandemTable.split('\n')).toHaveLength(CORPUS.length + 2);
    expect(md).toContain('line one<br>line two');
    expect(md).not.toMatch(/<(?!br>)[a-z/]/i);
    expect(md).toContain('\\*\\*bold\\*\\* \\_it\\_ \\[link\\](http://evil.example/) \\`code\\`');
    expect(md).toContain('pipe \\| in \\| text');
  });

  it('table (terminal): control characters cannot reach the terminal', async () => {
    const db = tempDbPath();
    withDb(db, (d) => {
      new RoundBuilder(d).person('m', 'Evil \u001b[2J\u001b]0;pwned\u0007 Name', 'mentor').person('e', 'Mentee', 'mentee').pair('m', 'e');
    });
    const table = await report(db, 'table');
    expect(table).not.toContain('\u001b');
    expect(table).toContain('Evil ?[2J?]0;pwned? Name');
  });
});
