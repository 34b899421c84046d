import type { Round } from '../core/rounds.js';
import { validateAnswers, type AnswerValue } from '../core/survey/answers.js';
import { planImport } from '../core/survey/dedupe.js';
import { STANDARD_QUESTIONS } from '../core/survey/questions.js';
import type { Role, SurveyResponse } from '../core/survey/report.js';
import { insertResponse, insertSurvey, loadResponses, type StoredSurvey } from '../db/surveys.js';
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

/** Creates a survey of a round with the standard questions; a taken name is exit 1. */
export function createSurvey(db: Db, round: Round, name: string): StoredSurvey {
  return db.transaction(() => insertSurvey(db, round, name, STANDARD_QUESTIONS)).immediate();
}

/**
 * Imports checked responses, all or nothing; without `force` the responses already stored
 * absorb equal ones (a re-import adds nothing).
 */
export function importResponses(
  db: Db,
  survey: StoredSurvey,
  rows: readonly SurveyResponse[],
  force: boolean,
  onProgress: (done: number) => void = () => {},
): { added: number; alreadyStored: number } {
  return db
    .transaction(() => {
      const plan = force ? { add: rows, alreadyStored: 0 } : planImport(survey.questions, loadResponses(db, survey.id), rows);
      plan.add.forEach((response, i) => {
        insertResponse(db, survey.id, response);
        if (i % 500 === 0) onProgress(i);
      });
      return { added: plan.add.length, alreadyStored: plan.alreadyStored };
    })
    .immediate();
}
