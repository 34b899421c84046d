import { randomInt } from 'node:crypto';
import { NotFoundError, StateError } from '../core/errors.js';
import type { Round } from '../core/rounds.js';
import type { Answers } from '../core/survey/answers.js';
import type { IssuedCounts, IssuedReport } from '../core/survey/guard.js';
import { QUESTION_KINDS, type Question, type QuestionKind, type SurveyKind } from '../core/survey/questions.js';
import type { Role, SurveyResponse } from '../core/survey/report.js';
import { pickRoundSurvey } from '../core/survey/round-summary.js';
import type { Db } from './types.js';

/** A survey of a round with its questionnaire, as stored in the `survey` row. */
export interface StoredSurvey {
  id: number;
  roundId: number;
  name: string;
  /** The title shown where the survey is named (`survey create --title`); null: the name is shown. */
  title: string | null;
  kind: SurveyKind;
  /** The day `survey close` was run; null while the survey takes responses. */
  closedOn: string | null;
  questions: Question[];
}

/** The survey a round report summarises, with its responses (see pickRoundSurvey). */
export interface RoundSurvey {
  survey: StoredSurvey;
  responses: SurveyResponse[];
}

/** Draws a response id; injectable so a test can force a collision. */
export type IdSource = () => number;

/**
 * Ids are drawn at random from 1 … 2^48 − 1 (crypto.randomInt's widest range), so
 * neither the id nor the table's physical row order tells who answered when.
 */
export const randomResponseId: IdSource = () => randomInt(1, 2 ** 48);

const MAX_ID_ATTEMPTS = 20;
const KINDS: readonly QuestionKind[] = QUESTION_KINDS;

type SurveyRow = { id: number; roundId: number; name: string; title: string | null; kind: SurveyKind; closedOn: string | null; questions: string };
const COLUMNS = 'id, round_id AS roundId, name, title, kind, closed_on AS closedOn, questions';

/** Inserts a survey with its questionnaire; a taken name in the round is an error (exit 1). */
export function insertSurvey(
  db: Db,
  round: Round,
  name: string,
  questions: readonly Question[],
  kind: SurveyKind = 'standard',
  title: string | null = null,
): StoredSurvey {
  if (findSurvey(db, round.id, name)) throw new StateError('error.survey.exists', { survey: name, round: round.name });
  // Only the keys a question has: the standard questionnaire stores exactly what it always did.
  const stored = questions.map((q) => JSON.parse(JSON.stringify(q)) as Question);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO survey (round_id, name, title, kind, questions) VALUES (?, ?, ?, ?, ?)')
    .run(round.id, name, title, kind, JSON.stringify(stored));
  return { id: Number(lastInsertRowid), roundId: round.id, name, title, kind, closedOn: null, questions: stored };
}

/** Marks a survey closed on `today`: no further responses, and its reports are final. */
export function markSurveyClosed(db: Db, surveyId: number, today: string): void {
  db.prepare('UPDATE survey SET closed_on = ? WHERE id = ?').run(today, surveyId);
}

/** The round's mentee topics (normalised when stored), for the confidence questions. */
export function menteeTopics(db: Db, roundId: number): string[] {
  const rows = db.prepare(`SELECT topics FROM participant WHERE round_id = ? AND role = 'mentee'`).pluck().all(roundId) as string[];
  const topics = new Set<string>();
  for (const row of rows) for (const topic of JSON.parse(row) as string[]) topics.add(topic);
  return [...topics];
}

/** Logs an issued report: its survey, day and counts (no figures). */
export function insertReportLog(db: Db, surveyId: number, issuedOn: string, counts: IssuedCounts): void {
  db.prepare('INSERT INTO survey_report_log (survey_id, issued_on, counts) VALUES (?, ?, ?)').run(surveyId, issuedOn, JSON.stringify(counts));
}

/** The issued reports of a survey, oldest first. */
export function loadReportLog(db: Db, surveyId: number): IssuedReport[] {
  const rows = db.prepare('SELECT issued_on AS issuedOn, counts FROM survey_report_log WHERE survey_id = ? ORDER BY id').all(surveyId) as {
    issuedOn: string;
    counts: string;
  }[];
  return rows.map((row) => ({ issuedOn: row.issuedOn, counts: JSON.parse(row.counts) as IssuedCounts }));
}

