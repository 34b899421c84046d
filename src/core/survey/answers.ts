import { MAX_TEXT_LENGTH, SCALE_BOUNDS, type Question } from './questions.js';

/** One answer: yes/no as a boolean, 0–10 and 1–5 as whole numbers, free text as a trimmed string. */
export type AnswerValue = boolean | number | string;

/** A response's answers by question id; an absent key means the question was not answered. */
export type Answers = Record<string, AnswerValue>;

/** An answer checked against its question: the value (`undefined` = not answered) or an English message. */
export type AnswerResult = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string };

/** Answers checked against a questionnaire: normalised answers, or every problem found. */
export type AnswersResult =
  | { ok: true; value: Answers }
  | { ok: false; errors: { questionId: string; message: string }[] };

// `x` is how a ticked box comes out of a German Excel list; `wahr`/`falsch` are German Excel's booleans.
const YES = new Set(['yes', 'ja', 'true', '1', 'y', 'j', 'x', 'wahr']);
const NO = new Set(['no', 'nein', 'false', '0', 'n', 'falsch']);

/** Parses one CSV cell of a survey import; an empty cell is "not answered". */
export function parseAnswerCell(question: Question, raw: string): AnswerResult {
  const cell = raw.trim();
  if (cell === '') return { ok: true, value: undefined };
  switch (question.kind) {
    case 'yesno': {
      const word = cell.toLowerCase();
      if (YES.has(word)) return { ok: true, value: true };
      if (NO.has(word)) return { ok: true, value: false };
      return { ok: false, message: `not a yes/no answer: ${quote(cell)}` };
    }
    case 'nps':
    case 'scale5':
      // Digits only: "7.5", "-1" and "7 of 10" are refused rather than guessed at.
      return checkAnswer(question, /^\d+$/.test(cell) ? Number(cell) : Number.NaN);
    case 'text':
      return checkAnswer(question, cell);
  }
}

/**
 * Checks a typed answer (from a prompt or the database) against its question and normalises
 * it; `undefined`, `null` and blank text mean "not answered".
 */
export function checkAnswer(question: Question, value: unknown): AnswerResult {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  switch (question.kind) {
    case 'yesno':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, message: 'must be yes or no' };
    case 'nps':
    case 'scale5': {
      const { min, max } = SCALE_BOUNDS[question.kind];
      return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
        ? { ok: true, value }
        : { ok: false, message: `must be a whole number from ${min} to ${max}` };
    }
    case 'text': {
      if (typeof value !== 'string') return { ok: false, message: 'must be text' };
      const text = value.trim();
      if (text === '') return { ok: true, value: undefined };
      // Count code points, not UTF-16 units, so an emoji is one character.
      if (text.length > MAX_TEXT_LENGTH && [...text].length > MAX_TEXT_LENGTH) {
        return { ok: false, message: `must be at most ${MAX_TEXT_LENGTH} characters` };
      }
      return { ok: true, value: text };
    }
  }
}

/** Validates a whole response (the interactive path): unknown question ids and bad values are errors. */
export function validateAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, unknown>>,
): AnswersResult {
  const known = new Set(questions.map((q) => q.id));
  const errors: { questionId: string; message: string }[] = [];
  // Built in questionnaire order, so stored JSON is the same whatever order the answers came in.
  const value: Answers = {};
  for (const question of questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const checked = checkAnswer(question, answers[question.id]);
    if (!checked.ok) errors.push({ questionId: question.id, message: checked.message });
    else if (checked.value !== undefined) value[question.id] = checked.value;
  }
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) errors.push({ questionId, message: `unknown question: ${quote(questionId)}` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** Quotes user input for a one-line message, shortened so a stray paragraph cannot flood the error list. */
function quote(text: string): string {
  const short = [...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text;
  return `"${short}"`;
}
