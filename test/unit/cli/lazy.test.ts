import Module from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lazy } from '../../../src/cli/lazy.js';
import { tempDir } from '../../helpers/cli.js';

describe('lazy', () => {
  // A compiled module's base ends in .js: the module and all it imports load at once, through require().
  const built = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    writeFileSync(join(dir, 'leaf.js'), 'export const leaf = "leaf";\n');
    writeFileSync(join(dir, 'a.js'), 'import { leaf } from "./leaf.js";\nexport const value = `a and ${leaf}`;\n');
    return pathToFileURL(join(dir, 'main.js')).href;
  };

  it('loads an ES module with its imports, relative to the caller', async () => {
    const base = built();
    const a = await lazy<{ value: string }>('./a.js', base);
    expect(a.value).toBe('a and leaf');
    // cached as a module: a second call gives the same one
    expect(await lazy('./a.js', base)).toBe(a);
  });

  it('rejects (never throws) for a module that is not there', async () => {
    const loading = lazy('./missing.js', built());
    expect(loading).toBeInstanceOf(Promise);
    await expect(loading).rejects.toThrow(/missing\.js/);
  });

  it('imports the TypeScript source when the caller is one (vitest)', async () => {
    const self = await lazy<typeof import('../../../src/cli/lazy.js')>('../../../src/cli/lazy.js', import.meta.url);
    expect(self.lazy).toBe(lazy);
  });
});

describe('commander', () => {
  it('loads without child_process, and leaves require as it was', async () => {
    const { Command } = await import('../../../src/cli/commander.js');
    const parsed = new Command('t').option('--x <v>').exitOverride().parse(['--x', '1'], { from: 'user' });
    expect(parsed.opts()).toEqual({ x: '1' });
    // the stand-in is gone once commander has loaded
    expect(Module.prototype.require.toString()).not.toContain('child_process');
  });
});
