import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDbPath, tempDir } from '../helpers/cli.js';
import { buildReportFixture, RoundBuilder, withDb } from '../helpers/round-fixture.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

/** The real CLI on a database file; the report goes to `out`. */
function report(db: string, out: string, args: string[] = []): void {
  const result = spawnSync(process.execPath, [bin, '--db', db, 'round', 'report', '2026', '--format', 'html', '--out', out, '-q', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_TODAY: '2026-04-15' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

/** Headless Chromium on a local file: no network, a throw-away profile, console messages on stderr. */
function chromium(file: string, mode: string[]): { stdout: string; stderr: string } {
  const result = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      '--enable-logging=stderr',
      '--v=0',
      `--user-data-dir=${tempDir('tandem-chromium-')}`,
      ...mode,
      pathToFileURL(file).href,
    ],
    { encoding: 'utf8', timeout: 90_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr };
}

/** Console messages of the page (CSP violations would show up here). */
const consoleLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes(':CONSOLE'));

describe.skipIf(!HAS_CHROMIUM)('the HTML report in a real browser (headless Chromium)', () => {
  it('renders the charts with one bar per week, tandem and topic, and the tandem table with its rows', () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const file = join(tempDir(), 'report.html');
    report(db, file, ['--as-of', '2026-03-01']);

    const { stdout: dom, stderr } = chromium(file, ['--dump-dom']);
    expect(consoleLines(stderr)).toEqual([]);
    const chart = (id: string) => {
      const svg = dom.match(new RegExp(`<svg[^>]*data-chart="${id}"[\\s\\S]*?</svg>`));
      expect(svg, id).not.toBeNull();
      return svg![0];
    };
    expect(chart('sessions-per-week').match(/<rect class="bar"/g)).toHaveLength(26);
    expect(chart('minutes-per-tandem').match(/<rect class="bar"/g)).toHaveLength(3);
    expect(chart('topics').match(/<rect class="bar"/g)).toHaveLength(5);
    const rows = [...dom.matchAll(/<tr class="(stale|tandem)">([\s\S]*?)<\/tr>/g)];
    expect(rows.map((r) => [r[1], r[2]!.match(/<bdi>([^<]*)<\/bdi>/)![1]])).toEqual([
      ['tandem', 'Anna Arendt'],
      ['stale', 'Bernd Bauer'],
      ['stale', 'Clara Chef'],
    ]);

    mkdirSync(OUTPUT, { recursive: true });
    const png = join(OUTPUT, 'round-report.png');
    chromium(file, [`--screenshot=${png}`, '--window-size=1000,2400']);
    const image = readFileSync(png);
    expect(image.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(image.length).toBeGreaterThan(20_000);
    writeFileSync(join(OUTPUT, 'round-report.html'), readFileSync(file));
  });

  it('prints on A4 pages', () => {
    const db = tempDbPath();
    buildReportFixture(db);
    const file = join(tempDir(), 'report.html');
    report(db, file);
    const pdf = join(OUTPUT, 'round-report.pdf');
    mkdirSync(OUTPUT, { recursive: true });
    chromium(file, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`]);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes.startsWith('%PDF-')).toBe(true);
    const boxes = [...bytes.matchAll(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual([595, 842]);
  });

  it('hostile names, topics, notes, highlights and goals stay text: no element, script or request comes from them', () => {
    const db = tempDbPath();
    const hostile = ['<script>document.title="pwned"</script>', '"><img src=x onerror=alert(1)>', '</style><h1 id="injected">x</h1>', 'مريم 👩‍💻'];
    withDb(db, (d) => {
      const b = new RoundBuilder(d);
      hostile.forEach((text, i) => {
        b.person(`m${i}`, text, 'mentor').person(`e${i}`, text, 'mentee').pair(`m${i}`, `e${i}`);
        b.session(`e${i}`, [`m${i}`], '2026-02-10', 30, { topics: [text], note: text, highlight: text }).goal(`e${i}`, text, '2026-02-11');
      });
    });
    const file = join(tempDir(), 'hostile.html');
    report(db, file);
    const { stdout: dom, stderr } = chromium(file, ['--dump-dom']);
    expect(consoleLines(stderr)).toEqual([]);
    expect(dom).not.toMatch(/<script/i);
    expect(dom).not.toMatch(/<img/i);
    // Serialised text shows quotes as they are; an injected element would be a tag.
    expect(dom).not.toMatch(/<h1 id="injected"/);
    expect(dom.match(/<h1[ >]/g)).toHaveLength(1);
    expect(dom).toMatch(/<title>Round report 2026<\/title>/);
    expect(dom.match(/<tr class="(stale|tandem)">/g)).toHaveLength(hostile.length);
  });
});
