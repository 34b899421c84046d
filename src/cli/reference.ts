import type { Command } from 'commander';
import type { Deps } from './io.js';

/**
 * The command reference of the README: the `--help` of every command, in order. A test
 * compares it with the README, so the two never drift apart (`npm run readme` rewrites it).
 */
export async function commandReference(run: (argv: string[], deps: Deps) => Promise<number>, root: Command): Promise<string> {
  const paths: string[][] = [];
  const walk = (command: Command, path: string[]) => {
    for (const child of command.commands) {
      const next = [...path, child.name()];
      paths.push(next);
      walk(child, next);
    }
  };
  walk(root, []);
  const sections: string[] = [];
  for (const path of [[], ...paths]) {
    let out = '';
    const deps: Deps = {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => undefined },
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      columns: 100,
      env: { LANG: 'en_US.UTF-8' },
      cwd: '/',
      now: () => new Date(0),
    };
    await run([...path, '--help'], deps);
    const title = ['tandem', ...path].join(' ');
    sections.push(`### \`${title}\`\n\n\`\`\`text\n${out.trimEnd()}\n\`\`\``);
  }
  return sections.join('\n\n');
}
