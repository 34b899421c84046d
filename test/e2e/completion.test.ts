import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, tmuxServer } from '../helpers/tmux.js';

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

/** A database with rounds whose names need quoting, for the completion of round names. */
function roundsDb(names = ['RM 2027/1', "Team O'Brien", '2026']): string {
  const db = join(tempDir(), 'c.db');
  for (const name of names) {
    spawnSync(process.execPath, [bin, '--db', db, 'round', 'create', name, '--start', '2026-01-15'], { env: { ...process.env, TANDEM_TODAY: '2026-03-01' } });
  }
  return db;
}

const HAVE_FISH = spawnSync('fish', ['--version']).status === 0;
if (!HAVE_FISH) console.warn('skipping the fish completion tests: fish is not installed (apt-get install fish)');

/** The generated fish script, saved, with a `tandem` on PATH and the database in TANDEM_DB. */
function fishSetup(db: string): { script: string; env: Record<string, string> } {
  const dir = shimDir();
  const script = join(dir, 'tandem.fish');
  writeFileSync(script, spawnSync(process.execPath, [bin, 'completion', 'fish'], { encoding: 'utf8' }).stdout);
  return { script, env: { PATH: `${dir}:${process.env.PATH}`, HOME: tempDir(), TANDEM_DB: db, TANDEM_TODAY: '2026-03-01' } };
}

/** The candidates a real fish offers for a command line (`complete -C`). */
function fishComplete(db: string, line: string): string[] {
  const { script, env } = fishSetup(db);
  const result = spawnSync('fish', ['--no-config', '-c', `source ${script}; complete -C ${JSON.stringify(line).replace(/\$/g, '\\$')}`], { encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  return result.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);
}

describe.skipIf(!HAVE_FISH)('tandem completion fish (in a real fish)', () => {
  it('offers round names, with spaces and quotes, as one candidate each, for a round argument and after --round (no files)', () => {
    const db = roundsDb();
    expect(fishComplete(db, 'tandem round report R')).toEqual(['RM 2027/1']);
    expect(fishComplete(db, 'tandem round report RM\\ 20')).toEqual(['RM 2027/1']);
    expect(fishComplete(db, 'tandem pair list --round ').sort()).toEqual(['2026', 'RM 2027/1', "Team O'Brien"]);
  });

  it('keeps each command\'s own options: round list is not offered session list\'s --mentee', () => {
    const db = roundsDb([]);
    expect(fishComplete(db, 'tandem round list --li')).toEqual(['--limit']);
    expect(fishComplete(db, 'tandem round list --me')).toEqual([]);
    expect(fishComplete(db, 'tandem session list --me')).toEqual(['--mentee']);
    expect(fishComplete(db, 'tandem round c')).toEqual(['calendar', 'certificates', 'close', 'compare', 'create']);
  });

  it.skipIf(!HAVE_TMUX)('inserts RM\\ 2027/1 on Tab at a real fish prompt (tmux)', async () => {
    const db = roundsDb();
    const { script, env } = fishSetup(db);
    const server = tmuxServer('tandem-fish');
    try {
      server.start('fish', `fish --no-config -C 'source ${script}'`, { env: { ...env, TERM: 'xterm-256color' }, width: 100, height: 10 });
      await server.waitFor('fish', /[>#$] *$/m);
      server.keys('fish', 'tandem round report R', 'Tab');
      expect(await server.waitFor('fish', /tandem round report RM\\ 2027\/1/)).toContain('tandem round report RM\\ 2027/1');
      server.keys('fish', 'C-u', "tandem pair list --round Te", 'Tab');
      expect(await server.waitFor('fish', /--round Team\\ O\\'Brien/)).toContain("tandem pair list --round Team\\ O\\'Brien");
    } finally {
      server.kill();
    }
  });
});

describe('tandem completion bash (in a real bash)', () => {
  it('completes `tandem ro<TAB>` to round', () => {
    expect(complete(['tandem', 'ro'])).toEqual(['round']);
  });

  it('completes subcommands and options', () => {
    expect(complete(['tandem', 'round', 'cr'])).toEqual(['create']);
    expect(complete(['tandem', 'participant', 'add', '--ro'])).toEqual(['--round', '--role']);
  });

  it('completes round names from the database after --round', () => {
    const db = roundsDb(['2025', '2026-spring']);
    expect(complete(['tandem', 'participant', 'list', '--round', '20'], { TANDEM_DB: db })).toEqual(['2025', '2026-spring']);
    expect(complete(['tandem', 'round', 'show', '2026'], { TANDEM_DB: db })).toEqual(['2026-spring']);
  });

  it('offers a round name with spaces as one quoted word that bash reads back as the name', () => {
    const db = roundsDb();
    expect(complete(['tandem', 'round', 'report', 'R'], { TANDEM_DB: db })).toEqual(['RM\\ 2027/1']);
    // Part of the name typed, escaped as bash has it in COMP_WORDS.
    expect(complete(['tandem', 'round', 'report', 'RM\\ 20'], { TANDEM_DB: db })).toEqual(['RM\\ 2027/1']);
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
