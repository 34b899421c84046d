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

/**
 * Parses a survey title (`survey create --title "Abschlussbefragung 2026"`): trimmed,
 * 1–120 characters, no control characters; shown wherever the survey is named.
 */
export function parseSurveyTitle(value: string): string {
  const title = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (title.length === 0 || [...title].length > 120 || /[\u0000-\u001f\u007f-\u009f]/.test(title)) {
    throw new UsageError('error.survey.title', { value });
  }
  return title;
}

/** How a survey is named to people: its title where one is set, else its name. */
export function surveyLabel(name: string, title?: string | null): string {
  return title ?? name;
}
