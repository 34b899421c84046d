import type { Question } from './questions.js';
import {
  DEFAULT_MIN_GROUP,
  surveyReport,
  type GroupName,
  type GroupReport,
  isSuppressedQuestion,
  type ConfidenceFigures,
  type ScaleFigures,
  type ShiftFigures,
  type SurveyReport,
  type SurveyResponse,
} from './report.js';
import { isConfidence } from './questions.js';
import en from '../i18n/en.js';

/** One group of a survey in the round report: headline figures only, never free text. */
export interface SurveyGroupSummary {
  /** Responses in the group; null when suppressed. */
  n: number | null;
  /** Participants of the group and the response rate in % (null when suppressed, or without participants). */
  participants: number | null;
  responseRate: number | null;
  suppressed: boolean;
  /** Why the group is suppressed (English, as in `survey report --json`); null when shown. */
  note: string | null;
  recommendPercent: number | null;
  nps: number | null;
  satisfactionMean: number | null;
  learningMean: number | null;
  continuePercent: number | null;
}

/** One topic of the round report's confidence table. */
export type TopicConfidence =
  | { topic: string; suppressed: false; n: number; mean: number | null; before: number | null; shift: ShiftFigures | null }
  | { topic: string; suppressed: true };

/** The `survey` slot of the round report (SPEC §5): one survey of the round, summarised. */
export interface RoundSurveySummary {
  survey: string;
  /** The survey's title, present only where one is set. */
  title?: string;
  minGroup: number;
  /**
   * A final (or baseline) survey's confidence per topic, overall group only: the mean after,
   * the baseline's mean and the shift (see survey report), or suppressed. Absent when the
   * survey asks no confidence question.
   */
  confidence?: TopicConfidence[];
  /** Present (true) when the survey's figures cannot be issued yet (the differencing guard of SPEC §3): every group then shows only that. */
  collecting?: true;
  groups: Record<GroupName, SurveyGroupSummary>;
}

/**
 * The survey a round report summarises when a round has several: the latest closed one
 * (by closing day, then creation); while none is closed, the one named `final`, else the
 * most recently created (highest id), since the end-of-round view is what a round report
 * is read for. Undefined when the round has none.
 */
export function pickRoundSurvey<S extends { id: number; name: string; closedOn?: string | null }>(surveys: readonly S[]): S | undefined {
  const closed = surveys
    .filter((s) => typeof s.closedOn === 'string')
    .sort((a, b) => (a.closedOn! < b.closedOn! ? 1 : a.closedOn! > b.closedOn! ? -1 : b.id - a.id))[0];
  if (closed) return closed;
  return latestFinal(surveys);
}

/**
 * The survey `round compare` puts side by side: the round's final survey (kind `final`,
 * the latest of them), else the one named `final`, else the latest.
 */
export function pickCompareSurvey<S extends { id: number; name: string; kind?: string }>(surveys: readonly S[]): S | undefined {
  const finals = surveys.filter((s) => s.kind === 'final').sort((a, b) => b.id - a.id);
  return finals[0] ?? latestFinal(surveys);
}

function latestFinal<S extends { id: number; name: string }>(surveys: readonly S[]): S | undefined {
  const final = surveys.find((s) => s.name === 'final');
  if (final) return final;
  return [...surveys].sort((a, b) => b.id - a.id)[0];
}

/**
 * The round report's survey section: per group (all, mentor, mentee) the recommend %,
 * NPS, the two 1–5 means and the stay-in-touch %, under exactly the confidentiality rules
 * of `survey report` (it is computed from that report, so it can never show more). Free
 * text is left out: a management report is no place for it.
 */
export function roundSurveySummary(
  survey: { name: string; questions: readonly Question[] },
  responses: readonly SurveyResponse[],
  minGroup: number = DEFAULT_MIN_GROUP,
  participants?: Readonly<Record<'mentor' | 'mentee', number>>,
): RoundSurveySummary {
  return summariseSurveyReport(surveyReport(survey.questions, responses, minGroup, survey.name, participants));
}

/** The round report's survey section from an issued survey report. */
export function summariseSurveyReport(report: SurveyReport, questions: readonly Question[] = []): RoundSurveySummary {
  const topics = questions.filter(isConfidence);
  const all = report.groups.all;
  const confidence = topics.map((q): TopicConfidence => {
    const f = all.suppressed ? undefined : all.questions[q.id];
    if (f === undefined || isSuppressedQuestion(f)) return { topic: q.topic!, suppressed: true };
    const c = f as ScaleFigures & Partial<ConfidenceFigures>;
    const before = c.before && !isSuppressedQuestion(c.before) ? c.before.mean : null;
    return { topic: q.topic!, suppressed: false, n: c.n, mean: c.mean, before, shift: c.shift ?? null };
  });
  return {
    ...(confidence.length ? { confidence } : {}),
    survey: report.survey,
    ...(report.title !== undefined ? { title: report.title } : {}),
    minGroup: report.minGroup,
    groups: {
      all: summariseGroup(report.groups.all),
      mentor: summariseGroup(report.groups.mentor),
      mentee: summariseGroup(report.groups.mentee),
    },
  };
}

/** The survey section while the survey is still collecting: no figure at all, the note says so. */
export function collectingSummary(survey: string, minGroup: number, title?: string | null): RoundSurveySummary {
  const note = (en['survey.collecting'] ?? '').replace('{survey}', title ?? survey);
  const group = summariseGroup({ n: null, suppressed: true, reason: 'min-group', note, questions: {} });
  return { survey, ...(title != null ? { title } : {}), minGroup, collecting: true, groups: { all: group, mentor: group, mentee: group } };
}

function summariseGroup(group: GroupReport): SurveyGroupSummary {
  if (group.suppressed) {
    return {
      n: null,
      participants: null,
      responseRate: null,
      suppressed: true,
      note: group.note,
      recommendPercent: null,
      nps: null,
      satisfactionMean: null,
      learningMean: null,
      continuePercent: null,
    };
  }
  const q = group.questions;
  const figure = (id: string, key: 'yesPercent' | 'score' | 'mean'): number | null => {
    const f = q[id] as Record<string, unknown> | undefined;
    const value = f?.[key];
    return typeof value === 'number' ? value : null;
  };
  return {
    n: group.n,
    participants: group.participants ?? null,
    responseRate: group.responseRate ?? null,
    suppressed: false,
    note: null,
    recommendPercent: figure('recommend', 'yesPercent'),
    nps: figure('nps', 'score'),
    satisfactionMean: figure('satisfaction', 'mean'),
    learningMean: figure('learning', 'mean'),
    continuePercent: figure('continue', 'yesPercent'),
  };
}
