import fc from 'fast-check';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, type RunResult } from '../helpers/cli.js';
import { BIN, hasCommand, recordFaults, spawnTandem, type Spawned } from './helpers.js';

/**
 * Hostile input: random and malformed CSV files for every import, random command
 * lines, a few of each through a real process. Whatever happens: exit 0, 1 or 2, one
 * known error message (no stack trace, no internal error), and after a failure the
 * database is unchanged byte for byte.
 */
const FIXTURE = new URL('../fixtures/schema-v1.db', import.meta.url).pathname;

interface Import {
  name: string;
  argv: (file: string) => string[];
  columns: string[];
  values: string[];
}

const EMAILS = ['lena.vogel@example.com', 'karin.weiss@example.com', 'sabine.krueger@example.com', 'Thomas.Berger@Example.com', 'x@y', '@', 'a@b.c'];
const IMPORTS: Import[] = [
  {
    name: 'person import',
    argv: (f) => ['person', 'import', f],
    columns: ['name', 'email', 'department', 'location', 'manager_email', 'languages'],
    values: [...EMAILS, 'Lena Vogel', 'IT', 'de|en', 'de;en'],
  },
  {
    name: 'participant import',
    argv: (f) => ['participant', 'import', f, '--round', '2026'],
    columns: ['name', 'email', 'role', 'department', 'location', 'manager_email', 'topics', 'capacity', 'languages'],
    values: [...EMAILS, 'mentor', 'mentee', 'MENTOR', '#Instagram;twitter', '1', '0', '-1', '999999999999'],
  },
  {
    name: 'session import',
    argv: (f) => ['session', 'import', f, '--round', '2026'],
    columns: ['mentee_email', 'date', 'minutes', 'mentor_emails', 'format', 'topics', 'note', 'highlight'],
    values: [...EMAILS, '2026-02-02', '2026-02-30', '2031-01-01', '60', '0', '601', 'video', 'in-person', 'telepathy'],
  },
  {
    name: 'goal import',
    argv: (f) => ['goal', 'import', f, '--round', '2026'],
    columns: ['mentee_email', 'goal', 'topic', 'achieved_on'],
    values: [...EMAILS, 'Eine Story posten', '#Instagram', '2026-02-02', 'yesterday'],
  },
  {
    name: 'survey import',
    argv: (f) => ['survey', 'import', f, '--round', '2026'],
    columns: ['role', 'recommend', 'nps', 'satisfaction', 'learning', 'continue', 'highlight'],
    values: ['mentor', 'mentee', 'yes', 'no', 'ja', 'nein', '0', '10', '11', '5', '6', '-3', 'great'],
  },
];

let dir: string;
let db: string;
let base: Buffer;
let cwd: string;
const tally = { csvRuns: 0, argvRuns: 0, jsonRuns: 0, spawned: 0, exit: { 0: 0, 1: 0, 2: 0 } as Record<number, number>, skipped: [] as string[] };

/** Runs tandem on the shared database and checks the rules; restores the database after a success. */
async function hostile(argv: string[], what: string): Promise<RunResult> {
  const result = await runCli(['--db', db, ...argv], { env: { HOME: dir, XDG_DATA_HOME: dir, TANDEM_BUSY_TIMEOUT_MS: '2000' } });
  expectSafe(result, what);
  if (result.code === 0) restore();
  return result;
}

