import { describe, expect, it } from 'vitest';
import type { Io } from '../../../../src/cli/io.js';
import { renderTable } from '../../../../src/cli/render/table.js';

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
