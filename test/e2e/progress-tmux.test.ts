import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const server = tmuxServer('tandem-progress');

/** A participants file of n rows. */
function bigCsv(dir: string, n: number): string {
  const rows = ['name,email,role,topics'];
  for (let i = 0; i < n; i++) rows.push(`Person ${i},p${i}@example.com,${i % 3 ? 'mentor' : 'mentee'},instagram`);
  const path = join(dir, 'big.csv');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

describe.skipIf(!HAVE_TMUX)('progress of long work (needs tmux)', () => {
  afterEach(() => {
    server.kill();
  });

  it('shows progress of a 20,000-row import on a terminal, and none when stderr is a file', async () => {
    const dir = tempDir();
    const csv = bigCsv(dir, 20_000);
    const env = `TANDEM_TODAY=2026-03-01 TANDEM_DB=${join(dir, 'tty.db')}`;
    execFileSync(process.execPath, [bin, '--db', join(dir, 'tty.db'), 'round', 'create', 'R', '--start', '2026-01-15', '-q']);
    server.start('p', `env ${env} ${process.execPath} ${bin} participant import ${csv} --round R; echo EXIT=$? > ${dir}/exit; sleep 30`, { height: 20 });
    expect(await waitForFile(join(dir, 'exit'), 60_000)).toBe('EXIT=0');
    const screen = server.screen('p');
    expect(screen).toContain('importing 20000/20000 (100%)');
    expect(screen).toContain('20000 added, 0 updated, 0 unchanged');

    // the same import with stdout and stderr going to files: no progress, just the counts
    const piped = join(dir, 'piped.db');
    execFileSync(process.execPath, [bin, '--db', piped, 'round', 'create', 'R', '--start', '2026-01-15', '-q']);
    const result = spawnSync(process.execPath, [bin, '--db', piped, 'participant', 'import', csv, '--round', 'R'], {
      encoding: 'utf8',
      env: { ...process.env, TANDEM_TODAY: '2026-03-01' },
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('20000 added, 0 updated, 0 unchanged\n');
    expect(result.stdout).toBe('');
  }, 120_000);
});