function expectSafe(result: { code: number | null; stderr: string }, what: string): void {
  tally.exit[result.code ?? -1] = (tally.exit[result.code ?? -1] ?? 0) + 1;
  expect([0, 1, 2], `${what}: exit ${result.code}\n${result.stderr.slice(0, 500)}`).toContain(result.code);
  expect(result.stderr, what).not.toMatch(/\n\s+at .*[(:]/);
  // An error tandem did not foresee ends with this hint; every foreseen one has its own message.
  expect(result.stderr, `${what}: unexpected error\n${result.stderr.slice(0, 500)}`).not.toMatch(/TANDEM_DEBUG=1/);
  if (result.code !== 0) {
    expect(readFileSync(db).equals(base), `${what}: the database changed although the command failed`).toBe(true);
    expect(existsSync(`${db}-wal`) && readFileSync(`${db}-wal`).length > 0, `${what}: a WAL was left`).toBe(false);
  }
}

function restore(): void {
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
  if (!readFileSync(db).equals(base)) writeFileSync(db, base);
}

const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** A CSV of one kind: some of its columns in any order and case, maybe an unknown one, cells plausible or hostile. */
function csvText(imp: Import): fc.Arbitrary<string> {
  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('"', '""', '"a"b"', ',', ';', '\n', '\r', '=HYPERLINK("x")', '\u202E', '\uFEFF', ' ', ''),
  );
  const cellArb = fc.oneof(fc.constantFrom(...imp.values), hostileText);
  const header = fc.tuple(
    fc.shuffledSubarray(imp.columns, { minLength: 1 }),
    fc.option(fc.constantFrom('nickname', 'EMAIL', 'Email ', ''), { nil: undefined }),
    fc.boolean(),
  );
  return fc
    .tuple(header, fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.boolean(), fc.array(fc.array(cellArb, { maxLength: 10 }), { maxLength: 12 }))
    .map(([[cols, extra, upper], sep, eol, quoteAll, bom, rows]) => {
      const names = extra === undefined ? cols : [...cols, extra];
      const q = (s: string) => (quoteAll || /["\n\r,;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const lines = [names.map((c) => (upper ? c.toUpperCase() : c)).join(sep), ...rows.map((r) => r.map(q).join(sep))];
      return (bom ? '\uFEFF' : '') + lines.join(eol) + eol;
    });
}

/** Bytes with invalid UTF-8 sequences or NUL bytes spliced in. */
function spliced(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  const bad = fc.constantFrom([0xff], [0xfe, 0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00], [0xc0, 0x80]);
  return fc.tuple(text, fc.array(fc.tuple(fc.nat(), bad), { minLength: 1, maxLength: 4 })).map(([t, inserts]) => {
    let bytes = Array.from(Buffer.from(t, 'utf8'));
    for (const [at, seq] of inserts) {
      const i = bytes.length ? at % (bytes.length + 1) : 0;
      bytes = [...bytes.slice(0, i), ...seq, ...bytes.slice(i)];
    }
    return Uint8Array.from(bytes);
  });
}

beforeAll(async () => {
  dir = tempDir('tandem-hostile-');
  db = join(dir, 'tandem.db');
  copyFileSync(FIXTURE, db);
  if (await hasCommand('survey', 'create')) {
    const created = await runCli(['--db', db, 'survey', 'create', '--round', '2026']);
    expect(created.code, created.stderr).toBe(0);
  }
  // Opened once by tandem (WAL mode, current schema), so every run starts from the same bytes.
  expect((await runCli(['--db', db, 'round', 'list'])).code).toBe(0);
  base = readFileSync(db);
  // Relative paths in random command lines land in a scratch folder, never in the repository.
  cwd = process.cwd();
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(cwd);
  recordFaults(
    'hostile',
    `hostile input: ${tally.csvRuns} CSV files, ${tally.jsonRuns} JSON documents, ${tally.argvRuns} command lines in-process, ${tally.spawned} spawned; ` +
      `exit codes ${JSON.stringify(tally.exit)}; 0 stack traces, 0 internal errors, 0 changed databases after a failure` +
      (tally.skipped.length ? `; not built yet: ${tally.skipped.join(', ')}` : ''),
  );
});

describe('hostile CSV files', () => {
  for (const imp of IMPORTS) {
    it(`${imp.name}: random, malformed and oversized files`, async () => {
      if (!(await hasCommand(...imp.argv('x').slice(0, 2)))) {
        tally.skipped.push(imp.name);
        return;
      }
      const run = async (bytes: Uint8Array | string, what: string) => {
        tally.csvRuns++;
        return hostile(imp.argv(file('input.csv', bytes)), `${imp.name} (${what})`);
      };
      await fc.assert(fc.asyncProperty(csvText(imp), (text) => run(text, 'structured').then(() => true)), { numRuns: 60 });
      await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (bytes) => run(bytes, 'random bytes').then(() => true)), { numRuns: 25 });
      await fc.assert(fc.asyncProperty(spliced(csvText(imp)), (bytes) => run(bytes, 'invalid UTF-8 / NUL').then(() => true)), { numRuns: 25 });

      const header = imp.columns.join(',');
      const big: [string, string | Uint8Array][] = [
        ['100,000 columns', `${header},${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n${'x,'.repeat(100_000 + imp.columns.length - 1)}x\n`],
        ['100,000 known columns', `${`${imp.columns[0]},`.repeat(100_000)}${imp.columns[0]}\n`],
        ['100,000 cells in a row', `${header}\n${'a,'.repeat(100_000)}a\n`],
        ['a 5 MB field', `${header}\n"${'x'.repeat(5_000_000)}"${','.repeat(imp.columns.length - 1)}\n`],
        ['a million quotes', '"'.repeat(1_000_000)],
        ['doubled quotes', `${header}\n"${'""'.repeat(500_000)}"\n`],
        ['an unclosed quote', `${header}\n"${'a'.repeat(100)}\n${'b,'.repeat(1000)}\n`],
        ['nested quote runs', `${header}\n${Array.from({ length: 2000 }, (_, i) => `"${'"'.repeat(i % 7)}a${'"'.repeat(i % 5)}"`).join(',')}\n`],
        ['a NUL byte', `${header}\n\0${','.repeat(imp.columns.length - 1)}\n`],
        ['only a BOM', '\uFEFF'],
        ['empty', ''],
        ['50,000 blank lines', `${header}\n${'\n'.repeat(50_000)}`],
        ['CR line ends', `${header}\r${imp.values.slice(0, imp.columns.length).join(',')}\r`],
        ['UTF-16', Buffer.from(`\uFEFF${header}\n`, 'utf16le')],
        ['10,000 bad rows', `${header}\n${`${'@'.repeat(3)}${','.repeat(imp.columns.length - 1)}\n`.repeat(10_000)}`],
      ];
      for (const [what, bytes] of big) await run(bytes, what);
      // A missing file and a folder.
      tally.csvRuns += 2;
      await hostile(imp.argv(join(dir, 'no-such.csv')), `${imp.name} (missing file)`);
      await hostile(imp.argv(dir), `${imp.name} (a folder)`);
    }, 180_000);
  }
});

