import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));

/** A folder with a `tandem` on PATH, as after `npm install -g`. */
function shimDir(): string {
  const dir = tempDir();
  const shim = join(dir, 'tandem');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

/** Completes a command line in a real bash with the generated script loaded. */
function complete(line: string[], env: Record<string, string> = {}): string[] {
  const script = `source <(tandem completion bash)
COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${line.length - 1}
_tandem
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync('bash', ['-c', script], {
    encoding: 'utf8',
    env: { PATH: `${shimDir()}:${process.env.PATH}`, HOME: tempDir(), TANDEM_TODAY: '2026-03-01', ...env },
  });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean);
}

describe('tandem completion bash (in a real bash)', () => {
  it('completes `tandem ro<TAB>` to round', () => {
    expect(complete(['tandem', 'ro'])).toEqual(['round']);
  });

  it('completes subcommands and options', () => {
    expect(complete(['tandem', 'round', 'cr'])).toEqual(['create']);
    expect(complete(['tandem', 'participant', 'add', '--ro'])).toEqual(['--round', '--role']);
  });

  it('completes round names from the database after --round', () => {
    const db = join(tempDir(), 'c.db');
    for (const name of ['2025', '2026-spring']) {
      spawnSync(process.execPath, [bin, '--db', db, 'round', 'create', name, '--start', '2026-01-15'], { env: { ...process.env, TANDEM_TODAY: '2026-03-01' } });
    }
    expect(complete(['tandem', 'participant', 'list', '--round', '20'], { TANDEM_DB: db })).toEqual(['2025', '2026-spring']);
    expect(complete(['tandem', 'round', 'show', '2026'], { TANDEM_DB: db })).toEqual(['2026-spring']);
  });

  it('offers a round name with spaces as one quoted word that bash reads back as the name', () => {
    const db = join(tempDir(), 'c.db');
    for (const name of ['RM 2027/1', "Team O'Brien", '2026']) {
      spawnSync(process.execPath, [bin, '--db', db, 'round', 'create', name, '--start', '2026-01-15'], { env: { ...process.env, TANDEM_TODAY: '2026-03-01' } });
    }
    expect(complete(['tandem', 'round', 'report', 'R'], { TANDEM_DB: db })).toEqual(['RM\\ 2027/1']);
    expect(complete(['tandem', 'pair', 'list', '--round', ''], { TANDEM_DB: db }).sort()).toEqual(['2026', 'RM\\ 2027/1', "Team\\ O\\'Brien"]);
    // What bash inserts is one word again: eval gives back the name.
    const back = spawnSync('bash', ['-c', "for w in RM\\ 2027/1 Team\\ O\\'Brien; do printf '%s\\n' \"$w\"; done"], { encoding: 'utf8' });
    expect(back.stdout).toBe("RM 2027/1\nTeam O'Brien\n");
  });

  it('prints zsh and fish scripts', () => {
    const zsh = spawnSync(process.execPath, [bin, 'completion', 'zsh'], { encoding: 'utf8' });
    expect(zsh.stdout).toContain('bashcompinit');
    const fish = spawnSync(process.execPath, [bin, 'completion', 'fish'], { encoding: 'utf8' });
    expect(fish.stdout).toContain("complete -c tandem -n '__fish_use_subcommand' -a 'round'");
  });
});
