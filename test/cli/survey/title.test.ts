import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { SCHEMA_VERSION } from '../../../src/db/schema.js';
import { withRound } from '../../helpers/fixtures.js';
import { allSkipped, importCsv, rolesCsv } from './helpers.js';

const TITLE = 'Abschlussbefragung 2026';

/** Round 2026 with survey `final` titled "Abschlussbefragung 2026" and 12 responses. */
async function withTitledSurvey(db: string): Promise<void> {
  await withRound(db);
  const created = await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'final', '--title', `  ${TITLE} `]);
  expect(created.code, created.stderr).toBe(0);
  expect(created.stderr).toContain(`created survey "${TITLE}" of round 2026 with 6 questions\n`);
  // The next-step commands keep the name: it is what --name takes.
  expect(created.stderr).toContain('--name final --role mentee');
  await importCsv(db, rolesCsv(6, 6));
}

/** Issue 15: a survey shows its title, not its id, where one is set; the name stays the identifier. */
describe('survey title', () => {
  it('survey list shows the title beside the name; --json adds "title" (null where none is set)', async () => {
    const db = tempDbPath();
    await withTitledSurvey(db);
    expect((await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'midpoint'])).code).toBe(0);
    const json = JSON.parse((await tandem(db, ['survey', 'list', '--round', '2026', '--json'])).stdout);
    expect(json.map((s: { name: string; title: string | null }) => [s.name, s.title])).toEqual([
      ['final', TITLE],
      ['midpoint', null],
    ]);
    const table = (await tandem(db, ['--lang', 'de', 'survey', 'list', '--round', '2026'])).stdout;
    expect(table).toMatch(/│ Umfrage +│ Titel +│ Art/);
    expect(table).toMatch(new RegExp(`│ final +│ ${TITLE} +│ Standard`));
    expect(table).toMatch(/│ midpoint +│ – +│/);
  });

  it('survey report headings name the title in every format and language; JSON keeps "survey" and adds "title"', async () => {
    const db = tempDbPath();
    await withTitledSurvey(db);
    for (const [lang, round] of [['en', 'round'], ['de', 'Runde']] as const) {
      for (const [format, heading] of [['table', `${TITLE} · ${round} 2026`], ['md', `# ${TITLE} · ${round} 2026`], ['html', `<h1>${TITLE} · ${round} 2026</h1>`]] as const) {
        const out = (await tandem(db, ['--lang', lang, 'survey', 'report', '--round', '2026', '--format', format])).stdout;
        expect(out, `${lang} ${format}`).toContain(heading);
        expect(out, `${lang} ${format}`).not.toMatch(/Survey "?final|Umfrage „?final/);
      }
    }
    const json = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect(Object.keys(json).slice(0, 3)).toEqual(['survey', 'title', 'minGroup']);
    expect(json).toMatchObject({ survey: 'final', title: TITLE, minGroup: 5 });
  });

  it('the round report names the survey section by its title', async () => {
    const db = tempDbPath();
    await withTitledSurvey(db);
    const en = await tandem(db, ['round', 'report', '2026']);
    expect(en.stdout).toMatch(new RegExp(`^${TITLE}$`, 'm'));
    expect(en.stdout).not.toContain('Survey "');
    const de = await tandem(db, ['--lang', 'de', 'round', 'report', '2026', '--format', 'md']);
    expect(de.stdout).toContain(`## ${TITLE}\n`);
    expect(JSON.parse((await tandem(db, ['round', 'report', '2026', '--json'])).stdout).survey).toMatchObject({ survey: 'final', title: TITLE });
  });

  it('survey respond introduces the survey by its title; survey import and close name it too', async () => {
    const db = tempDbPath();
    await withTitledSurvey(db);
    const respond = await tandem(db, ['--lang', 'de', 'survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script: allSkipped() });
    expect(respond.code, respond.stderr).toBe(0);
    expect(respond.stderr).toContain(`Umfrage „${TITLE}“ der Runde 2026: 6 Fragen.`);
    const closed = await tandem(db, ['--lang', 'de', 'survey', 'close', '--round', '2026']);
    expect(closed.stderr).toBe(`Umfrage „${TITLE}“ der Runde 2026 geschlossen: keine weiteren Antworten\n`);
  });

  it('without a title the name is shown, quoted as a name', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect((await tandem(db, ['--lang', 'de', 'survey', 'create', '--round', '2026'])).stderr).toContain('Umfrage „final“ der Runde 2026 mit 6 Fragen angelegt');
    await importCsv(db, rolesCsv(6, 6));
    expect((await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026'])).stdout).toContain('Umfrage „final“ · Runde 2026');
    const json = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect('title' in json).toBe(false);
  });

  it.each([
    ['empty', '   '],
    ['too long', 'x'.repeat(121)],
    ['a control character', 'Abschluss\u001b[2J'],
  ])('a title that is %s is exit 2, nothing written', async (_what, title) => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'create', '--round', '2026', '--title', title]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tandem: error: a survey title must have 1 to 120 characters on one line, not "/);
    expect(snapshot(db)).toEqual(before);
  });

  it('a file of schema v6 upgrades with no title; the v7 fixture keeps its title', async () => {
    for (const [version, title] of [[6, null], [7, 'Abschlussbefragung 2025']] as const) {
      const path = join(tempDir(), 'tandem.db');
      copyFileSync(new URL(`../../fixtures/schema-v${version}.db`, import.meta.url), path);
      expect((await tandem(path, ['round', 'list'])).code).toBe(0);
      const raw = new Database(path, { readonly: true });
      expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(raw.prepare('SELECT name, title FROM survey WHERE id = 1').get()).toEqual({ name: 'final', title });
      raw.close();
    }
  });
});
