import { describe, expect, it } from 'vitest';
import type { Io } from '../../../../src/cli/io.js';
import { fitLine, fitWidths, renderTable } from '../../../../src/cli/render/table.js';
import { displayWidth } from '../../../../src/cli/render/bars.js';

const io = (bold: (s: string) => string = (s) => s): Io => ({ color: { bold } }) as unknown as Io;

describe('renderTable', () => {
  it('boxes the cells, a rule between rows, wide characters and line breaks accounted for', () => {
    expect(renderTable(io(), ['a', 'bb'], [['x\ny', 'Ä 漢字'], [null, 3]])).toBe(
      [
        '┌───┬────────┐',
        '│ a │ bb     │',
        '├───┼────────┤',
        '│ x │ Ä 漢字 │',
        '│ y │        │',
        '├───┼────────┤',
        '│   │ 3      │',
        '└───┴────────┘',
        '',
      ].join('\n'),
    );
  });

  it('colour codes in the header take no room', () => {
    const text = renderTable(io((s) => `\u001b[1m${s}\u001b[22m`), ['Name'], [['Anna Arendt']]);
    expect(text.split('\n')[1]).toBe('│ \u001b[1mName\u001b[22m        │');
  });

  it('on a terminal the table fits its width: the shrinking columns wrap, the others are cut with …, rows never wrap', () => {
    const narrow = { ...io(), fitWidth: 40 } as Io;
    const rows = [
      ['Anna Arendt <anna.arendt@example.com>', 'anna.arendt@example.com', 'shared topic: instagram\nsame location: Jülich'],
      ['Bo', 'b@example.com', 'ok'],
    ];
    const text = renderTable(narrow, ['Name', 'Email', 'Reasons'], rows, { shrink: [0, 2] });
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    // every line of the box is intact: it starts and ends with a border
    for (const line of lines) expect(line).toMatch(/^[┌│├└].*[┐│┤┘]$/);
    expect(text).toContain('Anna');
    expect(text).toContain('Arendt');
    // the email column is not a shrinking one: cut, not wrapped
    expect(text).toMatch(/anna\.ar[a-z.@]*…/);
    // off a terminal (no fitWidth) the same table keeps its natural width
    expect(renderTable(io(), ['Name', 'Email', 'Reasons'], rows).split('\n')[0]!.length).toBeGreaterThan(40);
  });

  it('fitWidths takes from the shrinking columns first, and its lines are the width asked for', () => {
    expect(fitWidths([30, 10, 30], 50, new Set([0, 2]), [0, 10, 0])).toEqual([15, 10, 15]);
    expect(fitWidths([30, 10, 30], 50, new Set([0, 2]))).toEqual([16, 8, 16]);
    expect(fitLine('shared topic: instagram', 10, true)).toEqual(['shared', 'topic:', 'instagram']);
    expect(fitLine('abcdefghijkl', 5, true)).toEqual(['abcde', 'fghij', 'kl']);
    expect(fitLine('abcdefghijkl', 5, false)).toEqual(['abcd…']);
    expect(fitLine('漢字漢字', 5, true)).toEqual(['漢字', '漢字']);
  });

  it('no rows: the header alone', () => {
    expect(renderTable(io(), ['a', 'bb'], [])).toBe('┌───┬────┐\n│ a │ bb │\n└───┴────┘\n');
  });

  it('time grows linearly with the rows: 10,000 rows within 15× of 1,000', () => {
    const rows = (n: number): string[][] =>
      Array.from({ length: n }, (_, i) => [`Person ${i}`, `person${i}@example.com`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, 'Jülich – IT']);
    const small = rows(1_000);
    const large = rows(10_000);
    // CPU time of this process (not the wall clock), so other work on the machine does not
    // count; the small case is rendered 10 times per sample to be long enough to measure.
    const cpu = (data: string[][], reps: number): number => {
      const start = process.cpuUsage();
      for (let r = 0; r < reps; r++) renderTable(io(), ['name', 'email', 'date', 'where'], data);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / reps;
    };
    cpu(large, 1); // warm-up: the optimising compiler
    // interleaved, so both sizes see the same conditions; the fastest sample of each counts
    let smallBest = Infinity;
    let largeBest = Infinity;
    for (let k = 0; k < 9; k++) {
      smallBest = Math.min(smallBest, cpu(small, 10));
      largeBest = Math.min(largeBest, cpu(large, 1));
    }
    const ratio = largeBest / smallBest;
    expect(ratio).toBeLessThan(15);
  });
});
