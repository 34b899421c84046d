import { validateAnswers, type AnswerValue } from '../core/survey/answers.js';
import type { Role } from '../core/survey/report.js';
import { insertResponse, type StoredSurvey } from '../db/surveys.js';
import type { Db } from '../db/types.js';

/** The answers checked against the survey's questions; the prompts validate already, so a failure here is a bug, not the respondent's. */
export function checkedAnswers(survey: StoredSurvey, given: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const checked = validateAnswers(survey.questions, given);
  if (!checked.ok) throw new Error(`invalid answers: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

/** Stores one anonymous response (role and answers, nothing else) under a random id. */
export function recordResponse(db: Db, survey: StoredSurvey, role: Role, answers: Record<string, AnswerValue>): void {
  db.transaction(() => insertResponse(db, survey.id, { role, answers })).immediate();
}
