import { surveyLabel } from '../../../core/survey/name.js';
import { signedDecimal } from '../survey/view.js';
import type { Lang, T } from '../../../core/i18n/index.js';
import type { PersonRef, RoundReport, SurveySummary, TandemMentor, TandemRow } from '../../../core/report/types.js';
import type { WeekBucket } from '../../../core/report/weekly.js';
import type { Settings } from '../../../core/settings.js';
import { TOPIC_KEYS, type TopicName } from '../../../core/tags.js';
import { formatDate, formatNumber, toHours } from '../format.js';
import { reasonLabel } from '../reasons.js';

/** What every round report renderer gets. */
export interface ReportView {
  report: RoundReport;
  t: T;
  lang: Lang;
  /** Sessions per week across the round (html only). */
  weekly?: WeekBucket[];
  /** `--stale-only` was given: the tandem table lists only stale tandems. */
  staleOnly: boolean;
  /** The programme settings shown on the HTML page (logo, organisation, signer); absent: none. */
  settings?: Settings;
  /** How topics are shown: their labels. */
  topic: TopicName;
}

/** Topics shown in charts; the JSON has them all. */
export const TOPIC_LIMIT = 15;

/** A person's display name: name, else email, else "(forgotten)". */
export function who(p: PersonRef, t: T): string {
  return p.name ?? p.email ?? t('report.forgotten');
}

/** The survey section's heading: the survey's title where one is set, else `Survey "final"`. */
export function surveySectionTitle(t: T, survey: SurveySummary): string {
  return survey.title ?? t('report.section.survey', { survey: survey.survey });
}

export function title(v: ReportView): string {
  return v.t('report.title', { round: v.report.round.name });
}

/** "15 Jan 2026 – 15 Jul 2026 · running · week 7 of 27 · as of 1 Mar 2026" */
export function headline(v: ReportView): string {
  const { report: r, t, lang } = v;
  return [
    `${formatDate(r.round.startsOn, lang)} – ${formatDate(r.round.endsOn, lang)}`,
    t(`status.${r.round.status}`),
    t('report.week', { week: r.round.week, weeks: r.round.weeks }),
    t('report.asOf', { date: formatDate(r.asOf, lang) }),
  ].join(' · ');
}

/** The share of the round's weeks reached, 0–1. */
export function progress(r: RoundReport): number {
  return r.round.weeks ? r.round.week / r.round.weeks : 0;
}

/** The counts as label/value pairs, in the order of SPEC §5. */
export function countFields(v: ReportView): [string, string | number][] {
  const { report: r, t, lang } = v;
  const c = r.counts;
  return [
    [t('label.mentors'), c.mentors],
    [t('label.mentees'), c.mentees],
    [t('label.activePairs'), c.activePairs],
    [t('report.label.endedPairs'), c.endedPairs],
    [t('report.label.unmatchedMentors'), c.unmatchedMentors],
    [t('report.label.unmatchedMentees'), c.unmatchedMentees],
    [t('label.sessions'), c.sessions],
    // The label names the unit, so the value is the bare number (not "Stunden: 48,5 Std.").
    [t('report.label.hours'), formatNumber(toHours(c.minutes), lang)],
  ];
}

/** The minimum is checked once the round is half over: then the tandem table has its column. */
export function checksMinimum(r: RoundReport): boolean {
  return r.sessionsExpected !== null;
}

/** "2 below the minimum of 6 sessions (3 expected by now)", or null before the round is half over. */
export function minimumSummary(v: ReportView): string | null {
  const r = v.report;
  if (r.sessionsExpected === null) return null;
  const below = r.tandems.filter((x) => x.belowMinimum).length;
  return v.t('report.belowSummary', { below, min: r.minSessions, expected: r.sessionsExpected });
}

/** A tandem's minimum cell: "needs 4 more" when below the minimum, else empty. */
export function belowMark(x: TandemRow, t: T): string {
  return x.belowMinimum ? t('report.belowMark', { count: x.sessionsNeeded ?? 0 }) : '';
}