describe('hostile JSON for tandem import', () => {
  it('refuses anything but a valid export, creating no database', async () => {
    const target = join(dir, 'restore.db');
    const valid = JSON.parse((await runCli(['--db', db, 'export'])).stdout) as Record<string, unknown>;
    const jsonValue = fc.jsonValue({ maxDepth: 4 });
    const mutation = fc.oneof(
      fc.constant(valid),
      jsonValue,
      fc.tuple(fc.constantFrom('tandem', 'schemaVersion', 'tables', 'extra'), jsonValue).map(([k, v]) => ({ ...valid, [k]: v })),
      fc.tuple(fc.constantFrom('person', 'round', 'pair', 'session', 'survey_response', 'nope'), jsonValue).map(([k, v]) => ({
        ...valid,
        tables: { ...(valid.tables as object), [k]: v },
      })),
    );
    const run = async (bytes: string | Uint8Array, what: string) => {
      tally.jsonRuns++;
      const result = await runCli(['--db', target, 'import', file('doc.json', bytes)]);
      expectSafe({ code: result.code, stderr: result.stderr }, `import (${what})`);
      if (result.code !== 0) expect(existsSync(target), `import (${what}) left a database`).toBe(false);
      rmSync(target, { force: true });
    };
    await fc.assert(fc.asyncProperty(mutation, (doc) => run(JSON.stringify(doc), 'mutated').then(() => true)), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), (bytes) => run(bytes, 'random bytes').then(() => true)), { numRuns: 20 });
    for (const [what, text] of [
      ['deep arrays', '['.repeat(200_000) + ']'.repeat(200_000)],
      ['deep objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
      ['a huge string', `{"tandem":1,"schemaVersion":1,"tables":{"person":[{"id":1,"name":"${'x'.repeat(5_000_000)}"}]}}`],
      ['a huge number', '{"tandem":1,"schemaVersion":1e400,"tables":{}}'],
      ['an unsafe integer id', JSON.stringify({ ...valid, tables: { ...(valid.tables as object), goal: [{ id: 2 ** 60, round_id: 1, mentee_id: 1, text: 'x', topic: null, achieved_on: null }] } })],
    ] as const) {
      await run(text, what);
    }
  }, 180_000);
});

