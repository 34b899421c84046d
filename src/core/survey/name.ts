import { UsageError } from '../errors.js';

/** `--name` when none is given: the end-of-round survey. */
export const DEFAULT_SURVEY_NAME = 'final';

/**
 * Parses a survey name (`final`, `midpoint`, `2026-h1`): trimmed, 1–60 characters, no
 * control characters, so it prints on one line in reports and error messages.
 */
export function parseSurveyName(value: string): string {
  const name = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (name.length === 0 || [...name].length > 60 || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new UsageError('error.survey.name', { value });
  }
  return name;
}
