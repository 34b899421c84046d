import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { referenceRoot } from '../../../src/cli/reference-root.js';
import { runCli } from '../../helpers/cli.js';

// Must-show 3 of issue 15: the help of every command under --lang de has no English heading,
// no commander text and no English usage term.
const ENGLISH = [
  'Usage:',
  'Options:',
  'Commands:',
  'Arguments:',
  'Global Options:',
  'Examples:',
  '[options]',
  '[command]',
  'display help',
  'output the version',
  '(default:',
  '(choices:',
];

async function commandPaths(): Promise<string[][]> {
  const paths: string[][] = [[]];
  const walk = (command: Command, path: string[]) => {
    for (const sub of command.commands) {
      paths.push([...path, sub.name()]);
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(await referenceRoot(), []);
  return paths;
}

describe('--help under --lang de', () => {
  it('has no English heading, commander text or usage term in any command', async () => {
    const paths = await commandPaths();
    expect(paths.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const path of paths) {
      const { code, stdout } = await runCli(['--lang', 'de', ...path, '--help']);
      expect(code, path.join(' ')).toBe(0);
      expect(stdout, path.join(' ')).toMatch(/^Aufruf: tandem/);
      for (const text of ENGLISH) if (stdout.includes(text)) found.push(`${path.join(' ') || 'tandem'}: ${text}`);
      // Usage terms: every <…> and […] of the help is German (or a loan word the same in both).
      for (const m of stdout.matchAll(/[<[]([a-z][\w-]*)(?:\.\.\.)?[>\]]/g)) {
        if (!['n'].includes(m[1]!)) found.push(`${path.join(' ') || 'tandem'}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('translates usage terms and example comments (and English stays as it was)', async () => {
    const de = await runCli(['--lang', 'de', 'pair', 'match', '--help']);
    expect(de.stdout).toContain('Aufruf: tandem pair match [Optionen]');
    expect(de.stdout).toContain('--since <Datum>');
    expect(de.stdout).toContain('# der interaktive Assistent');
    const en = await runCli(['--lang', 'en', 'pair', 'match', '--help']);
    expect(en.stdout).toContain('Usage: tandem pair match [options]');
    expect(en.stdout).toContain('--since <date>');
    expect(en.stdout).toContain('# the interactive wizard');
  });
});
