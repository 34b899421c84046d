import { CancelledError } from '../../core/errors.js';
import type { T } from '../../core/i18n/index.js';
import type { Ctx } from '../context.js';
import type { Prompter } from '../prompter.js';

// Kiosk mode of `survey respond`: one terminal, respondent after respondent.

const PLACEHOLDER = Symbol('no answer chosen');

/**
 * The prompter with no preselected answer: every list starts on a placeholder
 * ("– please choose –") that cannot be submitted (choosing it asks again), so nobody
 * saves the first answer by pressing Enter. The other prompts are as they were.
 */
export function withoutPreselection(prompter: Prompter, t: T): Prompter {
  return {
    ...prompter,
    select: async <V>(o: Parameters<Prompter['select']>[0] & { choices: { name: string; value: V }[] }): Promise<V> => {
      const choices = [{ name: t('survey.kiosk.choose'), value: PLACEHOLDER as V | typeof PLACEHOLDER }, ...o.choices];
      let message = o.message;
      for (;;) {
        const answer = await prompter.select<V | typeof PLACEHOLDER>({ ...o, message, choices, default: PLACEHOLDER });
        if (answer !== PLACEHOLDER) return answer as V;
        message = `${o.message} ${t('survey.kiosk.required')}`;
      }
    },
  };
}

/**
 * Respondent after respondent on one screen, cleared before each and at the end: `once`
 * asks one respondent and saves their response in its own transaction as soon as it is
 * complete. Ctrl+C (the organiser's key) ends the kiosk; only the response being
 * answered then is discarded. Returns how many responses were saved.
 */
export async function kiosk(ctx: Ctx, once: () => Promise<boolean>): Promise<number> {
  let saved = 0;
  for (;;) {
    // Cleared, and its scrollback too: the next respondent sees nothing of the previous one's answers.
    ctx.io.clearScreen();
    ctx.io.err(`${ctx.t('survey.kiosk.next', { count: saved })}\n`);
    try {
      if (await once()) saved++;
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error;
      ctx.io.clearScreen();
      return saved;
    }
  }
}
