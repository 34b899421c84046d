import type { Choice, Prompter } from '../../src/cli/prompter.js';
import { CancelledError } from '../../src/core/errors.js';

/**
 * One scripted answer: the kind of prompt expected, a pattern its message must match,
 * and the answer. For select, `answer` may be a function picking from the choices.
 * `cancel: true` simulates Ctrl+C.
 */
export interface Step {
  kind: 'select' | 'checkbox' | 'confirm' | 'input' | 'number';
  message?: RegExp;
  answer?: unknown;
  pick?: (choices: Choice<unknown>[]) => unknown;
  cancel?: boolean;
  /** For input: called with the prompt's validate function, so a test can try values against it. */
  check?: (validate: (value: string) => string | boolean) => void;
}
export type Script = Step[];

/** A prompter that answers from a script and fails on any prompt it did not expect. */
export function scriptedPrompter(script: Script): Prompter & { remaining(): number; asked: string[] } {
  const queue = [...script];
  const asked: string[] = [];
  const next = (kind: Step['kind'], message: string, choices?: Choice<unknown>[]): unknown => {
    asked.push(message);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected ${kind} prompt: ${message}`);
    if (step.kind !== kind) throw new Error(`expected a ${step.kind} prompt, got ${kind}: ${message}`);
    if (step.message && !step.message.test(message)) throw new Error(`prompt "${message}" does not match ${step.message}`);
    if (step.cancel) throw new CancelledError();
    if (step.pick && choices) return step.pick(choices);
    return step.answer;
  };
  return {
    asked,
    remaining: () => queue.length,
    select: async (o) => next('select', o.message, o.choices as Choice<unknown>[]) as never,
    checkbox: async (o) => next('checkbox', o.message, o.choices as Choice<unknown>[]) as never,
    confirm: async (o) => next('confirm', o.message) as boolean,
    input: async (o) => {
      const step = queue[0];
      if (step?.kind === 'input' && step.check && o.validate) step.check((value) => o.validate!(value) as string | boolean);
      return next('input', o.message) as string;
    },
    number: async (o) => next('number', o.message) as number | undefined,
  };
}

/** For a select step: picks the choice whose label contains `text` (and fails loudly when there is none or it is disabled). */
export const named =
  (text: string) =>
  (choices: Choice<unknown>[]): unknown => {
    const found = choices.find((c) => c.name.includes(text));
    if (!found) throw new Error(`no choice "${text}" in: ${choices.map((c) => c.name).join(' | ')}`);
    if (found.disabled) throw new Error(`choice "${text}" is disabled`);
    return found.value;
  };
