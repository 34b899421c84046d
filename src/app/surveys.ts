import { StateError } from '../core/errors.js';
import type { Round } from '../core/rounds.js';
import { validateAnswers, type AnswerValue } from '../core/survey/answers.js';
import { planImport } from '../core/survey/dedupe.js';
import { differencingConflict, issuedCounts } from '../core/survey/guard.js';
import { confidenceQuestions, STANDARD_QUESTIONS, type Question, type SurveyKind } from '../core/survey/questions.js';
import { surveyReport, type Role, type SurveyReport, type SurveyResponse } from '../core/survey/report.js';
import { baselineReport, withBaseline } from '../core/survey/shift.js';
import {
  insertReportLog,
  insertResponse,
  insertSurvey,
  listSurveys,
  loadReportLog,
  loadResponses,
  markSurveyClosed,
  menteeTopics,
  responseCounts,
  type StoredSurvey,
} from '../db/surveys.js';
import { roleCounts } from '../db/participants.js';
import type { Db } from '../db/types.js';

/** The answers checked against the survey's questions; the prompts validate already, so a failure here is a bug, not the respondent's. */
export function checkedAnswers(survey: StoredSurvey, given: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const checked = validateAnswers(survey.questions, given);
  if (!checked.ok) throw new Error(`invalid answers: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

/** Stores one anonymous response (role and answers, nothing else) under a random id; a closed survey is exit 1. */
export function recordResponse(db: Db, survey: StoredSurvey, role: Role, answers: Record<string, AnswerValue>): void {
  assertOpen(survey);
  db.transaction(() => insertResponse(db, survey.id, { role, answers })).immediate();
}

/** A closed survey takes no responses (exit 1). */
export function assertOpen(survey: StoredSurvey): void {
  if (survey.closedOn !== null) throw new StateError('error.survey.closed', { survey: survey.name, date: survey.closedOn });
}

/** The texts of one topic's confidence question, in both languages (from the catalogues, by the caller). */
export type ConfidenceWording = (topic: string) => { text: string; textDe: string; mentorText: string; mentorTextDe: string };

/** What `survey create` makes: its kind and, from a questions file, the programme's own questions. */
export interface SurveyDefinition {
  kind?: SurveyKind;
  /** Shown where the survey is named; else its name. */
  title?: string;
  questions?: readonly Question[];
  wording?: ConfidenceWording;
}

/**
 * Creates a survey of a round; a taken name is exit 1. Its questions: the programme's own
 * (a questions file) or else the standard questionnaire, except for a baseline, which asks
 * only the per-topic confidence questions (plus any own questions): a start-of-round survey
 * cannot ask whether people would recommend what they have not yet had. Baseline and final
 * surveys add one confidence question per topic of the round's mentees; a baseline without
 * any question (no topics, no own questions) is exit 1.
 */
export function createSurvey(db: Db, round: Round, name: string, definition: SurveyDefinition = {}): StoredSurvey {
  const kind = definition.kind ?? 'standard';
  return db
    .transaction(() => {
      const own = definition.questions ?? (kind === 'baseline' ? [] : STANDARD_QUESTIONS);
      const confidence =
        kind === 'standard' || definition.wording === undefined ? [] : confidenceQuestions(menteeTopics(db, round.id), definition.wording);
      const questions = [...own, ...confidence];
      if (questions.length === 0) throw new StateError('error.survey.noTopics', { round: round.name });
      return insertSurvey(db, round, name, questions, kind, definition.title ?? null);
    })
    .immediate();
}

/** Closes a survey on `today`: no further responses; its reports are then final and no longer guarded. Closing twice is exit 1. */
export function closeSurvey(db: Db, survey: StoredSurvey, today: string): StoredSurvey {
  assertOpen(survey);
  db.transaction(() => markSurveyClosed(db, survey.id, today)).immediate();
  return { ...survey, closedOn: today };
}

/** One line of `survey list`. */
export interface SurveyListing {
  name: string;
  title: string | null;
  kind: SurveyKind;
  questions: number;
  responses: number;
  mentors: number;
  mentees: number;
  closedOn: string | null;
}

/**
 * The round's surveys with their response counts. The counts are the organiser's own
 * working figures (how many have answered so far), not survey results: they show no answer.
 */
export function surveyList(db: Db, round: Round): SurveyListing[] {
  return listSurveys(db, round.id).map((s) => {
    const counts = responseCounts(db, s.id);
    return {
      name: s.name,
      title: s.title,
      kind: s.kind,
      questions: s.questions.length,
      responses: counts.mentor + counts.mentee,
      mentors: counts.mentor,
      mentees: counts.mentee,
      closedOn: s.closedOn,
    };
  });
}

/** A survey report ready to issue: the report, and `record()` to log it once it has been delivered. */
export interface IssuedSurveyReport {
  report: SurveyReport;
  /** Logs the report as issued (checking the guard again, in the same write transaction). */
  record(): void;
}

/**
 * The report of a survey, to be issued: computed under the confidentiality rules, with
 * `before` and `shift` on the confidence questions of a final survey (from the round's
 * latest baseline survey); refused (StateError, exit 1, nothing written) when the
 * differencing guard finds an issued report it could be subtracted from. The caller
 * delivers it and then calls `record()`, so a report that could not be written is not
 * logged. A closed survey has one final state and is not guarded; a baseline's figures
 * shown in a final report are guarded and logged as a report of the baseline.
 */
export function prepareSurveyReport(db: Db, round: Round, survey: StoredSurvey, minGroup: number, today: string): IssuedSurveyReport {
  const { report, parts } = db.transaction(() => {
    const responses = loadResponses(db, survey.id);
    // The response rate of SPEC §3: responses per participants of the role, under the same rule.
    let report = surveyReport(survey.questions, responses, minGroup, survey.name, roleCounts(db, round.id));
    if (survey.title !== null) report = { survey: report.survey, title: survey.title, minGroup: report.minGroup, groups: report.groups };
    const parts: { survey: StoredSurvey; report: SurveyReport }[] = [{ survey, report }];
    const baseline = survey.kind === 'final' ? latestBaseline(db, round) : undefined;
    if (baseline) {
      const before = { name: baseline.name, questions: baseline.questions, responses: loadResponses(db, baseline.id) };
      const beforeReport = baselineReport(before, minGroup);
      report = withBaseline(report, { questions: survey.questions, responses }, { ...before, report: beforeReport });
      parts.push({ survey: baseline, report: beforeReport });
    }
    for (const part of parts) guard(db, round, part.survey, part.report);
    return { report, parts };
  })();
  const record = () =>
    db
      .transaction(() => {
        for (const part of parts) guard(db, round, part.survey, part.report);
        for (const part of parts) insertReportLog(db, part.survey.id, today, issuedCounts(part.report));
      })
      .immediate();
  return { report, record };
}

/** The differencing guard refused a report (exit 1); where figures are only part of an output, that part says "still collecting" instead. */
export class DifferencingRefused extends StateError {}

/** A survey part of a larger output (round report, round compare): the issued report, or `collecting`, and `record()` to log it once delivered. */
export type SurveyPart = { survey: StoredSurvey; record(): void } & ({ report: SurveyReport; collecting?: undefined } | { collecting: true });

/**
 * The survey a round report or `round compare` shows (chosen by `pick` from the round's
 * surveys), issued like a survey report; when the differencing guard refuses it, the part
 * is `collecting` instead of failing the whole output. Null when the round has no survey.
 */
export function prepareSurveyPart(
  db: Db,
  round: Round,
  pick: (surveys: readonly StoredSurvey[]) => StoredSurvey | undefined,
  minGroup: number,
  today: string,
): SurveyPart | null {
  const survey = pick(listSurveys(db, round.id));
  if (!survey) return null;
  try {
    return { survey, ...prepareSurveyReport(db, round, survey, minGroup, today) };
  } catch (error) {
    if (error instanceof DifferencingRefused) return { survey, collecting: true, record: () => {} };
    throw error;
  }
}

/** The latest baseline survey of a round, if any. */
function latestBaseline(db: Db, round: Round): StoredSurvey | undefined {
  return listSurveys(db, round.id)
    .filter((s) => s.kind === 'baseline')
    .sort((a, b) => b.id - a.id)[0];
}

function guard(db: Db, round: Round, survey: StoredSurvey, report: SurveyReport): void {
  if (survey.closedOn !== null) return;
  const conflict = differencingConflict(issuedCounts(report), loadReportLog(db, survey.id));
  if (!conflict) return;
  throw new DifferencingRefused(
    conflict.question === null ? 'error.survey.differencing.group' : 'error.survey.differencing.question',
    {
      survey: survey.name,
      group: conflict.group,
      question: conflict.question ?? '',
      difference: conflict.difference,
      date: conflict.issuedOn,
      min: conflict.minGroup,
    },
    'hint.survey.differencing',
    { survey: survey.name, round: round.name, min: conflict.minGroup },
  );
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
  assertOpen(survey);
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
