import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slug } from '../../../src/core/file-names.js';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { PNG_1X1 } from '../../helpers/logo.js';

const ok = async (db: string, argv: string[]) => {
  const result = await tandem(db, argv);
  expect(result.code, result.stderr).toBe(0);
  return result;
};

/** A round with three mentors (Frau, Herr, no salutation) and one mentee each; only Aylin logs a session and a goal. */
async function programme(): Promise<string> {
  const db = tempDbPath();
  await ok(db, ['round', 'create', '2026', '--start', '2026-01-15']);
  const add = (name: string, email: string, role: string, extra: string[] = []) =>
    ok(db, ['participant', 'add', '--round', '2026', '--name', name, '--email', email, '--role', role, ...extra]);
  await add('Aylin Yılmaz', 'aylin@example.com', 'mentor', ['--salutation', 'Frau']);
  await add('Jörg Weißmüller', 'joerg@example.com', 'mentor', ['--salutation', 'herr']);
  await add('Kim Doe', 'kim@example.com', 'mentor');
  for (const [i, mentor] of ['aylin', 'joerg', 'kim'].entries()) {
    await add(`Chef ${i}`, `chef${i}@example.com`, 'mentee');
    await ok(db, ['pair', 'add', `${mentor}@example.com`, `chef${i}@example.com`, '--round', '2026']);
  }
  await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'chef0@example.com', '--date', '2026-02-01', '--minutes', '90']);
  const goal = JSON.parse((await ok(db, ['goal', 'add', '--round', '2026', '--mentee', 'chef0@example.com', 'Eine Instagram-Story posten', '--json'])).stdout) as { id: number };
  await ok(db, ['goal', 'done', String(goal.id), '--date', '2026-02-01']);
  return db;
}

