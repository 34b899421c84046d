import type { Lang, T } from '../../../core/i18n/index.js';
import type { Question } from '../../../core/survey/questions.js';
import type { Settings } from '../../../core/settings.js';
import { isSuppressedQuestion } from '../../../core/survey/report.js';
import type {
  ChoiceFigures,
  ConfidenceFigures,
  GroupName,
  GroupReport,
  NpsFigures,
  QuestionFigures,
  ScaleFigures,
  SurveyReport,
  TextFigures,
  WithheldTextFigures,
  YesNoFigures,
} from '../../../core/survey/report.js';
import { formatNumber } from '../format.js';

/** What every survey report renderer gets: the core's document plus what it needs to label it. */
export interface SurveyReportInput {
  report: SurveyReport;
  questions: readonly Question[];
  round: string;
  lang: Lang;
  t: T;
  /** The programme settings shown on the HTML page (logo, organisation, signer); absent: none. */
  settings?: Settings;
}

export const GROUPS: readonly GroupName[] = ['all', 'mentor', 'mentee'];

/** One bar of a distribution: a label (`yes`, `promoters`, `4`) and its value. */
export interface DistributionBar {
  label: string;
  value: number;
}

/** A question's figures in a group, ready to print: the headline and, where it has one, a distribution. */
export type QuestionView =
  | {
      kind: 'figures';
      question: Question;
      n: number;
      headline: string;
      bars: DistributionBar[];
      unit: '%' | '';
      /** A final survey's confidence question: the baseline's side and the shift, ready to print. */
      comparison?: ComparisonView;
    }
  | { kind: 'texts'; question: Question; n: number; answers: string[] }
  | { kind: 'withheld'; question: Question; n: number; note: string }
  | { kind: 'suppressed'; question: Question; note: string };

/** Before and after of a confidence question: the means (before null when not shown), the shift, and one line saying it. */
export interface ComparisonView {
  before: number | null;
  after: number | null;
  shift: { mean: number; low: number; high: number } | null;
  line: string;
}

/** The question's text in the report's language; a confidence question has its own wording for mentors. */
export function questionText(question: Question, lang: Lang, role?: 'mentor' | 'mentee'): string {
  if (role === 'mentor' && question.mentorText !== undefined) return lang === 'de' ? (question.mentorTextDe ?? question.mentorText) : question.mentorText;
  return lang === 'de' ? question.textDe : question.text;
}

/** "Overall", "Mentors", "Mentees" in the report's language. */
export function groupTitle(t: T, group: GroupName): string {
  return t(`survey.group.${group}`);
}

/** The survey and round in one line, for titles. */
export function reportTitle(input: SurveyReportInput): string {
  const { survey, title } = input.report;
  return title === undefined ? input.t('survey.report.title', { survey, round: input.round }) : input.t('survey.report.titled', { title, round: input.round });
}

/** The confidentiality rule in one sentence. */
export function minGroupLine(input: SurveyReportInput): string {
  return input.t('survey.report.minGroupLine', { min: input.report.minGroup });
}

/**
 * Why a group or question shows nothing, in the report's language (the JSON keeps the
 * English note): one sentence for every case, so it never tells which group is small.
 */
export function suppressionText(t: T, minGroup: number): string {
  return t('survey.suppressed', { min: minGroup });
}

/** A group's heading: "Overall · 23 responses", or just the title when suppressed. */
export function groupHeading(t: T, name: GroupName, group: GroupReport): string {
  return group.suppressed ? groupTitle(t, name) : `${groupTitle(t, name)} · ${t('survey.report.responses', { n: group.n })}`;
}

/** "23 of 24 answered (96%)" for a shown group given its participants; null otherwise (a suppressed group shows no rate). */
export function responseRateLine(t: T, lang: Lang, group: { n: number | null; participants?: number | null; responseRate?: number | null }): string | null {
  if (group.n === null || group.participants === undefined || group.participants === null || group.responseRate === undefined || group.responseRate === null) return null;
  return t('survey.report.rate', { n: group.n, participants: group.participants, percent: percent(group.responseRate, lang) });
}

/** A percentage in the language's style ("80%" / "80 %"). */
export function percent(value: number, lang: Lang): string {
  return lang === 'de' ? `${formatNumber(value, lang)} %` : `${value}%`;
}

/** The shown questions of a group, in questionnaire order. */
export function questionViews(input: SurveyReportInput, group: GroupReport & { suppressed: false }): QuestionView[] {
  const { t, lang } = input;
  const views: QuestionView[] = [];
  for (const question of input.questions) {
    const figures: QuestionFigures | undefined = group.questions[question.id];
    if (figures === undefined) continue;
    views.push(viewOf(question, figures, input.report.minGroup, t, lang));
  }
  return views;
}

