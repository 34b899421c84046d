import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const haveTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `tandem-progress-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });

/** A participants file of n rows. */
function bigCsv(dir: string, n: number): string {
  const rows = ['name,email,role,topics'];
  for (let i = 0; i < n; i++) rows.push(`Person ${i},p${i}@example.com,${i % 3 ? 'mentor' : 'mentee'},instagram`);
  const path = join(dir, 'big.csv');
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

describe.skipIf(!haveTmux)('progress of long work (needs tmux)', () => {
  afterEach(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('shows progress of a 20,000-row import on a terminal, and none when stderr is a file', async () => {
    const dir = tempDir();
    const csv = bigCsv(dir, 20_000);
    const env = `TANDEM_TODAY=2026-03-01 TANDEM_DB=${join(dir, 'tty.db')}`;
    execFileSync(process.execPath, [bin, '--db', join(dir, 'tty.db'), 'round', 'create', 'R', '--start', '2026-01-15', '-q']);
    tmux('new-session', '-d', '-s', 'p', '-x', '120', '-y', '20', `env ${env} ${process.execPath} ${bin} participant import ${csv} --round R; echo EXIT=$? > ${dir}/exit; sleep 30`);
    await waitFor(() => existsSync(join(dir, 'exit')), 60_000);
    const screen = tmux('capture-pane', '-p', '-t', 'p');
    expect(readFileSync(join(dir, 'exit'), 'utf8').trim()).toBe('EXIT=0');
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
