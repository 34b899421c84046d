import type { GroupName, SurveyReport } from './report.js';
import { isSuppressedQuestion } from './report.js';

/**
 * What one issued report showed, without a single figure: its min-group and the n of
 * every shown group and question (suppressed ones are absent). This is what the report
 * log keeps (SPEC §3 "over time").
 */
export interface IssuedCounts {
  minGroup: number;
  groups: Partial<Record<GroupName, number>>;
  questions: Partial<Record<GroupName, Record<string, number>>>;
}

/** One earlier issued report of the same survey. */
export interface IssuedReport {
  issuedOn: string;
  counts: IssuedCounts;
}

/** Why a report is refused: the group (and question) whose n differs by too few from an issued report. */
export interface DifferencingConflict {
  group: GroupName;
  question: string | null;
  difference: number;
  issuedOn: string;
  minGroup: number;
}

/** The n of every shown group and question of a report. */
export function issuedCounts(report: SurveyReport): IssuedCounts {
  const counts: IssuedCounts = { minGroup: report.minGroup, groups: {}, questions: {} };
  for (const name of ['all', 'mentor', 'mentee'] as const) {
    const group = report.groups[name];
    if (group.suppressed) continue;
    counts.groups[name] = group.n;
    const questions: Record<string, number> = {};
    for (const [id, figures] of Object.entries(group.questions)) {
      if (!isSuppressedQuestion(figures)) questions[id] = figures.n;
    }
    counts.questions[name] = questions;
  }
  return counts;
}

/**
 * The differencing guard: a report may not be issued when a group or question shown in
 * it and in an earlier issued report has an n that differs by 1 to m − 1, where m is the
 * larger min-group of the two: subtracting the two would give the figures of those few
 * responses. Only what both reports show is compared: a group or question suppressed in
 * either gives nothing to subtract, and comparing it would let the refusal itself tell a
 * suppressed size. (Shown groups only grow while responses only get added, so what one
 * showed earlier stays shown at the same or a lower min-group.) Null when the report may be issued.
 */
export function differencingConflict(current: IssuedCounts, issued: readonly IssuedReport[]): DifferencingConflict | null {
  for (const earlier of issued) {
    const m = Math.max(current.minGroup, earlier.counts.minGroup);
    const conflict = (n: number | undefined, before: number | undefined) =>
      n !== undefined && before !== undefined && Math.abs(n - before) >= 1 && Math.abs(n - before) <= m - 1;
    for (const name of ['all', 'mentor', 'mentee'] as const) {
      const n = current.groups[name];
      const before = earlier.counts.groups[name];
      if (conflict(n, before)) return { group: name, question: null, difference: Math.abs(n! - before!), issuedOn: earlier.issuedOn, minGroup: m };
      const questions = current.questions[name] ?? {};
      const earlierQuestions = earlier.counts.questions[name] ?? {};
      for (const [id, qn] of Object.entries(questions)) {
        const qBefore = Object.hasOwn(earlierQuestions, id) ? earlierQuestions[id] : undefined;
        if (conflict(qn, qBefore)) return { group: name, question: id, difference: Math.abs(qn - qBefore!), issuedOn: earlier.issuedOn, minGroup: m };
      }
    }
  }
  return null;
}
