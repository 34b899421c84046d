import { checkbox, confirm, input, number, select } from '@inquirer/prompts';
import { CancelledError } from '../core/errors.js';
import type { Prompter } from './prompter.js';

/** The real prompter: @inquirer/prompts writing to stderr, so stdout stays clean for data. */
export function inquirerPrompter(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream): Prompter {
  const context = { input: stdin, output: stderr, clearPromptOnDone: false };
  const wrap = async <T>(prompt: Promise<T>): Promise<T> => {
    try {
      return await prompt;
    } catch (error) {
      if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError();
      throw error;
    }
  };
  return {
    select: (o) => wrap(select({ ...o, loop: false }, context)),
    checkbox: (o) => wrap(checkbox(o, context)),
    confirm: (o) => wrap(confirm(o, context)),
    input: (o) => wrap(input(o, context)),
    number: (o) => wrap(number(o, context)),
  };
}
