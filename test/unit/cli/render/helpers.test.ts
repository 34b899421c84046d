import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, displayWidth, hbar, progressBar, terminalText } from '../../../../src/cli/render/bars.js';
import { csvCell, csvDocument } from '../../../../src/cli/render/csv.js';
import { columnChart, escapeHtml, horizontalBarChart, htmlPage, truncate } from '../../../../src/cli/render/html.js';
import { mdCell, mdTable, mdText } from '../../../../src/cli/render/markdown.js';

describe('escapeHtml', () => {
  it.each([
    ['<a href="x">', '&lt;a href=&quot;x&quot;&gt;'],
    ["it's & co", 'it&#39;s &amp; co'],
    ['a\u0000b\u001bc', 'a\ufffdb\ufffdc'],
    [null, ''],
    [42, '42'],
  ])('%j → %j', (input, output) => expect(escapeHtml(input)).toBe(output));

  it('property: the output never holds a markup character', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });
});

describe('htmlPage', () => {
  it('has the CSP meta tag, the language and no script', () => {
    const page = htmlPage('T <x>', '<p>b</p>', 'de');
    expect(page).toContain('<html lang="de">');
    expect(page).toContain(`content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"`);
    expect(page).toContain('<title>T &lt;x&gt;</title>');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('charts', () => {
  it('draw one rect.bar per value, zero-height ones included, labels escaped', () => {
    const svg = columnChart([{ label: '1', value: 0 }, { label: '<2>', value: 3 }], { id: 'c', title: 'T' });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg).toContain('&lt;2&gt;');
    const h = horizontalBarChart([{ label: '"><svg onload=x>', value: 2 }], { id: 'h', title: 'T' });
    expect(h.match(/<rect class="bar"/g)).toHaveLength(1);
    expect(h).not.toContain('<svg onload');
  });

  it('truncate cuts by code point, never inside an emoji', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+49 170', "'+49 170"],
    ['-x', "'-x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', `'\t=1`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a,b', '"a,b"'],
    ['a;b', '"a;b"'],
    ['two\nlines', '"two\nlines"'],
    [' padded', '" padded"'],
    ['plain', 'plain'],
    [-5, '-5'],
    [null, ''],
  ])('%j → %j', (input, output) => expect(csvCell(input)).toBe(output));

  it('csvDocument ends every line with \\n', () => {
    expect(csvDocument(['a', 'b'], [[1, 'x']])).toBe('a,b\n1,x\n');
  });
});

describe('markdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['*x* _y_ `z` [l](u) ~s~', '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~'],
    ['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['a\nb', 'a b'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['15.01.2026 – 15.07.2026', '15.01.2026 – 15.07.2026'],
    ['#hashtag', '#hashtag'],
    ['-2+3', '-2+3'],
  ])('mdText(%j) = %j', (input, output) => expect(mdText(input)).toBe(output));

  it('mdCell keeps line breaks as <br> and does not escape numbers', () => {
    expect(mdCell('a\r\nb|c')).toBe('a<br>b\\|c');
    expect(mdCell(3.5)).toBe('3.5');
  });

  it('property: a table row has as many cells as the header, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), (cells) => {
        const table = mdTable([{ label: 'a' }, { label: 'b' }, { label: 'c', numeric: true }], [cells]);
        const lines = table.trimEnd().split('\n');
        expect(lines).toHaveLength(3);
        const count = (line: string) => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
        expect(count(lines[2]!)).toBe(count(lines[0]!));
      }),
    );
  });
});

describe('terminal bars', () => {
  it('hbar and progressBar', () => {
    expect(hbar(5, 10, 4)).toBe('██');
    expect(hbar(1, 8, 1)).toBe('▏');
    expect(hbar(0, 10, 4)).toBe('');
    expect(progressBar(0.5, 4)).toBe('██░░');
    expect(progressBar(2, 4)).toBe('████');
  });

  it('barChart aligns labels by display width (emoji count two)', () => {
    const chart = barChart([{ label: '😀', value: 2 }, { label: 'ab', value: 1 }], { width: 30 });
    const [a, b] = chart.trimEnd().split('\n');
    expect(displayWidth(a!.split('█')[0]!)).toBe(displayWidth(b!.split('█')[0]!));
  });

  it('terminalText replaces control characters', () => {
    expect(terminalText('a\u001b[31mb\u0007')).toBe('a?[31mb?');
  });
});
