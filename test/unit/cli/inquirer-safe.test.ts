import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inquirerPrompter } from '../../../src/cli/inquirer.js';

/** Issue 12 point 8: prompts draw on the terminal themselves, so their texts are made safe too. */
describe('prompts neutralise control characters in names', () => {
  it('a select whose message and choices carry escapes shows them escaped', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let drawn = '';
    output.on('data', (d: Buffer) => (drawn += d.toString()));
    const prompter = inquirerPrompter(input, output, (key) => key);
    const answer = prompter.select({
      message: 'Mentor for Evil\u001b[2J\u001b]0;PWNED\u0007?',
      choices: [
        { name: 'Mallory\u001b]0;title\u0007', value: 1, description: 'desc\u009b2J' },
        { name: 'Bob', value: 2 },
      ],
    });
    setTimeout(() => input.write('\r'), 50);
    expect(await answer).toBe(1);
    expect(drawn).not.toContain('\u001b[2J');
    expect(drawn).not.toContain('\u001b]0;');
    expect(drawn).not.toContain('\u0007');
    expect(drawn).not.toContain('\u009b');
    expect(drawn).toContain('Evil\\u001b[2J\\u001b]0;PWNED\\u0007?');
    expect(drawn).toContain('Mallory\\u001b]0;title\\u0007');
  });
});
