import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** Runs dependency-cruiser with the project's rules over `src` of `cwd`. */
function cruise(cwd: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { code: r.status, output: r.stdout + r.stderr };
}

/** A tiny project with the given files under src/ and the project's tsconfig. */
function project(files: Record<string, string>): string {
  const dir = tempDir('tandem-layers-');
  copyFileSync(join(ROOT, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'src', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'src', path), text);
  }
  return dir;
}

describe('the layer rules (STYLE.md), checked by dependency-cruiser', () => {
  it('hold for the source tree', () => {
    const r = cruise(ROOT);
    expect(r.output).toMatch(/no dependency violations found/);
    expect(r.code).toBe(0);
  });

  it.each([
    ['core-is-pure', { 'core/a.ts': "import { b } from '../db/b.js';\nexport const a = b;\n", 'db/b.ts': 'export const b = 1;\n' }],
    ['db-below-app', { 'db/a.ts': "import { b } from '../cli/b.js';\nexport const a = b;\n", 'cli/b.ts': 'export const b = 1;\n' }],
    ['io-below-app', { 'io/a.ts': "import { b } from '../db/b.js';\nexport const a = b;\n", 'db/b.ts': 'export const b = 1;\n' }],
    ['app-below-cli', { 'app/a.ts': "import { b } from '../cli/b.js';\nexport const a = b;\n", 'cli/b.ts': 'export const b = 1;\n' }],
    [
      'no-cycles',
      {
        'cli/a.ts': "import type { B } from './b.js';\nexport type A = B | 1;\n",
        'cli/b.ts': "import type { A } from './a.js';\nexport type B = A | 2;\n",
      },
    ],
    ['no-unresolvable', { 'cli/a.ts': "import { b } from './missing.js';\nexport const a = b;\n" }],
  ])('fail on a deliberately wrong import: %s', (rule, files) => {
    const r = cruise(project(files));
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(`error ${rule}:`);
  });
});
