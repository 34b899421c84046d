import { checkbox, input, select } from '@inquirer/prompts';
import { CancelledError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import { terminalSafe } from './io.js';
import type { Prompter } from './prompter.js';

const YES = /^(y|yes|j|ja)$/i;
const NO = /^(n|no|nein)$/i;

/**
 * A typed number: empty is the default (else undefined), otherwise a whole number within
 * min…max; a string is the catalogue's reason to ask again. Our own check, so no English
 * message of inquirer's number prompt ("You must provide a valid numeric value") can appear.
 */
export function checkNumber(text: string, o: { min?: number; max?: number; required?: boolean }, t: T): number | undefined | string {
  const value = text.trim();
  if (value === '') return o.required ? t('prompt.required') : undefined;
  if (!/^[+-]?\d+$/.test(value)) return t('prompt.number.invalid');
  const n = Number(value);
  const { min = -Infinity, max = Infinity } = o;
  if (n >= min && n <= max) return n;
  if (Number.isFinite(min) && Number.isFinite(max)) return t('prompt.number.range', { min, max });
  return Number.isFinite(min) ? t('prompt.number.min', { min }) : t('prompt.number.max', { max });
}

/** A yes/no answer in either language (`j`, `ja`, `y`, `yes`, `n`, `nein`, `no`); empty is the default; null: not an answer. */
export function checkYesNo(text: string, fallback: boolean): boolean | null {
  const value = text.trim();
  return value === '' ? fallback : YES.test(value) ? true : NO.test(value) ? false : null;
}

/**
 * The real prompter: @inquirer/prompts writing to stderr, so stdout stays clean for data.
 * Every text a prompt can show comes from the catalogue: the key hints under a list, the
 * label of a disabled choice, and the checks of numbers and yes/no answers, which are our
 * own (an `input` prompt with our `validate`), since inquirer's number and confirm prompts
 * have English messages and accept only y/n.
 */
export function inquirerPrompter(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream, t: T): Prompter {
  const context = { input: stdin, output: stderr, clearPromptOnDone: false };
  // The key hints under a list ("↑↓ blättern • Leertaste auswählen") in the run's language.
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key === 'space' ? t('prompt.keyName.space') : key} ${t(`prompt.key.${action}`)}`).join(' • '),
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
  const safe = <O extends { message: string; choices?: { name: string; description?: string; disabled?: boolean | string }[] }>(o: O): O => ({
    ...o,
    message: terminalSafe(o.message),
    ...(o.choices && {
      choices: o.choices.map((c) => ({
        ...c,
        name: terminalSafe(c.name),
        ...(c.description !== undefined && { description: terminalSafe(c.description) }),
        ...(c.disabled === true && { disabled: t('prompt.disabled') }),
      })),
    }),
  });
  return {
    select: (o) => wrap(select({ ...safe(o), loop: false, theme }, context)),
    checkbox: (o) => wrap(checkbox({ ...safe(o), theme }, context)),
    confirm: async (o) => {
      const fallback = o.default ?? true;
      const hint = t(fallback ? 'prompt.confirm.defaultYes' : 'prompt.confirm.defaultNo');
      const answer = await wrap(
        input(
          {
            message: `${terminalSafe(o.message)} ${hint}`,
            validate: (text) => checkYesNo(text, fallback) !== null || t('prompt.confirm.invalid'),
            transformer: (text, { isFinal }) => (isFinal ? t(checkYesNo(text, fallback) ? 'prompt.confirm.yes' : 'prompt.confirm.no') : text),
          },
          context,
        ),
      );
      return checkYesNo(answer, fallback) === true;
    },
    input: (o) => wrap(input(safe(o), context)),
    number: async (o) => {
      const answer = await wrap(
        input(
          {
            message: terminalSafe(o.message),
            ...(o.default !== undefined && { default: String(o.default) }),
            validate: (text) => {
              const checked = checkNumber(text, o, t);
              return typeof checked !== 'string' || checked;
            },
          },
          context,
        ),
      );
      return checkNumber(answer, o, t) as number | undefined;
    },
  };
}