/** The round's surveys, in the order they were created. */
export function listSurveys(db: Db, roundId: number): StoredSurvey[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM survey WHERE round_id = ? ORDER BY id`).all(roundId) as SurveyRow[];
  return rows.map(toSurvey);
}

/** A survey of a round by name. */
export function findSurvey(db: Db, roundId: number, name: string): StoredSurvey | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM survey WHERE round_id = ? AND name = ?`).get(roundId, name) as
    | SurveyRow
    | undefined;
  return row && toSurvey(row);
}

/** Like findSurvey, but a missing survey is an error (exit 1) naming the round's surveys or how to create one. */
export function getSurvey(db: Db, round: Round, name: string): StoredSurvey {
  const survey = findSurvey(db, round.id, name);
  if (survey) return survey;
  const names = listSurveys(db, round.id).map((s) => s.name);
  throw new NotFoundError(
    'error.survey.notFound',
    { survey: name, round: round.name },
    names.length ? 'hint.survey.known' : 'hint.survey.create',
    { surveys: names.join(', '), round: round.name, survey: name },
  );
}

/**
 * Stores one response: the role and the answers, nothing else (no person, pair, tandem
 * or time), under a random id; on the rare collision it draws again. Call inside a
 * transaction. Returns the id.
 */
export function insertResponse(db: Db, surveyId: number, response: SurveyResponse, nextId: IdSource = randomResponseId): number {
  const taken = db.prepare('SELECT 1 FROM survey_response WHERE id = ?').pluck();
  for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
    const id = nextId();
    if (taken.get(id) !== undefined) continue;
    db.prepare('INSERT INTO survey_response (id, survey_id, role, answers) VALUES (?, ?, ?, ?)').run(
      id,
      surveyId,
      response.role,
      JSON.stringify(response.answers),
    );
    return id;
  }
  // 20 collisions in a 2^48 space means the id source is broken, not bad luck.
  throw new Error(`no free survey response id after ${MAX_ID_ATTEMPTS} attempts`);
}

/**
 * The responses of a survey: role and answers only. Ordered by the random id, which is
 * no order at all; the report does not depend on it.
 */
export function loadResponses(db: Db, surveyId: number): SurveyResponse[] {
  const rows = db.prepare('SELECT role, answers FROM survey_response WHERE survey_id = ? ORDER BY id').all(surveyId) as {
    role: Role;
    answers: string;
  }[];
  return rows.map((row) => ({ role: row.role, answers: parseAnswers(row.answers) }));
}

/** Response counts per role of a survey. */
export function responseCounts(db: Db, surveyId: number): Record<Role, number> {
  const row = db
    .prepare(
      `SELECT coalesce(sum(role = 'mentor'), 0) AS mentor, coalesce(sum(role = 'mentee'), 0) AS mentee
       FROM survey_response WHERE survey_id = ?`,
    )
    .get(surveyId) as Record<Role, number>;
  return row;
}

/**
 * The survey of a round that the round report summarises (`final`, else the latest),
 * with its responses; null when the round has no survey. Feed it to roundSurveySummary.
 */
export function loadRoundSurvey(db: Db, roundId: number): RoundSurvey | null {
  const survey = pickRoundSurvey(listSurveys(db, roundId));
  return survey ? { survey, responses: loadResponses(db, survey.id) } : null;
}

function toSurvey(row: SurveyRow): StoredSurvey {
  return { id: row.id, roundId: row.roundId, name: row.name, title: row.title, kind: row.kind, closedOn: row.closedOn, questions: parseQuestions(row.questions, row.name) };
}

function parseQuestions(text: string, survey: string): Question[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const valid =
    Array.isArray(value) &&
    value.every(
      (q: Record<string, unknown> | null) =>
        typeof q === 'object' &&
        q !== null &&
        typeof q.id === 'string' &&
        KINDS.includes(q.kind as QuestionKind) &&
        typeof q.text === 'string' &&
        typeof q.textDe === 'string',
    );
  if (!valid) throw new StateError('error.survey.badQuestions', { survey });
  return value as Question[];
}

function parseAnswers(text: string): Answers {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new StateError('error.survey.badResponse');
  }
  return value as Answers;
}