describe('round certificates', () => {
  it('transliterates file names to ASCII', () => {
    expect(slug('Aylin Yılmaz')).toBe('aylin-yilmaz');
    expect(slug('Jörg Weißmüller')).toBe('joerg-weissmueller');
    expect(slug('ÄRGER Øre Łukasz')).toBe('aerger-ore-lukasz');
    expect(slug('李')).toBe('person');
  });

  it('names the role in the person’s grammatical form, leaves out zero figures, names files in the run’s language', async () => {
    const db = await programme();
    const out = tempDir();
    const result = await ok(db, ['--lang', 'de', 'round', 'certificates', '2026', '--out-dir', out, '--json']);
    expect(JSON.parse(result.stdout).map((f: { file: string }) => f.file)).toEqual(
      ['bescheinigung-aylin-yilmaz.html', 'bescheinigung-joerg-weissmueller.html', 'bescheinigung-kim-doe.html'].map((f) => join(out, f)),
    );
    const read = (name: string) => readFileSync(join(out, `bescheinigung-${name}.html`), 'utf8');
    expect(read('aylin-yilmaz')).toContain(' als Mentorin Führungskräfte');
    expect(read('joerg-weissmueller')).toContain(' als Mentor Führungskräfte');
    expect(read('kim-doe')).toContain(' als Mentor:in Führungskräfte');
    expect(read('aylin-yilmaz')).toMatch(/data-figure="goals">1<small>/);
    // Jörg logged nothing: no sessions, hours or goals figure at all, no "0 erreichte Ziele".
    expect(read('joerg-weissmueller')).not.toContain('data-figure');
    expect(read('joerg-weissmueller')).not.toMatch(/>0<small>/);
    // Without settings the certificate signs as the programme organiser, with no brand header.
    expect(read('kim-doe')).toContain('<span class="sign-title">Programmleitung</span>');
    expect(read('kim-doe')).not.toContain('class="brand"');

    const en = tempDir();
    await ok(db, ['round', 'certificates', '2026', '--out-dir', en]);
    expect(readdirSync(en).sort()).toEqual(['certificate-aylin-yilmaz.html', 'certificate-joerg-weissmueller.html', 'certificate-kim-doe.html']);
    expect(readFileSync(join(en, 'certificate-aylin-yilmaz.html'), 'utf8')).toContain('sharing her knowledge');
    expect(readFileSync(join(en, 'certificate-joerg-weissmueller.html'), 'utf8')).toContain('sharing his knowledge');
    expect(readFileSync(join(en, 'certificate-kim-doe.html'), 'utf8')).toContain('sharing their knowledge');
  });

  it.each([
    ['de', 'bescheinigung', /\b0 (Treffen|Std|Stunden|erreichte)/],
    ['en', 'certificate', /\b0 (sessions?|h\b|hours|goals?)/],
  ] as const)('--lang %s: no zero figure anywhere on a certificate: no sessions, hours rounding to 0, no goals', async (lang, prefix, zero) => {
    const db = await programme();
    // Kim's tandem met once for 2 minutes: one session, but hours that round to 0 are left out.
    await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'chef2@example.com', '--date', '2026-02-03', '--minutes', '2']);
    const out = tempDir();
    await ok(db, ['--lang', lang, 'round', 'certificates', '2026', '--out-dir', out]);
    const text = (name: string) => readFileSync(join(out, `${prefix}-${name}.html`), 'utf8').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    for (const name of ['joerg-weissmueller', 'kim-doe']) {
      expect(text(name), name).not.toMatch(zero);
      // No figure 0 at all (dates and the round name are written with other digits around them).
      expect(text(name), name).not.toMatch(/(?<![\d.,])0(?![\d.,])/);
    }
    // Jörg met no one: no figures and no minimum line; Kim: one session and the minimum line, no hours.
    const joerg = readFileSync(join(out, `${prefix}-joerg-weissmueller.html`), 'utf8');
    expect(joerg).not.toContain('data-minimum');
    const kim = readFileSync(join(out, `${prefix}-kim-doe.html`), 'utf8');
    expect(kim).toMatch(/data-figure="sessions">1<small>/);
    expect(kim).not.toContain('data-figure="hours"');
    expect(kim).toContain('data-minimum="missed"');
    expect(readFileSync(join(out, `${prefix}-aylin-yilmaz.html`), 'utf8')).toMatch(/data-figure="hours">1[.,]5/);
  });

  it('shows the programme settings: organisation, programme, logo as an <img> data URI, signer and title', async () => {
    const db = await programme();
    await ok(db, ['settings', 'set', 'organisation', 'Muster & Söhne AG']);
    await ok(db, ['settings', 'set', 'programme', 'Digital-Tandem']);
    await ok(db, ['settings', 'set', 'signer', 'Dr. Eva Schmidt']);
    await ok(db, ['settings', 'set', 'signer-title', 'Personalleiterin']);
    await ok(db, ['settings', 'set', 'logo', writeTemp('logo.png', PNG_1X1)]);
    const out = tempDir();
    await ok(db, ['--lang', 'de', 'round', 'certificates', '2026', '--out-dir', out]);
    const html = readFileSync(join(out, 'bescheinigung-kim-doe.html'), 'utf8');
    expect(html).toContain('<div class="org" data-brand="organisation"><bdi>Muster &amp; Söhne AG</bdi></div>');
    expect(html).toContain('<p class="kicker">Digital-Tandem</p>');
    expect(html).toContain(`<img class="logo" data-brand="logo" src="data:image/png;base64,${PNG_1X1.toString('base64')}"`);
    expect(html).toContain('<span class="signer" data-brand="signer"><bdi>Dr. Eva Schmidt</bdi></span><span class="sign-title"><bdi>Personalleiterin</bdi></span>');
  });

  it('updates a salutation through a people file and clears it with an empty option', async () => {
    const db = await programme();
    const csv = writeTemp('people.csv', 'name,email,salutation\nKim Doe,kim@example.com,divers\nAylin Yılmaz,aylin@example.com,Mr\n');
    await ok(db, ['person', 'import', csv]);
    const show = JSON.parse((await ok(db, ['person', 'show', 'aylin@example.com', '--json'])).stdout);
    expect(show.salutation).toBe('mr');
    expect((await ok(db, ['--lang', 'de', 'person', 'show', 'kim@example.com'])).stdout).toMatch(/Anrede: +divers/);
    await ok(db, ['person', 'add', '--name', 'Kim Doe', '--email', 'kim@example.com', '--salutation', '']);
    expect(JSON.parse((await ok(db, ['person', 'show', 'kim@example.com', '--json'])).stdout).salutation).toBeNull();
    await ok(db, ['person', 'forget', 'aylin@example.com', '--yes']);
    const { stdout } = await ok(db, ['export']);
    expect(JSON.parse(stdout).tables.person.filter((p: { salutation: string | null }) => p.salutation !== null)).toEqual([
      expect.objectContaining({ email: 'joerg@example.com', salutation: 'mr' }),
    ]);
  });

  it.each([
    [['person', 'add', '--name', 'X', '--email', 'x@example.com', '--salutation', 'Dr.'], 2, 'tandem: error: --salutation: unknown salutation "Dr." (expected Frau, Herr or divers; or Ms, Mr, Mx)'],
    [['round', 'certificates', '2026', '--out-dir', 'out', '--format', 'docx'], 2, 'tandem: error: unknown format "docx" (expected html, pdf)'],
  ])('%j is refused and changes nothing', async (argv, code, message) => {
    const db = await programme();
    const before = snapshot(db);
    const cwd = tempDir();
    const result = await tandem(db, argv, { cwd });
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(snapshot(db)).toEqual(before);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a salutation in a people file that is not one is a row error', async () => {
    const db = await programme();
    const before = snapshot(db);
    const result = await tandem(db, ['person', 'import', writeTemp('people.csv', 'name,email,salutation\nKim Doe,kim@example.com,Sir\n')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('people.csv:2: salutation: unknown salutation "Sir" (expected Frau, Herr or divers; or Ms, Mr, Mx)');
    expect(snapshot(db)).toEqual(before);
  });

  it('--format pdf without a browser names what to install (exit 1) and writes nothing', async () => {
    const db = await programme();
    const before = snapshot(db);
    const out = join(tempDir(), 'pdf');
    const result = await tandem(db, ['round', 'certificates', '2026', '--out-dir', out, '--format', 'pdf'], { env: { PATH: '/nonexistent' } });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe('tandem: error: writing PDF certificates needs Chromium or Google Chrome; none was found (looked for chromium, chromium-browser, google-chrome, google-chrome-stable)');
    expect(snapshot(db)).toEqual(before);
    expect(() => readdirSync(out)).toThrow();
  });
});