describe('hostile command lines', () => {
  it('random arguments to every command', async () => {
    const words = fc.constantFrom(
      'round', 'participant', 'person', 'pair', 'session', 'goal', 'survey', 'status', 'backup', 'export', 'import', 'db', 'check', 'demo',
      'create', 'list', 'show', 'edit', 'close', 'reopen', 'unlock', 'include', 'report', 'compare', 'certificates', 'add', 'remove', 'forget', 'match', 'end', 'lock', 'exclude',
      'log', 'done', 'respond', 'help', '2026', '2025', 'lena.vogel@example.com', 'karin.weiss@example.com', 'final',
    );
    const options = fc.constantFrom(
      '--round', '--start', '--end', '--months', '--from', '--json', '--format', '--out', '--yes', '-y', '--dry-run', '--force', '--lang',
      '--name', '--email', '--role', '--help', '-h', '--version', '--quiet', '--no-color', '--weights', '--as-of', '--stale-days', '--stale-only',
      '--mentee', '--mentor', '--date', '--minutes', '--topics', '--note', '--min-group', '--capacity', '--manager', '--rematch', '--allow-repeat',
      '--since', '--reason', '--remove', '--open', '--topic', '--out-dir', '--cadence-days', '--min-sessions', '--mentors-per-mentee', '--languages', '--',
    );
    const values = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.integer().map(String),
      fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '-1', '1e309', 'NaN', '', ' ', '-', 'x'.repeat(100_000), 'topic=abc,location=-5', 'md', 'html', 'csv', 'de', 'fr'),
    );
    // Never another database, never a path outside the scratch folder.
    const safe = (t: string) => (t.startsWith('--db') ? '--dbx' : t.replace(/[/\\]/g, '_').replace(/^~/, '_'));
    const commands = fc.constantFrom(
      ['status'], ['round', 'create'], ['round', 'list'], ['round', 'show'], ['round', 'edit'], ['round', 'close'], ['round', 'reopen'], ['round', 'report'], ['round', 'compare'],
      ['round', 'certificates'], ['participant', 'add'], ['participant', 'import'], ['participant', 'list'], ['participant', 'remove'],
      ['person', 'import'], ['person', 'add'], ['person', 'list'], ['person', 'show'], ['person', 'forget'], ['pair', 'match'], ['pair', 'list'],
      ['pair', 'add'], ['pair', 'end'], ['pair', 'lock'], ['pair', 'unlock'], ['pair', 'exclude'], ['pair', 'include'], ['session', 'log'], ['session', 'list'], ['session', 'import'],
      ['goal', 'add'], ['goal', 'done'], ['goal', 'list'], ['goal', 'remove'], ['goal', 'import'], ['survey', 'create'], ['survey', 'respond'],
      ['survey', 'import'], ['survey', 'report'], ['backup'], ['export'], ['import'], ['db', 'check'], ['demo'],
    );
    const tail = fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(options, values).map(([o, v]) => [o, v]) },
        { weight: 1, arbitrary: options.map((o) => [o]) },
        { weight: 2, arbitrary: fc.oneof(words, values).map((w) => [w]) },
      ),
      { maxLength: 6 },
    );
    // Mostly a real command with random options and values; sometimes any words at all.
    const argv = fc
      .oneof(
        { weight: 3, arbitrary: fc.tuple(commands, tail).map(([c, t]) => [...c, ...t.flat()]) },
        { weight: 1, arbitrary: fc.array(fc.oneof(words, options, values), { maxLength: 9 }) },
      )
      .map((a) => a.map(safe));
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        tally.argvRuns++;
        await hostile(args, `tandem ${JSON.stringify(args).slice(0, 300)}`);
        return true;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  }, 180_000);
});

describe('hostile input to a real process', () => {
  const check = (r: Spawned, what: string) => {
    tally.spawned++;
    expectSafe({ code: r.code, stderr: r.stderr }, what);
    expect(r.signal, what).toBeNull();
    if (r.code === 0) restore();
  };

  it('random bytes, 100,000 columns, invalid UTF-8 and huge arguments', async () => {
    const random = file('random.csv', Uint8Array.from({ length: 100_000 }, () => Math.floor(Math.random() * 256)));
    check(await spawnTandem(['--db', db, 'participant', 'import', random, '--round', '2026']), 'spawned random bytes');
    const wide = file('wide.csv', `name,email,${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\n`);
    check(await spawnTandem(['--db', db, 'person', 'import', wide]), 'spawned 100,000 columns');
    check(await spawnTandem(['--db', db, 'round', 'show', 'x'.repeat(120_000)]), 'spawned 120 kB argument (the most one argument may have)');
    check(await spawnTandem(['--db', db, 'round', 'create', '\uFFFD\uD800', '--start', '2026-01-01']), 'spawned odd unicode');
    const deep = file('deep.json', '['.repeat(500_000));
    check(await spawnTandem(['--db', join(dir, 'deep.db'), 'import', deep]), 'spawned deep JSON');
    expect(existsSync(join(dir, 'deep.db'))).toBe(false);
    // Invalid UTF-8 in argv needs a shell to pass raw bytes.
    const r = await new Promise<Spawned>((resolve) => {
      import('node:child_process').then(({ spawn }) => {
        const started = Date.now();
        const child = spawn('bash', ['-c', `"${process.execPath}" "$BIN" --db "$DB" round show $'\\xff\\xfe\\xc3' --round $'\\xc0\\x80'`], {
          env: { PATH: process.env.PATH, BIN, DB: db, TANDEM_TODAY: '2026-03-01', HOME: dir },
        });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr, ms: Date.now() - started, finishedFirst: false, writeAt: null }));
      });
    });
    check(r, 'spawned invalid UTF-8 argv');
  }, 60_000);
});
