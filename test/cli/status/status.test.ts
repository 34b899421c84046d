import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';

const TODAY = '2026-11-27';

describe('tandem status', () => {
  let db: string;
  beforeAll(async () => {
    const dir = tempDir();
    await runCli(['demo', '--out-dir', dir, '--json'], { today: TODAY });
    db = join(dir, 'tandem-demo.db');
  }, 60_000);

  it('names the stale tandems and the unmatched participants of the demo, each with a command to copy', async () => {
    const result = await tandem(db, ['status'], { today: TODAY });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'Round pilot: week 20 of 27  running',
        '  14 active pairs · 42 sessions (7 this month) · 7 open goals',
        '  1 tandem has gone quiet:',
        '    - Michael Schmitt <michael.schmitt@example.com> (last session 15 Aug 2026; Ben Schwarz <ben.schwarz@example.com>, Lena Vogel <lena.vogel@example.com>)',
        '  1 mentor without a pair:',
        '    - Clara Krüger <clara.krueger@example.com>',
        '',
        'Next:',
        '  1 mentor without a pair in round pilot, but every mentee has all their mentors: enrol more mentees or raise a capacity:',
        '    tandem participant list --round pilot --role mentee',
        '  1 stale tandem in round pilot: write a mail-merge list to nudge them:',
        '    tandem round report pilot --stale-only --format csv --out stale.csv',
        '',
      ].join('\n'),
    );
  });

  it('suggests matching when a mentee is unmatched, and the suggested command works', async () => {
    const dir = tempDir();
    await runCli(['demo', '--out-dir', dir, '--json'], { today: TODAY });
    const demo = join(dir, 'tandem-demo.db');
    await tandem(demo, ['participant', 'add', '--round', 'pilot', '--name', 'Nora Neu', '--email', 'nora@example.com', '--role', 'mentee', '--topics', 'instagram', '--capacity', '1'], { today: TODAY });
    const status = await tandem(demo, ['status', '--json'], { today: TODAY });
    const doc = JSON.parse(status.stdout);
    expect(doc.next[0]).toEqual({ key: 'status.next.match.mentees', params: { count: 1, round: 'pilot' }, command: 'tandem pair match --round pilot' });
    const argv = doc.next[0].command.split(' ').slice(1);
    const matched = await tandem(demo, [...argv, '--yes'], { today: TODAY });
    expect(matched.code).toBe(0);
    const after = JSON.parse((await tandem(demo, ['status', '--json'], { today: TODAY })).stdout);
    expect(after.rounds[0].unmatched).toEqual({ mentors: [], mentees: [] });
  });

  it('on an empty database suggests creating a round, and is what `tandem` alone shows on a terminal', async () => {
    const empty = tempDbPath();
    const result = await tandem(empty, ['status'], { today: TODAY });
    expect(result.stdout).toBe('No open round.\nNext:\n  Create the first round:\n    tandem round create <name> --start <YYYY-MM-DD>\n');
    const bare = await tandem(empty, [], { today: TODAY, tty: true, env: { NO_COLOR: '1' } });
    expect(bare.stdout).toBe(result.stdout);
    const piped = await tandem(empty, [], { today: TODAY });
    expect(piped.stdout).toContain('Usage: tandem');
  });

  it('asks to close a finished round', async () => {
    const past = tempDbPath();
    await tandem(past, ['round', 'create', '2025', '--start', '2025-01-15'], { today: TODAY });
    const result = await tandem(past, ['status', '--json'], { today: TODAY });
    expect(JSON.parse(result.stdout).next).toEqual([{ key: 'status.next.close', params: { round: '2025' }, command: 'tandem round close 2025' }]);
  });
});
