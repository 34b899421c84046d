import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

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
        '  1 tandem is stale:',
        '    - Michael Schmitt <michael.schmitt@example.com> (last session 15 Aug 2026; Ben Schwarz <ben.schwarz@example.com>, Lena Vogel <lena.vogel@example.com>)',
        // Past halfway, 4 of the minimum 6 sessions are due by now; Michael's tandem has 2.
        '  1 tandem below the minimum of 6 sessions by now:',
        '    - Michael Schmitt <michael.schmitt@example.com> (2 sessions, 4 more needed; Ben Schwarz <ben.schwarz@example.com>, Lena Vogel <lena.vogel@example.com>)',
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

  it('speaks of stale and below-minimum tandems in the round report\'s terms, in both languages', async () => {
    const de = await tandem(db, ['--lang', 'de', 'status'], { today: TODAY });
    expect(de.stdout).toContain('  1 Tandem ist überfällig:');
    expect(de.stdout).toContain('  1 Tandem bis jetzt unter dem Minimum von 6 Treffen:');
    const report = await tandem(db, ['--lang', 'de', 'round', 'report', 'pilot'], { today: TODAY });
    expect(report.stdout).toContain('1 überfällig');
    expect(report.stdout).toContain('1 unter dem Minimum von 6 Treffen');
    const en = await tandem(db, ['round', 'report', 'pilot'], { today: TODAY });
    expect(en.stdout).toContain('1 below the minimum of 6 sessions');
    expect(en.stdout).toMatch(/\b1 stale\b/);
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

  it('before the start shows the saved pairs, the start date and "starts in N days" (issue 14.6)', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', '2026', '--start', '2026-03-15'], { today: '2026-03-01' });
    const csv = writeTemp('p.csv', 'name,email,role,topics\nAnna,anna@example.com,mentor,instagram\nBen,ben@example.com,mentor,instagram\nEgon,egon@example.com,mentee,instagram\nFrida,frida@example.com,mentee,instagram\n');
    await tandem(db, ['participant', 'import', csv, '--round', '2026'], { today: '2026-03-01' });
    expect((await tandem(db, ['pair', 'match', '--round', '2026', '--yes'], { today: '2026-03-01' })).code).toBe(0);
    const result = await tandem(db, ['status'], { today: '2026-03-01' });
    expect(result.stdout).toBe(
      [
        'Round 2026: starts on 15 Mar 2026, in 14 days  planned',
        '  2 saved pairs · 0 open goals',
        '',
        'Next:',
        '  Round 2026 starts in 14 days with 2 saved pairs: send the tandems their meeting series:',
        '    tandem round calendar 2026 --out-dir invitations/',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await tandem(db, ['status', '--json'], { today: '2026-03-01' })).stdout);
    expect(json.rounds[0]).toMatchObject({ name: '2026', status: 'planned', startsOn: '2026-03-15', startsInDays: 14, savedPairs: 2 });
    const de = await tandem(db, ['--lang', 'de', 'status'], { today: '2026-03-14' });
    expect(de.stdout).toContain('Runde 2026: beginnt am 15.03.2026, in 1 Tag');
    expect(de.stdout).toContain('2 gespeicherte Paare');
    // The suggested command works.
    const dir = tempDir();
    const calendar = await tandem(db, ['round', 'calendar', '2026', '--out-dir', dir], { today: '2026-03-01' });
    expect(calendar.code, calendar.stderr).toBe(0);
    // From the first day on, the usual view.
    const started = await tandem(db, ['status'], { today: '2026-03-15' });
    expect(started.stdout).toContain('Round 2026: week 1 of 27  running');
    expect(started.stdout).toContain('2 active pairs');
  });
});
