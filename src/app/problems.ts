import { UsageError } from '../core/errors.js';
import type { T } from '../core/i18n/index.js';
import type { Problem } from '../core/sessions.js';

/** A broken rule as a usage error (exit 2) naming the option: `--minutes: …`. */
export function usageProblem(problem: Problem, option: string, t: T): UsageError {
  return new UsageError('error.optionProblem', { what: option, message: t(problem.key, problem.params) });
}
