import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

const TODAY = '2026-11-27';
const CHROMIUM = '/usr/bin/chromium';
const haveTools = existsSync(CHROMIUM) && spawnSync('pdftotext', ['-v']).status === 0;

/** Prints an HTML file to PDF in headless Chromium, as a person would with "Save as PDF". */
function printToPdf(html: string, pdf: string): void {
  const result = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${tempDir()}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (!existsSync(pdf)) throw new Error(`chromium failed: ${result.stderr}`);
}

describe.skipIf(!haveTools)('round certificates in a real browser (needs chromium and pdftotext)', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    await runCli(['demo', '--out-dir', dir, '--json'], { today: TODAY });
    db = join(dir, 'tandem-demo.db');
  }, 60_000);

  it('writes one file per mentor of the demo round, mode 0600, each a single A4 page with the right hours and achievements', async () => {
    const out = join(dir, 'certificates');
    const result = await runCli(['--db', db, 'round', 'certificates', 'pilot', '--out-dir', out, '--json'], { today: TODAY });
    expect(result.code).toBe(0);
    const files = JSON.parse(result.stdout) as { name: string; file: string; minutes: number; sessions: number }[];
    expect(files).toHaveLength(14);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.file.split('/').pop()).sort());
    const klausMentors = files.filter((f) => ['Elias Braun', 'Mia Schneider'].includes(f.name));
    expect(klausMentors).toHaveLength(2);
    mkdirSync(join(process.cwd(), 'test-output'), { recursive: true });
    for (const f of files) {
      expect(statSync(f.file).mode & 0o777).toBe(0o600);
      const pdf = join(dir, `${f.name}.pdf`);
      printToPdf(f.file, pdf);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      expect(info).toMatch(/^Pages:\s+1$/m);
      expect(info).toMatch(/^Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/m);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain(f.name);
      // pdftotext may drop the narrow space between the number and the unit
      const hours = String(Math.round((f.minutes / 60) * 10) / 10).replace('.', '\\.');
      expect(text).toMatch(new RegExp(`(^|\\s)${hours}\\s?h(\\s|$)`, 'm'));
    }
    const elias = spawnSync('pdftotext', ['-layout', join(dir, 'Elias Braun.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(elias).toContain('Coached: Dr. Klaus Berger');
    expect(elias).toContain('Publish a LinkedIn article');
    expect(elias).toContain('Post a first Instagram story');
    spawnSync('pdftoppm', ['-png', '-r', '60', '-singlefile', join(dir, 'Elias Braun.pdf'), join(process.cwd(), 'test-output', 'certificate-elias-braun')]);
  }, 240_000);

  it('writes German certificates with --lang de', async () => {
    const out = join(dir, 'urkunden');
    await runCli(['--db', db, '--lang', 'de', 'round', 'certificates', 'pilot', '--out-dir', out, '--role', 'mentee'], { today: TODAY });
    const file = join(out, 'bescheinigung-thomas-krause.html');
    const pdf = join(dir, 'krause.pdf');
    printToPdf(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Teilnahmebescheinigung');
    expect(text).toContain('Gecoacht von:');
    expect(text).toContain('27. November 2026');
  }, 120_000);

  it.each([
    ['en', 'certificate', /\b0\s?(sessions?|h\b|goals?)/],
    ['de', 'bescheinigung', /\b0\s?(Treffen|Std|erreichte)/],
  ] as const)('--lang %s: a mentor without sessions or goals gets a certificate with no zero figure, also in its PDF', async (lang, prefix, zero) => {
    const small = join(tempDir(), 'zero.db');
    const steps = [
      ['round', 'create', '2026', '--start', '2026-01-15'],
      ['participant', 'add', '--round', '2026', '--role', 'mentor', '--name', 'Nora Null', '--email', 'nora@example.com'],
      ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'Chef', '--email', 'chef@example.com'],
      ['pair', 'add', 'nora@example.com', 'chef@example.com', '--round', '2026'],
    ];
    for (const argv of steps) expect((await runCli(['--db', small, ...argv], { today: TODAY })).code).toBe(0);
    const out = join(tempDir(), 'zero');
    expect((await runCli(['--db', small, '--lang', lang, 'round', 'certificates', '2026', '--out-dir', out], { today: TODAY })).code).toBe(0);
    const pdf = join(tempDir(), 'nora.pdf');
    printToPdf(join(out, `${prefix}-nora-null.html`), pdf);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Nora Null');
    expect(text).not.toMatch(zero);
    expect(text).not.toMatch(/(?<![\d.,])0(?![\d.,])/);
  }, 120_000);
});
