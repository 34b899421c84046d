import { describe, expect, it } from 'vitest';
import { runCli, snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { participantsCsv, withRound, writeTemp } from '../../helpers/fixtures.js';

/** A round of six participants (three mentors, three mentees), matched. */
async function programme(): Promise<string> {
  const db = tempDbPath();
  await withRound(db);
  expect((await tandem(db, ['participant', 'import', writeTemp('p.csv', participantsCsv(6)), '--round', '2026'])).code).toBe(0);
  expect((await tandem(db, ['--yes', 'pair', 'match', '--round', '2026'])).code).toBe(0);
  return db;
}

/** Runs with stdout as a terminal of `columns` and a fake pager that records what it was given. */
async function onTerminal(db: string, argv: string[], env: Record<string, string | undefined>, columns = 80) {
  const paged: { command: string; text: string }[] = [];
  const page = async (command: string, text: string) => {
    paged.push({ command, text });
    return true;
  };
  // CI set: a terminal, but no prompts
  const result = await runCli(['--db', db, ...argv], { tty: true, columns, env: { CI: '1', ...env }, page });
  return { ...result, paged };
}

describe('--limit on every list', () => {
  const lists = [
    ['person', 'list'],
    ['participant', 'list', '--round', '2026'],
    ['pair', 'list', '--round', '2026'],
    ['round', 'list'],
  ];

  it.each(lists)('%s %s: the first n rows, JSON too, "… and N more" on stderr', async (...argv) => {
    const db = await programme();
    const all = JSON.parse((await tandem(db, ['--json', ...argv])).stdout) as unknown[];
    const one = await tandem(db, ['--json', ...argv, '--limit', '1']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(all.slice(0, 1));
    if (all.length > 1) expect(one.stderr).toContain(`… and ${all.length - 1} more`);
    const wide = await tandem(db, [...argv, '--limit', '1000']);
    expect(wide.code).toBe(0);
    expect(wide.stderr).not.toContain('more');
  });

  it('goal and session lists take it too', async () => {
    const db = await programme();
    for (const date of ['2026-01-20', '2026-02-03']) {
      expect((await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'p1@example.com', '--date', date, '--minutes', '60'])).code).toBe(0);
    }
    for (const text of ['first story', 'an account']) expect((await tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'p1@example.com', text])).code).toBe(0);
    for (const group of ['session', 'goal']) {
      const r = await tandem(db, ['--json', group, 'list', '--round', '2026', '--limit', '1']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toHaveLength(1);
      expect(r.stderr).toContain('… and 1 more');
    }
  });

  it.each(['0', '-1', 'ten', '1.5', ''])('--limit %j is a usage error (exit 2), the database untouched', async (value) => {
    const db = await programme();
    const before = snapshot(db);
    const r = await tandem(db, ['pair', 'list', '--round', '2026', '--limit', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`tandem: error: --limit: "${value}" must be a whole number from 1 to 1000000000`);
    expect(r.stdout).toBe('');
    expect(snapshot(db)).toEqual(before);
  });

  it('in German too', async () => {
    const db = await programme();
    const r = await tandem(db, ['--lang', 'de', 'pair', 'list', '--round', '2026', '--limit', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit: „x“ muss eine ganze Zahl von 1 bis 1000000000 sein');
  });
});

describe('the pager', () => {
  it('a list on a terminal goes through $PAGER (default less -FRX), fitted to the width', async () => {
    const db = await programme();
    const paged = await onTerminal(db, ['pair', 'list', '--round', '2026'], { PAGER: undefined }, 60);
    expect(paged.code).toBe(0);
    expect(paged.stdout).toBe('');
    expect(paged.paged).toHaveLength(1);
    expect(paged.paged[0]!.command).toBe('less -FRX');
    for (const line of paged.paged[0]!.text.trimEnd().split('\n')) expect([...line.replace(/\u001b\[[0-9;]*m/g, '')].length).toBeLessThanOrEqual(60);
    expect((await onTerminal(db, ['person', 'list'], { PAGER: 'most' })).paged[0]!.command).toBe('most');
    expect((await onTerminal(db, ['person', 'list'], { PAGER: 'most', TANDEM_PAGER: 'less -S' })).paged[0]!.command).toBe('less -S');
  });

  it.each([{ PAGER: 'cat' }, { PAGER: '' }, { TANDEM_PAGER: '', PAGER: 'less' }, { TANDEM_PAGER: 'cat' }])('%j: no pager, straight to stdout', async (env) => {
    const db = await programme();
    const r = await onTerminal(db, ['person', 'list'], env);
    expect(r.paged).toHaveLength(0);
    expect(r.stdout).toContain('│ Person');
  });

  it('never with --json, never for a file, never off a terminal', async () => {
    const db = await programme();
    const json = await onTerminal(db, ['--json', 'person', 'list'], {});
    expect(json.paged).toHaveLength(0);
    expect(JSON.parse(json.stdout)).toHaveLength(6);
    const piped = await runCli(['--db', db, 'person', 'list'], { env: { PAGER: 'less' } });
    expect(piped.stdout).toContain('p0@example.com');
  });

  it('a pager that cannot start: the list is printed instead', async () => {
    const db = await programme();
    const r = await runCli(['--db', db, 'person', 'list'], { tty: true, columns: 200, env: { CI: '1' }, page: async () => false });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('p0@example.com');
  });
});