/** The column headings of the tandem table (with the minimum column once the round is half over). */
export function tandemHead(t: T, r?: RoundReport): string[] {
  const head = [
    t('report.label.mentee'),
    t('label.mentors'),
    t('label.reasons'),
    t('label.sessions'),
    t('report.label.minutes'),
    t('report.label.lastSession'),
    t('report.label.goalsAchieved'),
    t('report.label.stale'),
  ];
  return r && checksMinimum(r) ? [...head, t('report.label.belowMinimum')] : head;
}

/** One survey group as label/value pairs, or the suppression note. */
export function surveyRows(s: SurveySummary, t: T, lang: Lang): { group: string; suppressed: boolean; cells: string[] }[] {
  const pct = (n: number | null) => (n === null ? '–' : `${n} %`);
  const mean = (n: number | null) => (n === null ? '–' : n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'));
  const rate = (g: SurveySummary['groups']['all']) =>
    g.n === null || g.participants === null || g.responseRate === null ? '–' : t('report.survey.rateCell', { n: g.n, participants: g.participants, percent: pct(g.responseRate) });
  // While the survey is still collecting there is nothing per group: one row says so.
  const groups = s.collecting ? (['all'] as const) : (['all', 'mentor', 'mentee'] as const);
  return groups.map((name) => {
    const g = s.groups[name];
    const group = t(`report.survey.group.${name}`);
    if (g.suppressed) {
      return { group, suppressed: true, cells: [s.collecting ? t('survey.collecting', { survey: surveyLabel(s.survey, s.title) }) : t('survey.suppressed', { min: s.minGroup })] };
    }
    return {
      group,
      suppressed: false,
      cells: [String(g.n ?? '–'), rate(g), pct(g.recommendPercent), g.nps === null ? '–' : String(g.nps), mean(g.satisfactionMean), mean(g.learningMean), pct(g.continuePercent)],
    };
  });
}

/** The confidence table of a final survey (overall group): per topic the mean after, before and the shift with its interval. */
export function confidenceTable(s: SurveySummary, t: T, lang: Lang, topic: TopicName = TOPIC_KEYS): { head: string[]; rows: string[][] } | null {
  if (!s.confidence || s.collecting) return null;
  const num = (n: number | null) => (n === null ? '–' : n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'));
  const head = ['report.survey.label.topic', 'report.survey.label.after', 'report.survey.label.before', 'report.survey.label.shift'].map((k) => t(k));
  const rows = s.confidence.map((c) =>
    c.suppressed
      ? [topic(c.topic), t('survey.suppressed', { min: s.minGroup }), '', '']
      : [
          topic(c.topic),
          num(c.mean),
          num(c.before),
          c.shift === null ? '–' : t('report.survey.shift', { mean: signedDecimal(c.shift.mean, lang), low: signedDecimal(c.shift.low, lang), high: signedDecimal(c.shift.high, lang) }),
        ],
  );
  return { head, rows };
}

export function surveyHead(t: T): string[] {
  return [
    t('report.survey.label.group'),
    t('report.survey.label.n'),
    t('report.survey.label.answered'),
    t('report.survey.label.recommend'),
    t('report.survey.label.nps'),
    t('report.survey.label.satisfaction'),
    t('report.survey.label.learning'),
    t('report.survey.label.continue'),
  ];
}

/**
 * Why a tandem's mentors were paired with the mentee: one mentor's reasons, or each
 * mentor's after their name; `separator` between reasons (a line break in the terminal).
 */
export function tandemReasons(mentors: readonly TandemMentor[], t: T, separator = ', ', topic: TopicName = TOPIC_KEYS): string {
  const reasons = (m: TandemMentor) => m.why.map((r) => reasonLabel(r, t, topic)).join(separator);
  if (mentors.length === 1) return reasons(mentors[0]!);
  return mentors
    .filter((m) => m.why.length)
    .map((m) => `${who(m, t)}: ${reasons(m)}`)
    .join(separator === ', ' ? '; ' : separator);
}
