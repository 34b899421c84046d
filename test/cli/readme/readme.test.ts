import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { commandReference } from '../../../src/cli/reference.js';
import { END, START, referenceRoot } from '../../../src/cli/reference-root.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function section(): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  expect(start, 'README has the reference markers').toBeGreaterThan(0);
  return readme.slice(start + START.length, end).trim();
}

/** Every `tandem …` command path and every long option in a text of --help outputs. */
function inventory(text: string) {
  const commands = new Set([...text.matchAll(/^### `(tandem[^`]*)`$/gm)].map((m) => m[1]));
  const options = new Set([...text.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
  return { commands, options };
}

describe('README', () => {
  it('has the command reference exactly as the CLI prints its help (npm run readme regenerates it)', async () => {
    const expected = await commandReference(run, await referenceRoot());
    expect(section()).toBe(expected.trim());
  });

  it('documents every command and option of --help, and nothing that does not exist', async () => {
    const fromHelp = inventory(await commandReference(run, await referenceRoot()));
    const fromReadme = inventory(section());
    expect([...fromReadme.commands].sort()).toEqual([...fromHelp.commands].sort());
    expect([...fromReadme.options].sort()).toEqual([...fromHelp.options].sort());
    for (const group of ['round', 'participant', 'person', 'pair', 'session', 'goal', 'survey', 'status', 'demo', 'backup', 'export', 'import', 'db', 'completion']) {
      expect(fromHelp.commands.has(`tandem ${group}`), group).toBe(true);
    }
  });

  it('starts with the two-command quick start', () => {
    expect(readme).toContain('npm install && npm run demo');
    expect(readme).toContain('npm test');
  });

  it('every command shows an example in its help', async () => {
    const text = await commandReference(run, await referenceRoot());
    const blocks = text.split(/^### /m).slice(1);
    const leaves = blocks.filter((b) => !/\nCommands:\n/.test(b));
    for (const block of leaves) expect(block, block.split('\n')[0]).toContain('Examples:');
  });
});
