import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../src/cli/io.js';
import { tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/** Issue 12 point 8: names, round names and CSV cells never reach the terminal with their control characters. */
const EVIL = 'Evil\u001b[2J\u001b]0;PWNED\u0007';
const ROUND = 'R\u001b[2J\u0007\u009b31m\u202e';
// ESC, BEL, CR, C1 and the bidi controls: none may come out raw.
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function programme(): Promise<string> {
  const db = tempDbPath();
  const steps = [
    ['round', 'create', ROUND, '--start', '2026-01-15'],
    ['participant', 'add', '--round', ROUND, '--name', EVIL, '--email', 'evil@example.com', '--role', 'mentor', '--topics', 'x', '--department', 'D\u001b[5m', '--location', 'L\u0007'],
    ['participant', 'add', '--round', ROUND, '--name', 'Mia\u001b[31m', '--email', 'mia@example.com', '--role', 'mentee', '--topics', 'x', '--department', 'E'],
  ];
  for (const argv of steps) {
    const result = await tandem(db, argv);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(RAW);
  }
  return db;
}

describe('control characters are neutralised where text reaches the terminal', () => {
  const commands: string[][] = [
    ['person', 'list'],
    ['person', 'list', '--json'],
    ['person', 'show', 'evil@example.com'],
    ['status'],
    ['round', 'list'],
    ['round', 'list', '--json'],
    ['round', 'show', ROUND],
    ['participant', 'list', '--round', ROUND],
    ['participant', 'list', '--round', ROUND, '--json'],
    ['pair', 'match', '--round', ROUND, '--dry-run'],
    ['pair', 'match', '--round', ROUND, '--yes'],
    ['pair', 'list', '--round', ROUND],
    ['pair', 'list', '--round', ROUND, '--json'],
    ['round', 'report', ROUND],
    ['completion', '--list-rounds'],
  ];
  it.each(commands)('%s %s %s %s: no raw control byte on stdout or stderr, plain or on a colour terminal', async (...argv) => {
    const db = await programme();
    if (argv[0] === 'pair' && argv[1] === 'list') await tandem(db, ['pair', 'match', '--round', ROUND, '--yes']);
    for (const tty of [false, true]) {
      const result = await tandem(db, argv, { tty, env: { PAGER: 'cat' } });
      expect(result.code, result.stderr).toBe(0);
      // Colour sequences of the palette are ours; everything else must be escaped.
      const stdout = result.stdout.replace(/\u001b\[(?:1|2|4|22|24|31|32|33|36|39)m/g, '');
      expect(stdout, `stdout of ${argv.join(' ')} (tty ${tty})`).not.toMatch(RAW);
      // A progress line redraws itself with a carriage return of ours (io.redraw): "\rmatching 1/3 (33%)".
      const stderr = result.stderr.replace(/\r(?=[^\r\n]* \d+\/\d+ \(\d+%\))/g, '');
      expect(stderr, `stderr of ${argv.join(' ')}`).not.toMatch(RAW);
      expect(stdout).not.toContain('PWNED\u0007');
    }
  });

  it('shows the escapes instead, and JSON stays valid JSON with the exact text', async () => {
    const db = await programme();
    const list = await tandem(db, ['person', 'list']);
    expect(list.stdout).toContain('Evil\\u001b[2J\\u001b]0;PWNED\\u0007');
    const json = await tandem(db, ['round', 'list', '--json']);
    expect(JSON.parse(json.stdout)[0].name).toBe(ROUND);
    const people = JSON.parse((await tandem(db, ['person', 'list', '--json'])).stdout) as { name: string; email: string }[];
    expect(people.find((p) => p.email === 'evil@example.com')?.name).toBe(EVIL);
  });

  it('error lines quoting an unknown name, a CSV cell or a CSV header are escaped', async () => {
    const db = await programme();
    const cases: [string[], number][] = [
      [['round', 'show', 'nope\u001b[2J'], 1],
      [['person', 'show', 'x\u001b]0;t\u0007@example.com'], 2],
      [['person', 'show', 'nobody\u001b[2J@example.com'], 1],
      [['participant', 'import', writeTemp('p.csv', 'name,email,role,topics\n"B\u001b[2J",b@example.com,mentee\u0007,x\n'), '--round', ROUND], 2],
      [['person', 'import', writeTemp('q.csv', 'na\u001b]0;me\u0007,email\n')], 2],
      [['round', 'list', '--fr\u001b[2Job'], 2],
    ];
    for (const [argv, code] of cases) {
      const result = await tandem(db, argv);
      expect(result.code, result.stderr).toBe(code);
      expect(result.stderr).toMatch(/^tandem: error: /);
      expect(result.stderr, argv.join(' ')).not.toMatch(RAW);
      expect(result.stderr).toMatch(/\\u00(1b|07)/);
    }
  });

  it.each([
    ['plain', 'plain'],
    ['a\u001b[2Jb', 'a\\u001b[2Jb'],
    ['bell\u0007', 'bell\\u0007'],
    ['cr\rx', 'cr\\u000dx'],
    ['csi\u009b2J', 'csi\\u009b2J'],
    ['bidi\u202egnp.exe', 'bidi\\u202egnp.exe'],
    ['keeps\nnewlines\tand tabs', 'keeps\nnewlines\tand tabs'],
  ])('terminalSafe(%j) = %j', (text, safe) => {
    expect(terminalSafe(text)).toBe(safe);
  });

  it('keeps the palette\u2019s colour codes only when colour is on, never other sequences', () => {
    expect(terminalSafe('\u001b[1mbold\u001b[22m \u001b[2J', true)).toBe('\u001b[1mbold\u001b[22m \\u001b[2J');
    expect(terminalSafe('\u001b[1mbold\u001b[22m', false)).toBe('\\u001b[1mbold\\u001b[22m');
    // Inside JSON an escaped C1 or bidi character decodes to itself.
    expect(JSON.parse(terminalSafe(JSON.stringify({ s: 'a\u009bb\u202e' })))).toEqual({ s: 'a\u009bb\u202e' });
  });
});
