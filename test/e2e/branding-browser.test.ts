import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeTemp } from '../helpers/fixtures.js';
import { PNG_1X1 } from '../helpers/logo.js';

const TODAY = '2026-11-27';
const CHROMIUM = '/usr/bin/chromium';
const HAVE_TOOLS = existsSync(CHROMIUM) && spawnSync('pdftotext', ['-v']).status === 0;

/** Headless Chromium on a local file, as report-browser.test.ts starts it: no network, a throw-away profile. */
function chromium(file: string, mode: string[]): { stdout: string; stderr: string } {
  const result = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--enable-logging=stderr', '--v=0', `--user-data-dir=${tempDir('tandem-chromium-')}`, ...mode, pathToFileURL(file).href],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr };
}

const pdfText = (pdf: string) => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
/** The raster images a PDF embeds (the PNG logo is one). */
const pdfImages = (pdf: string) => spawnSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);

describe.skipIf(!HAVE_TOOLS)('programme settings on the HTML pages in a real browser (headless Chromium, pdftotext)', () => {
  let dir: string;
  let db: string;
  const logo = `data:image/png;base64,${PNG_1X1.toString('base64')}`;
  beforeAll(async () => {
    dir = tempDir();
    await runCli(['demo', '--out-dir', dir, '--json'], { today: TODAY });
    db = join(dir, 'tandem-demo.db');
    const set = async (key: string, value: string) => expect((await runCli(['--db', db, 'settings', 'set', key, value], { today: TODAY })).code).toBe(0);
    await set('organisation', 'Muster & Söhne AG');
    await set('programme', 'Digital-Tandem 2026');
    await set('signer', 'Dr. Eva Schmidt');
    await set('signer-title', 'Head of People');
    await set('logo', writeTemp('logo.png', PNG_1X1));
  }, 60_000);

  /** The pages of one language: round report, survey report and one certificate (HTML and, for it, the PDF tandem prints). */
  async function pages(lang: string): Promise<{ name: string; html: string }[]> {
    const out = join(dir, lang);
    mkdirSync(out);
    const run = async (argv: string[]) => {
      const result = await runCli(['--db', db, '--lang', lang, ...argv], { today: TODAY });
      expect(result.code, result.stderr).toBe(0);
    };
    await run(['round', 'report', 'pilot', '--format', 'html', '--out', join(out, 'report.html')]);
    await run(['survey', 'report', '--round', 'pilot', '--format', 'html', '--out', join(out, 'survey.html')]);
    await run(['round', 'certificates', 'pilot', '--out-dir', join(out, 'certificates'), '--role', 'mentee']);
    const certificate = readdirSync(join(out, 'certificates')).sort()[0]!;
    return [
      { name: 'round report', html: join(out, 'report.html') },
      { name: 'survey report', html: join(out, 'survey.html') },
      { name: 'certificate', html: join(out, 'certificates', certificate) },
    ];
  }

  it.each([
    ['en', 'Responsible: Dr. Eva Schmidt, Head of People', 'Certificate of participation'],
    ['de', 'Verantwortlich: Dr. Eva Schmidt, Head of People', 'Teilnahmebescheinigung'],
  ])('--lang %s: organisation, logo and signer in the DOM of every page and in its PDF', async (lang, responsible, certificateTitle) => {
    for (const page of await pages(lang)) {
      const { stdout: dom, stderr } = chromium(page.html, ['--dump-dom']);
      // The CSP (img-src data:) lets the logo load: no console message about a refused resource.
      expect(stderr.split('\n').filter((l) => l.includes(':CONSOLE')), page.name).toEqual([]);
      expect(dom, page.name).toContain('<div class="org" data-brand="organisation"><bdi>Muster &amp; Söhne AG</bdi></div>');
      expect(dom, page.name).toContain(`<img class="logo" data-brand="logo" src="${logo}"`);
      expect(dom, page.name).toMatch(/data-brand="signer"/);
      expect(dom, page.name).not.toMatch(/<svg[^>]*data-brand/);

      const pdf = `${page.html}.pdf`;
      chromium(page.html, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`]);
      const text = pdfText(pdf);
      expect(text, page.name).toContain('Muster & Söhne AG');
      expect(text, page.name).toContain('Dr. Eva Schmidt');
      expect(pdfImages(pdf).length, `${page.name}: the logo is in the PDF`).toBeGreaterThanOrEqual(1);
      if (page.name === 'certificate') {
        expect(text).toContain(certificateTitle);
        // The programme is the letter-spaced, upper-case kicker.
        expect(text.replace(/\s+/g, '')).toContain('DIGITAL-TANDEM2026');
        expect(text).toContain('Head of People');
      } else {
        expect(text.replace(/\s+/g, ' '), page.name).toContain(responsible);
      }
    }
  }, 300_000);

  it('round certificates --format pdf prints through the installed Chromium', async () => {
    const out = join(dir, 'pdf');
    const result = await runCli(['--db', db, '--lang', 'de', 'round', 'certificates', 'pilot', '--out-dir', out, '--role', 'mentee', '--format', 'pdf', '--json'], {
      today: TODAY,
      env: { TANDEM_BROWSER: CHROMIUM },
    });
    expect(result.code, result.stderr).toBe(0);
    const files = JSON.parse(result.stdout) as { name: string; file: string }[];
    expect(files.length).toBeGreaterThan(0);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.file.split('/').pop()).sort());
    const first = files[0]!;
    expect(first.file).toMatch(/\/bescheinigung-[a-z0-9-]+\.pdf$/);
    const text = pdfText(first.file);
    expect(text).toContain('Teilnahmebescheinigung');
    expect(text).toContain(first.name);
    expect(text).toContain('Dr. Eva Schmidt');
    expect(text).not.toMatch(/(^|\s)0\s+(erreichte Ziele|Treffen)/m);
    expect(spawnSync('pdfinfo', [first.file], { encoding: 'utf8' }).stdout).toMatch(/^Pages:\s+1$/m);
  }, 600_000);
});
