import type { Question } from './questions.js';
import {
  DEFAULT_MIN_GROUP,
  surveyReport,
  type GroupName,
  type GroupReport,
  type SurveyResponse,
} from './report.js';

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

/** The `survey` slot of the round report (SPEC §5): one survey of the round, summarised. */
export interface RoundSurveySummary {
  survey: string;
  minGroup: number;
  groups: Record<GroupName, SurveyGroupSummary>;
}

/**
 * The survey a round report summarises when a round has several: the one named `final`,
 * else the most recently created (highest id), since the end-of-round view is what a
 * round report is read for. Undefined when the round has none.
 */
export function pickRoundSurvey<S extends { id: number; name: string }>(surveys: readonly S[]): S | undefined {
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
  const report = surveyReport(survey.questions, responses, minGroup, survey.name, participants);
  return {
    survey: report.survey,
    minGroup: report.minGroup,
    groups: {
      all: summariseGroup(report.groups.all),
      mentor: summariseGroup(report.groups.mentor),
      mentee: summariseGroup(report.groups.mentee),
    },
  };
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
