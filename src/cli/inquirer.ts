import { checkbox, confirm, input, number, select } from '@inquirer/prompts';
import { CancelledError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { terminalSafe } from './io.js';
import type { Prompter } from './prompter.js';

/** The real prompter: @inquirer/prompts writing to stderr, so stdout stays clean for data. */
export function inquirerPrompter(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream, t: T): Prompter {
  const context = { input: stdin, output: stderr, clearPromptOnDone: false };
  // The key hints under a list ("↑↓ navigate • ⏎ select") in the run's language.
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${t(`prompt.key.${action}`)}`).join(' • '),
    },
  };
  const wrap = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError();
      throw error;
    }
  };
  // Prompts draw on the terminal themselves: names in their texts are made safe here (as Io does for output).
  const safe = <O extends { message: string; choices?: { name: string; description?: string }[] }>(o: O): O => ({
    ...o,
    message: terminalSafe(o.message),
    ...(o.choices && {
      choices: o.choices.map((c) => ({ ...c, name: terminalSafe(c.name), ...(c.description !== undefined && { description: terminalSafe(c.description) }) })),
    }),
  });
  return {
    select: (o) => wrap(select({ ...safe(o), loop: false, theme }, context)),
    checkbox: (o) => wrap(checkbox({ ...safe(o), theme }, context)),
    confirm: (o) => wrap(confirm(safe(o), context)),
    input: (o) => wrap(input(safe(o), context)),
    number: (o) => wrap(number(safe(o), context)),
  };
}
