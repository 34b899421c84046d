import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/render/bars.js';
import { tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';

/**
 * Terminal-sized output in a real terminal: tmux runs bin/tandem.js on the sample programme
 * at 60, 80 and 200 columns; the pane is read back with wrapped lines joined (capture-pane -J),
 * so a row the terminal had to wrap shows as a line wider than the pane.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');
if (!HAVE_TMUX) console.warn('skipping the terminal width test: tmux is not installed (apt-get install tmux)');

const server = tmuxServer('tandem-width');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm-256color', TANDEM_TODAY: '2026-03-01' };
let dir = '';
let db = '';
let marker = '';
let count = 0;

/** Runs a tandem command in a fresh pane of `width` columns; returns the whole pane (history included), wrapped lines joined. */
async function pane(width: number, args: string, env: Record<string, string> = {}, until?: RegExp): Promise<{ text: string; session: string }> {
  const session = `width-${count++}`;
  const exit = join(dir, `exit-${session}`);
  // the variables on the command line: a running tmux server gives new panes its own environment
  const vars = Object.entries(env).map(([k, v]) => `${k}='${v}'`).join(' ');
  server.start(session, `env ${vars} node ${BIN} --db ${db} ${args}; echo EXIT=$? > ${exit}; sleep 60`, { env: ENV, width, height: 50 });
  if (until) await server.waitFor(session, until, 20_000);
  else expect(await waitForFile(exit, 20_000)).toBe('EXIT=0');
  return { text: server.raw('capture-pane', '-p', '-J', '-S', '-', '-t', session), session };
}

/** Every line within the width, and every line of a box starts and ends with its border. */
function fits(text: string, width: number): void {
  const lines = text.split('\n').map((l) => l.trimEnd());
  for (const line of lines) expect(displayWidth(line), `wider than ${width}: ${line}`).toBeLessThanOrEqual(width);
  const boxed = lines.filter((l) => /^[┌│├└]/.test(l));
  expect(boxed.length, 'a table was printed').toBeGreaterThan(3);
  for (const line of boxed) expect(line, 'a box row was broken').toMatch(/[┐│┤┘]$/);
}

describe.skipIf(!HAVE_TMUX)('output sized to the terminal (tmux)', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run `npm run build` before the e2e tests');
    dir = tempDir('tandem-width-');
    db = join(dir, 'tandem.db');
    const demo = spawnSync(process.execPath, [BIN, '--db', db, 'demo', '--out-dir', join(dir, 'demo')], { env: ENV, encoding: 'utf8' });
    if (demo.status !== 0) throw new Error(demo.stderr);
    // a pager that marks what it was given
    marker = join(dir, 'mark-pager');
    writeFileSync(marker, '#!/bin/sh\necho "<<paged>>"\ncat\n');
    chmodSync(marker, 0o755);
  }, 60_000);

  afterAll(() => {
    server.kill();
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, server.socket), { force: true });
  });

  for (const width of [60, 80, 200]) {
    it(`${width} columns: pair list, round report and the wizard's proposal wrap no row`, async () => {
      const pairs = await pane(width, 'pair list --round pilot', { PAGER: 'cat' });
      fits(pairs.text, width);
      expect(pairs.text).toContain('Andrea');
      const report = await pane(width, 'round report pilot', { PAGER: 'cat' });
      fits(report.text, width);
      expect(report.text).toContain('Round report pilot');
      const wizard = await pane(width, 'pair match --round pilot', {}, /\? What next\?/);
      fits(wizard.text.slice(wizard.text.indexOf('Proposal'), wizard.text.indexOf('? What next?')), width);
      expect(wizard.text).toContain('Proposal');
      server.keys(wizard.session, 'C-c');
    }, 90_000);
  }

  it('the pager: on a terminal only, never with --json or in a pipe', async () => {
    const paged = await pane(80, 'person list', { PAGER: marker });
    expect(paged.text).toContain('<<paged>>');
    expect(paged.text).toContain('Berger');
    const json = await pane(80, '--json person list', { PAGER: marker });
    expect(json.text).not.toContain('<<paged>>');
    const piped = await pane(80, 'person list | cat', { PAGER: marker });
    expect(piped.text).not.toContain('<<paged>>');
    // the default: less, which stays open on a list longer than the screen
    const less = await pane(80, 'session list --round pilot', { PAGER: '', TANDEM_PAGER: 'less -FRX' }, /^:|\(END\)/m);
    expect(less.text).toContain('│');
    // Ctrl+C belongs to the pager while it runs (tandem does not die under it); q quits, tandem exits 0
    server.keys(less.session, 'C-c');
    await new Promise((r) => setTimeout(r, 300));
    server.keys(less.session, 'q');
    expect(await waitForFile(join(dir, `exit-${less.session}`))).toBe('EXIT=0');
    // spawned without a terminal: no pager, the table on stdout
    const spawned = spawnSync(process.execPath, [BIN, '--db', db, 'person', 'list'], { env: { ...ENV, PAGER: marker }, encoding: 'utf8' });
    expect(spawned.status).toBe(0);
    expect(spawned.stdout).not.toContain('<<paged>>');
    expect(spawned.stdout).toContain('klaus.berger@example.com');
  }, 90_000);
});
