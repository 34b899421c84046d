import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/** One pair whose mentor's department holds the " / " that joins the two departments in the English sentence. */
async function round() {
  const db = tempDbPath();
  await tandem(db, ['round', 'create', 'R', '--start', '2026-01-15']);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,department,location,topics\n' +
      'Rita Research,rita@example.com,mentor,R&D / Ops,Köln,instagram\n' +
      'Sven Sales,sven@example.com,mentee,Sales,Hamburg,instagram\n',
  );
  expect((await tandem(db, ['participant', 'import', csv, '--round', 'R'])).code).toBe(0);
  const matched = await tandem(db, ['pair', 'match', '--round', 'R', '--yes', '--json']);
  expect(matched.code, matched.stderr).toBe(0);
  return { db, matched: JSON.parse(matched.stdout) as { pairs: { reasons: string[]; why: unknown[] }[] } };
}

const WHY = [
  { kind: 'topic', topic: 'instagram' },
  { kind: 'department', mentor: 'R&D / Ops', mentee: 'Sales' },
];
const REASONS = ['shared topic: instagram', 'different departments: R&D / Ops / Sales'];

describe('pair reasons as data: a department with " / " keeps both departments', () => {
  it('pair match and pair list --json: English reasons as before, why as data', async () => {
    const { db, matched } = await round();
    expect(matched.pairs[0]).toMatchObject({ reasons: REASONS, why: WHY });
    const list = JSON.parse((await tandem(db, ['pair', 'list', '--round', 'R', '--json'])).stdout);
    expect(list[0]).toMatchObject({ reasons: REASONS, why: WHY });
  });

  it('pair list table, in English and German', async () => {
    const { db } = await round();
    expect((await tandem(db, ['pair', 'list', '--round', 'R'])).stdout).toContain('different departments: R&D / Ops / Sales');
    expect((await tandem(db, ['--lang', 'de', 'pair', 'list', '--round', 'R'])).stdout).toContain('verschiedene Abteilungen: R&D / Ops / Sales');
  });

  it('round report: table, md, html and json', async () => {
    const { db } = await round();
    const table = await tandem(db, ['round', 'report', 'R']);
    expect(table.stdout).toContain('different departments: R&D / Ops / Sales');
    expect((await tandem(db, ['round', 'report', 'R', '--format', 'md'])).stdout).toContain(
      // Markdown output escapes HTML-significant characters, as for every other cell.
      '| Sven Sales | Rita Research | shared topic: instagram, different departments: R&amp;D / Ops / Sales |',
    );
    const out = join(tempDir(), 'r.html');
    expect((await tandem(db, ['round', 'report', 'R', '--format', 'html', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<td>shared topic: instagram, different departments: R&amp;D / Ops / Sales</td>');
    const json = JSON.parse((await tandem(db, ['round', 'report', 'R', '--json'])).stdout);
    expect(json.tandems[0].mentors).toEqual([{ name: 'Rita Research', email: 'rita@example.com', reasons: REASONS, why: WHY }]);
    const de = await tandem(db, ['--lang', 'de', 'round', 'report', 'R']);
    expect(de.stdout).toContain('gemeinsames Thema: instagram');
    expect(de.stdout).toContain('verschiedene Abteilungen: R&D / Ops / Sales');
  });

  it('person show --json carries both too', async () => {
    const { db } = await round();
    const data = JSON.parse((await tandem(db, ['person', 'show', 'rita@example.com', '--json'])).stdout);
    expect(data.pairs[0]).toMatchObject({ reasons: REASONS, why: WHY });
  });
});