function viewOf(question: Question, figures: QuestionFigures, minGroup: number, t: T, lang: Lang): QuestionView {
  if (isSuppressedQuestion(figures)) return { kind: 'suppressed', question, note: suppressionText(t, minGroup) };
  if ('withheld' in figures) {
    const f = figures as WithheldTextFigures;
    return { kind: 'withheld', question, n: f.n, note: t('survey.report.withheld', { min: minGroup }) };
  }
  const none = t('survey.report.noAnswers');
  switch (question.kind) {
    case 'yesno': {
      const f = figures as YesNoFigures;
      const headline = f.yesPercent === null ? none : t('survey.report.yesPercent', { percent: percent(f.yesPercent, lang) });
      const bars =
        f.yesPercent === null
          ? []
          : [
              { label: t('survey.answer.yes'), value: f.yesPercent },
              { label: t('survey.answer.no'), value: 100 - f.yesPercent },
            ];
      return { kind: 'figures', question, n: f.n, headline, bars, unit: '%' };
    }
    case 'nps': {
      const f = figures as NpsFigures;
      const headline = f.score === null ? none : t('survey.report.nps', { score: signed(f.score, lang) });
      const bars =
        f.score === null
          ? []
          : [
              { label: t('survey.report.promoters'), value: f.promoters },
              { label: t('survey.report.passives'), value: f.passives },
              { label: t('survey.report.detractors'), value: f.detractors },
            ];
      return { kind: 'figures', question, n: f.n, headline, bars, unit: '' };
    }
    case 'scale5': {
      const f = figures as ScaleFigures;
      const headline = f.mean === null ? none : t('survey.report.mean', { mean: formatNumber(f.mean, lang) });
      const bars = f.mean === null ? [] : (['1', '2', '3', '4', '5'] as const).map((k) => ({ label: k, value: f.counts[k] }));
      const comparison = 'before' in f ? comparisonOf(f as ConfidenceFigures, t, lang) : undefined;
      return { kind: 'figures', question, n: f.n, headline, bars, unit: '', ...(comparison ? { comparison } : {}) };
    }
    case 'choice':
    case 'multichoice': {
      const f = figures as ChoiceFigures;
      const bars = (question.options ?? []).map((o) => ({ label: lang === 'de' ? o.textDe : o.text, value: f.counts[o.id] ?? 0 }));
      const top = bars.reduce<DistributionBar | undefined>((best, b) => (b.value > (best?.value ?? 0) ? b : best), undefined);
      const headline = f.n === 0 || top === undefined ? none : t('survey.report.mostChosen', { option: top.label, count: top.value });
      return { kind: 'figures', question, n: f.n, headline, bars: f.n === 0 ? [] : bars, unit: '' };
    }
    case 'text': {
      const f = figures as TextFigures;
      return { kind: 'texts', question, n: f.n, answers: f.answers };
    }
  }
}

/** The baseline's mean and the shift with its interval, as one line: "before 3.1 · shift +1.2 (95 % interval +0.6 to +1.8)". */
function comparisonOf(f: ConfidenceFigures, t: T, lang: Lang): ComparisonView {
  const before = f.before === null || 'suppressed' in f.before ? null : f.before.mean;
  const beforeText =
    f.before === null
      ? t('survey.report.notAskedBefore')
      : 'suppressed' in f.before
        ? t('survey.report.beforeSuppressed')
        : t('survey.report.before', { mean: before === null ? t('survey.report.noAnswers') : formatNumber(before, lang) });
  const shiftText =
    f.shift === null
      ? ''
      : ` · ${t('survey.report.shift', { mean: signedDecimal(f.shift.mean, lang), low: signedDecimal(f.shift.low, lang), high: signedDecimal(f.shift.high, lang) })}`;
  return { before, after: f.mean, shift: f.shift, line: `${beforeText}${shiftText}` };
}

/** A shift with its sign and two decimals (+1.25, −0.40, 0.00). */
export function signedDecimal(value: number, lang: Lang): string {
  const text = Math.abs(value).toFixed(2);
  const local = lang === 'de' ? text.replace('.', ',') : text;
  return value > 0 ? `+${local}` : value < 0 ? `−${local}` : local;
}

/** An NPS with its sign (+29, −13, 0), as NPS is usually written. */
function signed(score: number, lang: Lang): string {
  return score > 0 ? `+${formatNumber(score, lang)}` : formatNumber(score, lang);
}
