import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/db/schema.js';
import { tempDir } from '../helpers/cli.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const hook = fileURLToPath(new URL('../helpers/module-log.mjs', import.meta.url));

/** The modules one run of `tandem args` loads: our files relative to the project, packages by name, built-ins as node:…. */
function loaded(args: string[], db: string): string[] {
  const log = join(tempDir(), 'modules.log');
  const env = { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_DB: db, TANDEM_MODULE_LOG: log, NO_COLOR: '1' };
  // Node's debug output names every ES module as it is compiled, however it was loaded (import or require);
  // this run comes first, so that it is the one that meets the file as given (an upgrade).
  const debug = spawnSync(process.execPath, [bin, ...args], { env: { ...env, NODE_DEBUG: 'esm' }, encoding: 'utf8' });
  const esm = [...debug.stderr.matchAll(/^ESM \d+: Translating StandardModule (\S+)$/gm)].map((m) => m[1]!);
  expect(debug.status).toBe(0);
  const run = spawnSync(process.execPath, ['--import', hook, bin, ...args], { env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return [...new Set([...esm, ...readFileSync(log, 'utf8').split('\n').filter(Boolean)])]
    .map((m) => m.replace(/^file:\/\//, '').replace(/^.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1').replace(/^.*\/(bin|dist)\//, '$1/'));
}

// Start-up is most of a small command's time (issue 16: round list ≤ 1.6×, --version ≤ 1.2×
// `node -e 0`), and a module costs it about half a millisecond: these lists keep what was cut out.
describe('start-up loads only what the command needs', () => {
  const db = join(tempDir(), 'startup.db');
  spawnSync(process.execPath, [bin, '--db', db, 'round', 'create', '2026', '--start', '2026-01-15', '-q']);

  it('--version loads the version module and nothing else of ours', () => {
    expect(loaded(['--version'], db).filter((m) => !m.startsWith('node:')).sort()).toEqual(['bin/tandem.js', 'dist/cli/lazy.js', 'dist/cli/main.js', 'dist/cli/version.js']);
  });

  it('round list opens the database without the file writer, the pager, crypto, the German texts or a schema upgrade', () => {
    const modules = loaded(['round', 'list'], db);
    expect(modules).toContain('dist/cli/commands/round/list.js');
    expect(modules).toContain('better-sqlite3');
    for (const unwanted of [
      'dist/db/migrate.js',
      'dist/db/schema.js',
      'dist/cli/render/bars.js',
      'node:child_process',
      'node:dgram',
      'dist/io/output.js',
      'dist/io/atomic.js',
      'dist/cli/output-options.js',
      'dist/cli/render/csv.js',
      'dist/cli/pager.js',
      'dist/core/i18n/de.js',
      'node:crypto',
      'leven',
      'chalk',
      'zod',
      'date-fns',
    ]) {
      expect(modules, unwanted).not.toContain(unwanted);
    }
  });

  it('a file of an older schema gets the migrations, and is upgraded', () => {
    const old = join(tempDir(), 'v1.db');
    copyFileSync(fileURLToPath(new URL('../fixtures/schema-v1.db', import.meta.url)), old);
    expect(loaded(['round', 'list'], old)).toContain('dist/db/migrate.js');
    const file = new Database(old, { readonly: true });
    expect(file.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    file.close();
  });

  it('round report --json loads no other renderer, no settings and no survey code', () => {
    const modules = loaded(['round', 'report', '2026', '--json'], db);
    expect(modules).toContain('dist/cli/render/round-report/json.js');
    for (const unwanted of ['dist/cli/render/round-report/common.js', 'dist/cli/render/round-report/html.js', 'dist/app/settings.js', 'dist/core/report/weekly.js', 'dist/app/surveys.js', 'dist/core/survey/report.js']) {
      expect(modules, unwanted).not.toContain(unwanted);
    }
  });
});
