import type { Question } from './questions.js';
import type { SurveyResponse } from './report.js';

/** Which rows of an import are new, and how many are already stored. */
export interface ImportPlan {
  add: SurveyResponse[];
  alreadyStored: number;
}

/**
 * Makes a survey import idempotent without storing anything that could link responses to
 * an import (no file hash, no batch id, no time): the file's responses are compared with the
 * stored ones as multisets of (role, answers). A response that occurs k times in the file
 * and s times in the database is added max(0, k − s) times. So importing the same file
 * twice adds nothing, and importing a later export of the same online form (the old rows
 * plus new ones) adds just the new ones, identical answers from different people included.
 *
 * What it cannot tell apart: two *different* sources holding identical responses (say a
 * paper form typed in after the same answers came in online). Then the second counts as
 * stored; the command says how many rows were taken as stored, and `--force` adds them all.
 */
export function planImport(
  questions: readonly Question[],
  stored: readonly SurveyResponse[],
  incoming: readonly SurveyResponse[],
): ImportPlan {
  const remaining = new Map<string, number>();
  for (const response of stored) {
    const key = responseKey(questions, response);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const add: SurveyResponse[] = [];
  let alreadyStored = 0;
  for (const response of incoming) {
    const key = responseKey(questions, response);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      alreadyStored++;
    } else {
      add.push(response);
    }
  }
  return { add, alreadyStored };
}

/** Role and answers in questionnaire order: equal for equal responses whatever order keys were stored in. */
function responseKey(questions: readonly Question[], response: SurveyResponse): string {
  return JSON.stringify([response.role, ...questions.map((q) => response.answers[q.id] ?? null)]);
}
