import { linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDir } from '../../helpers/cli.js';
import { buildReportFixture } from '../../helpers/round-fixture.js';

// Every command that writes a file goes through one writer: the format from --format or
// the extension, an unknown or contradicting extension is exit 2, the database and its
// companion files are never written over, paths are relative to the run's folder.

const TODAY = '2026-03-01';

/** Round 2026 with sessions and a survey, and round 2025 beside it (for round compare). */
async function fixture(): Promise<string> {
  const db = join(tempDir(), 'tandem.db');
  buildReportFixture(db);
  for (const argv of [
    ['round', 'create', '2025', '--start', '2025-01-15'],
    ['survey', 'create', '--round', '2026'],
  ]) {
    const result = await tandem(db, argv, { today: TODAY });
    if (result.code !== 0) throw new Error(result.stderr);
  }
  return db;
}

const COMMANDS: [string, string[]][] = [
  ['round report', ['round', 'report', '2026']],
  ['survey report', ['survey', 'report', '--round', '2026']],
  ['round compare', ['round', 'compare', '2025', '2026']],
];

const STARTS: Record<string, RegExp> = {
  html: /^<!doctype html>\n[\s\S]*<\/html>\n$/,
  md: /^# \S/,
  json: /^[[{]/,
  csv: /^[a-z_]+(,[a-z_]+)+\n/,
};

let template: string;
beforeAll(async () => {
  template = await fixture();
});

/** A private copy of the fixture database in a fresh folder. */
function freshDb(): string {
  const db = join(tempDir(), 'tandem.db');
  writeFileSync(db, readFileSync(template));
  return db;
}

describe.each(COMMANDS)('%s --out', (_, argv) => {
  it.each(['html', 'md', 'json', 'csv'])('r.%s is written in that format, mode 0600, relative to the run’s folder', async (ext) => {
    const db = freshDb();
    const cwd = tempDir();
    const result = await tandem(db, [...argv, '--out', `r.${ext}`], { today: TODAY, cwd });
    expect(result.stderr).toBe(`wrote ${join(cwd, `r.${ext}`)}\n`);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const text = readFileSync(join(cwd, `r.${ext}`), 'utf8');
    expect(text).toMatch(STARTS[ext]!);
    if (ext === 'json') JSON.parse(text);
    expect(statSync(join(cwd, `r.${ext}`)).mode & 0o777).toBe(0o600);
    expect(readdirSync(cwd)).toEqual([`r.${ext}`]);
  });

  it.each([
    [['--out', 'r.pdf'], 'tandem: error: --out {cwd}/r.pdf: unknown extension .pdf (expected .md, .html, .htm, .json, .csv, .xlsx, or name the format with --format)'],
    [['--out', 'r.txt'], 'tandem: error: --out {cwd}/r.txt: unknown extension .txt (expected .md, .html, .htm, .json, .csv, .xlsx, or name the format with --format)'],
    [['--out', 'report'], 'tandem: error: --out {cwd}/report has no extension (expected .md, .html, .htm, .json, .csv, .xlsx, or name the format with --format)'],
    [['--format', 'md', '--out', 'r.html'], 'tandem: error: --out {cwd}/r.html: the extension .html contradicts --format md (expected .md)'],
    [['--json', '--out', 'r.md'], 'tandem: error: --out {cwd}/r.md: the extension .md contradicts --format json (expected .json)'],
    [['--format', 'pdf', '--out', 'r.pdf'], 'tandem: error: unknown format "pdf" (expected table, md, html, json, csv, xlsx)'],
  ])('%j is exit 2, nothing written', async (args, message) => {
    const db = freshDb();
    const cwd = tempDir();
    const before = snapshot(db);
    const result = await tandem(db, [...argv, ...args], { today: TODAY, cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message.replace('{cwd}', cwd)}\n` });
    expect(readdirSync(cwd)).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it('--format table --out r.txt writes the plain table', async () => {
    const db = freshDb();
    const cwd = tempDir();
    expect((await tandem(db, [...argv, '--format', 'table', '--out', 'r.txt'], { today: TODAY, cwd, tty: true })).code).toBe(0);
    expect(readFileSync(join(cwd, 'r.txt'), 'utf8')).not.toContain('\u001b[');
  });

  it.each(DATABASE_TARGETS)('refuses %s with exit 2 and leaves the database byte-identical', async (_, target) => {
    await refusesDatabase(argv, target);
  });

  it('a 5,000-character name and /proc/self/mem are one-line errors with exit 2', async () => {
    const db = freshDb();
    const cwd = tempDir();
    const long = await tandem(db, [...argv, '--out', `${'a'.repeat(5000)}.html`], { today: TODAY, cwd });
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/^tandem: error: cannot write \/\S{1,150}…a+\.html: the file name is too long\n$/);
    const mem = await tandem(db, [...argv, '--format', 'md', '--out', '/proc/self/mem'], { today: TODAY, cwd });
    expect(mem.code).toBe(2);
    expect(mem.stderr).toMatch(/^tandem: error: cannot write \/proc\/self\/mem: [^\n]+\n$/);
    // A line break or a NUL byte in the name: still one line, exit 2.
    const newline = await tandem(db, [...argv, '--out', 'a\nb.pdf'], { today: TODAY, cwd });
    expect(newline).toMatchObject({ code: 2, stderr: expect.stringMatching(/^tandem: error: --out \S+\/a\\nb\.pdf: unknown extension \.pdf [^\n]+\n$/) });
    const nul = await tandem(db, [...argv, '--out', 'a\0b.html'], { today: TODAY, cwd });
    expect(nul).toMatchObject({ code: 2, stderr: expect.stringMatching(/^tandem: error: cannot write [^\n]+\n$/) });
    expect(readdirSync(cwd)).toEqual([]);
  });
});

/** Ways to name the database or its companions; each gets the database's folder and name. */
const DATABASE_TARGETS: [string, (dir: string, name: string) => string][] = [
  ['the database itself', (dir, name) => join(dir, name)],
  ['./ and ../ spellings of it', (dir, name) => `${dir}/./../${basename(dir)}/./${name}`],
  ['a symlink to it', (dir, name) => link(join(dir, name), join(tempDir(), 'report.html'))],
  ['its -wal file', (dir, name) => join(dir, `${name}-wal`)],
  ['its -shm file', (dir, name) => join(dir, `${name}-shm`)],
  ['its -journal file', (dir, name) => join(dir, `${name}-journal`)],
  ['a hard link to it', (dir, name) => hardLink(join(dir, name), join(tempDir(), 'report.csv'))],
  ['a dangling symlink to its -journal file', (dir, name) => link(join(dir, `${name}-journal`), join(tempDir(), 'report.json'))],
];

function hardLink(target: string, path: string): string {
  linkSync(target, path);
  return path;
}

function link(target: string, path: string): string {
  symlinkSync(target, path);
  return path;
}

async function refusesDatabase(argv: string[], target: (dir: string, name: string) => string): Promise<void> {
  const db = freshDb();
  const out = target(dirname(db), basename(db));
  const before = snapshot(db);
  const files = readdirSync(dirname(db)).sort();
  const result = await tandem(db, [...argv, '--out', out], { today: TODAY });
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(`tandem: error: refusing to write ${out}: it is the database or one of its -wal, -shm or -journal files\n`);
  expect(snapshot(db)).toEqual(before);
  expect(readdirSync(dirname(db)).sort()).toEqual(files);
}

describe('export --out', () => {
  it('writes JSON (a .json file, or a name without extension)', async () => {
    const db = freshDb();
    const cwd = tempDir();
    for (const file of ['x.json', 'dump']) {
      const result = await tandem(db, ['export', '--out', file], { today: TODAY, cwd });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(readFileSync(join(cwd, file), 'utf8')).tandem).toBe(1);
      expect(statSync(join(cwd, file)).mode & 0o777).toBe(0o600);
    }
  });

  it.each(['x.html', 'x.md', 'x.pdf', 'x.csv'])('--out %s is exit 2: export writes JSON only', async (file) => {
    const db = freshDb();
    const cwd = tempDir();
    const result = await tandem(db, ['export', '--out', file], { today: TODAY, cwd });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: --out ${join(cwd, file)}: unknown extension ${file.slice(1)} (expected .json, or name the format with --format)\n` });
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each(DATABASE_TARGETS)('refuses %s with exit 2 and leaves the database byte-identical', async (_, target) => {
    await refusesDatabase(['export'], target);
  });
});

describe('backup', () => {
  it('a 5,000-character name is a one-line error with exit 2', async () => {
    const db = freshDb();
    const cwd = tempDir();
    const result = await tandem(db, ['backup', `${'b'.repeat(5000)}.db`], { today: TODAY, cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tandem: error: cannot write \/\S{1,150}…b+\.db: the file name is too long\n$/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each(DATABASE_TARGETS)('refuses %s with exit 2 and leaves the database byte-identical', async (_, target) => {
    const db = freshDb();
    const out = target(dirname(db), basename(db));
    const before = snapshot(db);
    const result = await tandem(db, ['backup', out, '--force'], { today: TODAY });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`tandem: error: refusing to write ${out}: it is the database or one of its -wal, -shm or -journal files\n`);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('round certificates --out-dir', () => {
  /** Three mentors whose names slug alike: "Anna Test", "Anna Test", "Anna Test 2". */
  async function namesakes(): Promise<string> {
    const db = join(tempDir(), 'tandem.db');
    const run = async (argv: string[]) => {
      const result = await tandem(db, argv, { today: TODAY });
      if (result.code !== 0) throw new Error(result.stderr);
    };
    await run(['round', 'create', '2026', '--start', '2026-01-15']);
    for (const [i, name] of ['Anna Test', 'Anna Test', 'Anna Test 2'].entries()) {
      await run(['participant', 'add', '--round', '2026', '--name', name, '--email', `anna${i + 1}@example.com`, '--role', 'mentor']);
      await run(['participant', 'add', '--round', '2026', '--name', `Boss ${i + 1}`, '--email', `boss${i + 1}@example.com`, '--role', 'mentee']);
      await run(['pair', 'add', `anna${i + 1}@example.com`, `boss${i + 1}@example.com`, '--round', '2026']);
    }
    return db;
  }

  it('gives every certificate its own file, even for namesakes and names that slug alike', async () => {
    const db = await namesakes();
    const dir = tempDir();
    const result = await tandem(db, ['round', 'certificates', '2026', '--out-dir', dir, '--json'], { today: TODAY });
    expect(result.code, result.stderr).toBe(0);
    const files = (JSON.parse(result.stdout) as { email: string; file: string }[]).map((f) => [f.email, basename(f.file)]);
    expect(new Set(files.map(([, f]) => f)).size).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['certificate-anna-test-2-2.html', 'certificate-anna-test-2.html', 'certificate-anna-test.html']);
    // Each file is its own person's: the partner named in it is theirs.
    for (const [email, file] of files) expect(readFileSync(join(dir, file!), 'utf8')).toContain(`Boss ${email!.slice(4, 5)}`);
  });

  it('never replaces a file in --out-dir without --force: exit 2 naming it, nothing written', async () => {
    const db = await namesakes();
    const dir = tempDir();
    writeFileSync(join(dir, 'certificate-anna-test-2.html'), 'mine');
    const before = snapshot(db);
    const refused = await tandem(db, ['round', 'certificates', '2026', '--out-dir', dir], { today: TODAY });
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: `tandem: error: ${join(dir, 'certificate-anna-test-2.html')} already exists; give --force to replace it\n`,
    });
    expect(readdirSync(dir)).toEqual(['certificate-anna-test-2.html']);
    expect(readFileSync(join(dir, 'certificate-anna-test-2.html'), 'utf8')).toBe('mine');
    expect(snapshot(db)).toEqual(before);
    const forced = await tandem(db, ['round', 'certificates', '2026', '--out-dir', dir, '--force'], { today: TODAY });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readdirSync(dir)).toHaveLength(3);
    expect(readFileSync(join(dir, 'certificate-anna-test-2.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('a 5,000-character --out-dir is a one-line error with exit 2', async () => {
    const db = await namesakes();
    const cwd = tempDir();
    const result = await tandem(db, ['round', 'certificates', '2026', '--out-dir', 'c'.repeat(5000)], { today: TODAY, cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^tandem: error: cannot write \/\S{1,150}…c+: the file name is too long\n$/);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('an --out-dir that is a file is exit 2 with one line, for certificates and the demo alike', async () => {
    const db = await namesakes();
    const cwd = tempDir();
    writeFileSync(join(cwd, 'file'), 'x');
    const before = snapshot(db);
    const certificates = await tandem(db, ['round', 'certificates', '2026', '--out-dir', 'file'], { today: TODAY, cwd });
    expect(certificates).toEqual({ code: 2, stdout: '', stderr: `tandem: error: cannot write to the folder ${join(cwd, 'file')}\n` });
    const demo = await tandem(join(cwd, 'demo.db'), ['demo', '--out-dir', 'file'], { today: TODAY, cwd });
    expect(demo).toEqual({ code: 2, stdout: '', stderr: `tandem: error: cannot write to the folder ${join(cwd, 'file')}\n` });
    expect(readdirSync(cwd)).toEqual(['file']);
    expect(snapshot(db)).toEqual(before);
  });

  it('resolves --out-dir against the run’s folder', async () => {
    const db = await namesakes();
    const cwd = tempDir();
    expect((await tandem(db, ['round', 'certificates', '2026', '--out-dir', 'certs'], { today: TODAY, cwd })).code).toBe(0);
    expect(readdirSync(join(cwd, 'certs'))).toHaveLength(3);
  });
});

