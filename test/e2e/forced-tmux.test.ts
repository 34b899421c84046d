import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';

/**
 * The top of the org chart paired by hand, for real in a terminal: tmux runs
 * `tandem pair match` on a round whose CEO mentee has every mentor in her management
 * chain; the organiser picks "Assign a mentee by hand", the CEO, a mentor marked with the
 * rule it breaks, confirms, and saves, with arrow keys and Enter.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');
const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LANG: 'C.UTF-8', TERM: 'xterm-256color', TANDEM_TODAY: '2026-03-01' };
const server = tmuxServer('tandem-forced');

function cli(db: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env: ENV });
  if (result.status !== 0) throw new Error(`tandem ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

describe.skipIf(!HAVE_TMUX)('pair match: a CEO mentee paired by hand in a real terminal (tmux)', () => {
  afterAll(() => {
    server.kill();
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, server.socket), { force: true });
  });

  it('offers the mentors past the broken rule, confirms, saves a forced pair, and status stops advising pair match', async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'wizard', 'index.js'))) throw new Error('dist/ is not built: run `npm run build` first');
    const dir = tempDir('tandem-forced-');
    const db = join(dir, 'tandem.db');
    const csv = join(dir, 'participants.csv');
    writeFileSync(
      csv,
      'name,email,role,manager_email,topics,languages\n' +
        'Anna Azubi,anna@example.com,mentor,clara@example.com,instagram,de\n' +
        'Ben Becker,ben@example.com,mentor,clara@example.com,linkedin,en\n' +
        'Clara Chef,clara@example.com,mentee,,instagram,de\n' +
        'Egon Exec,egon@example.com,mentee,,instagram,de;en\n',
    );
    cli(db, 'round', 'create', 'R', '--start', '2026-01-15');
    cli(db, 'participant', 'import', csv, '--round', 'R');
    const exitFile = join(dir, 'exit');
    server.start('forced', `node ${BIN} --db ${db} pair match --round R; echo EXIT=$? > ${exitFile}; sleep 60`, { env: ENV, width: 160, height: 50 });

    let screen = await server.waitFor('forced', /\? What next\?\s*\n❯ Accept and save/);
    expect(screen).toContain('Clara Chef <clara@example.com>: no eligible partner: reporting line');
    server.keys('forced', 'Down', 'Down', 'Down', 'Enter'); // Assign a mentee by hand
    await server.waitFor('forced', /\? Which mentee\?\s*\n❯ Clara Chef <clara@example.com>/);
    server.keys('forced', 'Enter');
    screen = await server.waitFor('forced', /\? No mentor is eligible for Clara Chef\. Pair by hand with which mentor\?[^\n]*\n❯ Anna Azubi <anna@example.com> · score 10 · breaks: reporting line/);
    expect(screen).toContain('Ben Becker <ben@example.com> · score 0 · breaks: reporting line, language');
    server.keys('forced', 'Enter'); // Anna
    await server.waitFor('forced', /\? Pair Clara Chef with Anna Azubi although it breaks: reporting line\? It is saved as a forced pair\. \(y\/N\)/);
    server.keys('forced', 'y', 'Enter');
    screen = await server.waitFor('forced', /paired by hand despite reporting line: Clara Chef with Anna Azubi \(score 10\)[\s\S]*\? What next\?\s*\n❯ Accept and save/);
    server.keys('forced', 'Enter'); // Accept and save
    expect(await waitForFile(exitFile)).toBe('EXIT=0');

    const pairs = JSON.parse(cli(db, 'pair', 'list', '--round', 'R', '--json')) as { mentor: { email: string }; mentee: { email: string }; why: unknown[]; forced: boolean }[];
    expect(pairs.map((p) => [p.mentee.email, p.mentor.email, p.forced])).toEqual([
      ['clara@example.com', 'anna@example.com', true],
      ['egon@example.com', 'ben@example.com', false],
    ]);
    expect(pairs[0]!.why).toContainEqual({ kind: 'forced', rule: 'reporting line' });
    const next = (JSON.parse(cli(db, 'status', '--json')) as { next: { key: string }[] }).next.map((s) => s.key);
    expect(next).not.toContain('status.next.match.mentees');
    expect(next).not.toContain('status.next.byHand');
  }, 60_000);
});
