import { describe, afterAll, expect, it } from 'vitest';
import { HAVE_TMUX, cliOutside as cli, startWizard, tmuxServer, waitForFile, wizardRound } from '../helpers/tmux.js';

/**
 * The top of the org chart paired by hand, for real in a terminal: tmux runs
 * `tandem pair match` on a round whose CEO mentee has every mentor in her management
 * chain; the organiser picks "Assign a mentee by hand", the CEO, a mentor marked with the
 * rule it breaks, confirms, and saves, with arrow keys and Enter.
 */
const server = tmuxServer('tandem-forced');

describe.skipIf(!HAVE_TMUX)('pair match: a CEO mentee paired by hand in a real terminal (tmux)', () => {
  afterAll(() => server.kill());

  it('offers the mentors past the broken rule, confirms, saves a forced pair, and status stops advising pair match', async () => {
    const { db, dir } = wizardRound(
      'tandem-forced-',
      'name,email,role,manager_email,topics,languages\n' +
        'Anna Azubi,anna@example.com,mentor,clara@example.com,instagram,de\n' +
        'Ben Becker,ben@example.com,mentor,clara@example.com,linkedin,en\n' +
        'Clara Chef,clara@example.com,mentee,,instagram,de\n' +
        'Egon Exec,egon@example.com,mentee,,instagram,de;en\n',
    );
    const exitFile = startWizard(server, 'forced', db, dir);
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
