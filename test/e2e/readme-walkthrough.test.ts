import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

/**
 * The README's walkthrough, run as written: every command of the shell blocks of its
 * section, in order, through /bin/sh, with `tandem` on the PATH (a shim for
 * `node bin/tandem.js`), in a fresh folder holding a copy of data/sample/, HOME there too
 * (so `~/reverse-mentoring.db` is a fresh database), and TANDEM_TODAY fixed.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SECTION = '## A round, from enrolment to the next round';
const TODAY = '2026-06-10';

/** The shell blocks of the walkthrough section, each as its command lines (comments and blank lines dropped). */
function walkthrough(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(SECTION);
  expect(start, 'the README has the walkthrough section').toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) =>
    m[1]!
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

describe('README walkthrough', () => {
  it('every command of it exits 0 on a fresh database', () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is not built: run `npm run build` before the e2e tests');
    const blocks = walkthrough();
    const commands = blocks.flat();
    expect(commands.length).toBeGreaterThan(15);
    expect(commands.some((c) => c.startsWith('tandem pair match'))).toBe(true);

    const dir = tempDir('tandem-readme-');
    const home = join(dir, 'home');
    const bin = join(dir, 'bin');
    mkdirSync(home);
    mkdirSync(bin);
    cpSync(join(ROOT, 'data', 'sample'), join(dir, 'data', 'sample'), { recursive: true });
    writeFileSync(join(bin, 'tandem'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'tandem.js')}" "$@"\n`);
    chmodSync(join(bin, 'tandem'), 0o755);
    const status = join(dir, 'status');
    const env = { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: home, LANG: 'C.UTF-8', TANDEM_TODAY: TODAY };

    let index = 0;
    for (const block of blocks) {
      // one shell per block, so `export` carries on to its later lines; each command's exit code is recorded
      const script = block.map((line) => `${line}\necho "$? ${index++}" >> "${status}"`).join('\n');
      const result = spawnSync('/bin/sh', ['-c', script], { cwd: dir, env, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }
    const codes = readFileSync(status, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number));
    expect(codes.map(([, i]) => i)).toEqual(commands.map((_, i) => i));
    for (const [code, i] of codes) expect(code, `${commands[i!]}\nexits ${code}`).toBe(0);

    // and they did what they say: the database in HOME, the reports and certificates in the folder
    expect(existsSync(join(home, 'reverse-mentoring.db'))).toBe(true);
    for (const file of ['report.html', 'nudge.csv', 'survey.html']) expect(existsSync(join(dir, file)), file).toBe(true);
    const pairs = spawnSync(join(bin, 'tandem'), ['--json', 'pair', 'list', '--round', '2027'], { cwd: dir, env: { ...env, TANDEM_DB: join(home, 'reverse-mentoring.db') }, encoding: 'utf8' });
    expect(JSON.parse(pairs.stdout).length).toBeGreaterThan(0);
  }, 120_000);
});
