import { StateError, UsageError } from '../errors.js';
import { translator } from '../i18n/index.js';
import { checkAnswer, type AnswerValue, type Answers } from './answers.js';
import type { Question } from './questions.js';

/** The role a response was given in; responses carry nothing else about the respondent. */
export type Role = 'mentor' | 'mentee';

/** One stored response: only the role, never a person, pair or tandem. */
export interface SurveyResponse {
  readonly role: Role;
  readonly answers: Readonly<Answers>;
}

export type GroupName = 'all' | 'mentor' | 'mentee';

/**
 * Why a group or question shows nothing. One reason only: whether a group is small itself
 * or hidden because it would reveal a small one must not show, or the sizes could be
 * read off by varying `--min-group` (a role of 7 next to one of 2 flipped from
 * "complementary" to "too few" at 8).
 */
export type SuppressionReason = 'min-group';

export interface YesNoFigures {
  n: number;
  yesPercent: number | null;
}
export interface NpsFigures {
  n: number;
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
}
export interface ScaleFigures {
  n: number;
  mean: number | null;
  counts: { '1': number; '2': number; '3': number; '4': number; '5': number };
}
/** A choice or multichoice question: how many chose each option (a multichoice answer counts once per option chosen). */
export interface ChoiceFigures {
  n: number;
  counts: Record<string, number>;
}
/** A mean shift after − before with its 95 % interval (see core/survey/shift.ts). */
export interface ShiftFigures {
  mean: number;
  low: number;
  high: number;
}
/**
 * A confidence question in a `final` survey's report: its own figures, the baseline's
 * figures for the same group and question (`before`; suppressed under the same rule, or
 * null when the baseline did not ask it), and the shift (null unless both sides are shown
 * with answers).
 */
export interface ConfidenceFigures extends ScaleFigures {
  before: ScaleFigures | SuppressedQuestion | null;
  shift: ShiftFigures | null;
}
export interface TextFigures {
  n: number;
  answers: string[];
}
/**
 * The overall group's free-text answers when a role group is small: the count only.
 * Texts give away who wrote them (style, subject, "my mentee…") even mixed with
 * the other role's, so a role of 1 to minGroup − 1 respondents keeps its texts out
 * of the overall group as well.
 */
export interface WithheldTextFigures {
  n: number;
  withheld: true;
  note: string;
}
/** A question not shown in a group: no count, no figure, no text, only the general note. */
export interface SuppressedQuestion {
  suppressed: true;
  note: string;
}
export type QuestionFigures =
  | YesNoFigures
  | NpsFigures
  | ScaleFigures
  | ConfidenceFigures
  | ChoiceFigures
  | TextFigures
  | WithheldTextFigures
  | SuppressedQuestion;

export interface ShownGroup {
  n: number;
  /** The round's participants of the group (both roles for `all`), when the report was given them. */
  participants?: number;
  /** `n` / `participants` in %, rounded; null without participants. Shown only where the group is. */
  responseRate?: number | null;
  suppressed: false;
  questions: Record<string, QuestionFigures>;
}
/** A suppressed group carries no count, no figure and no text: only why it is suppressed. */
export interface SuppressedGroup {
  n: null;
  suppressed: true;
  reason: SuppressionReason;
  note: string;
  questions: Record<string, never>;
}
export type GroupReport = ShownGroup | SuppressedGroup;

/** The `survey report --json` document of SPEC §5. */
export interface SurveyReport {
  survey: string;
  /** The survey's title, present only where one is set (`survey create --title`). */
  title?: string;
  minGroup: number;
  groups: Record<GroupName, GroupReport>;
}

/** The overall group in one line, for `round compare` and the round report. */
export interface GroupSummary {
  n: number | null;
  suppressed: boolean;
  recommendPercent: number | null;
  nps: number | null;
}

/** The smallest `--min-group` accepted; below it a group of two could identify each other. */
export const MIN_GROUP_FLOOR = 3;
/** `--min-group` when none is given. */
export const DEFAULT_MIN_GROUP = 5;

/**
 * The one English note of every suppressed group and question (JSON, CSV); renderers
 * print the same key in the report's language. It names the rule, never the group's size.
 */
export function suppressionNote(minGroup: number): string {
  return englishNote('survey.suppressed', minGroup);
}

/** The English note of free-text answers withheld from the overall group. */
export function withheldNote(minGroup: number): string {
  return englishNote('survey.report.withheld', minGroup);
}

function englishNote(key: string, minGroup: number): string {
  return translator('en')(key, { min: minGroup });
}

/** Whether a figure of the report is a suppressed question. */
export function isSuppressedQuestion(figures: QuestionFigures | undefined): figures is SuppressedQuestion {
  return figures !== undefined && 'suppressed' in figures;
}

/**
 * Which groups a report must suppress, from the response count of each role (or, for one
 * question, the count of each role that answered it).
 *
 * The rule (SPEC §3 "confidentiality"), where all = mentor + mentee:
 * 1. `all` is shown when it has at least `minGroup` responses;
 * 2. the roles are shown only together, when each has at least `minGroup` responses:
 *    one role shown next to `all` would give the other by subtraction.
 *
 * So the shown groups are always none, {all}, or {all, mentor, mentee}. Applied to every
 * question on its own counts as well (a question's n is at most its group's, so a shown
 * question implies a shown group), a suppressed figure can never be recovered by
 * subtracting one shown figure from another. What the output reveals is only `all`'s n
 * when at least `minGroup`, and whether the smaller role reaches `minGroup`: never which
 * role is small nor its size, whatever `--min-group` is tried (every suppression has the
 * one reason and the one note).
 *
 * Free text is stricter (see {@link textsWithheld}).
 *
 * Not covered (outside one report): two reports of the same survey taken before and
 * after further responses came in can be subtracted from each other.
 */
export function suppressionOf(
  counts: { mentor: number; mentee: number },
  minGroup: number,
): Record<GroupName, SuppressionReason | null> {
  const all = counts.mentor + counts.mentee >= minGroup ? null : 'min-group';
  const roles = all === null && Math.min(counts.mentor, counts.mentee) >= minGroup ? null : 'min-group';
  return { all, mentor: roles, mentee: roles };
}

/**
 * Whether the overall group must withhold its free-text answers to a question: whenever
 * the role groups of that question are not shown. A number from a small role disappears
 * into the overall mean; a sentence does not (4 mentors and 12 mentees show the overall
 * figures, but no mentor's text in any format). A role with no answers at all withholds
 * too: showing the texts then would tell that one role is empty, a size.
 */
export function textsWithheld(counts: { mentor: number; mentee: number }, minGroup: number): boolean {
  return suppressionOf(counts, minGroup).mentor !== null;
}

/**
 * The survey report of SPEC §3/§5: per group (all, mentor, mentee) and question, the
 * figures of those who answered, under the confidentiality rule of {@link suppressionOf}.
 * Throws UsageError when `minGroup` is below 3, StateError on a stored answer that does
 * not fit its question.
 */
export function surveyReport(
  questions: readonly Question[],
  responses: readonly SurveyResponse[],
  minGroup: number,
  surveyName: string,
  participants?: Readonly<Record<Role, number>>,
): SurveyReport {
  if (!Number.isInteger(minGroup) || minGroup < MIN_GROUP_FLOOR) {
    throw new UsageError('error.minGroup', { min: MIN_GROUP_FLOOR });
  }
  const members: Record<GroupName, SurveyResponse[]> = {
    all: [...responses],
    mentor: responses.filter((r) => r.role === 'mentor'),
    mentee: responses.filter((r) => r.role === 'mentee'),
  };
  const counts = { mentor: members.mentor.length, mentee: members.mentee.length };
  const suppression = suppressionOf(counts, minGroup);
  // Per question: its answers per role, and the same rule on those counts.
  const answered = questions.map((question) => {
    const values = {
      all: answersTo(question, members.all),
      mentor: answersTo(question, members.mentor),
      mentee: answersTo(question, members.mentee),
    };
    const own = { mentor: values.mentor.length, mentee: values.mentee.length };
    return { question, values, shown: suppressionOf(own, minGroup), withhold: textsWithheld(own, minGroup) };
  });
  const note = suppressionNote(minGroup);
  const group = (name: GroupName): GroupReport => {
    if (suppression[name] !== null) return { n: null, suppressed: true, reason: 'min-group', note, questions: {} };
    const shown: Record<string, QuestionFigures> = {};
    for (const { question, values, shown: rule, withhold } of answered) {
      shown[question.id] =
        rule[name] !== null
          ? { suppressed: true, note }
          : question.kind === 'text' && withhold
            ? { n: values[name].length, withheld: true, note: withheldNote(minGroup) }
            : figures(question, values[name]);
    }
    const n = members[name].length;
    if (!participants) return { n, suppressed: false, questions: shown };
    const of = name === 'all' ? participants.mentor + participants.mentee : participants[name];
    return { n, participants: of, responseRate: of === 0 ? null : roundedRatio(n * 100, of), suppressed: false, questions: shown };
  };
  return { survey: surveyName, minGroup, groups: { all: group('all'), mentor: group('mentor'), mentee: group('mentee') } };
}

/** The overall group's recommend % and NPS under the same rules as {@link surveyReport}. */
export function groupSummary(
  questions: readonly Question[],
  responses: readonly SurveyResponse[],
  minGroup: number,
): GroupSummary {
  return summaryOfAll(surveyReport(questions, responses, minGroup, ''));
}

/** The overall group's headline figures of a report (see {@link groupSummary}). */
export function summaryOfAll(report: SurveyReport): GroupSummary {
  const all = report.groups.all;
  if (all.suppressed) return { n: null, suppressed: true, recommendPercent: null, nps: null };
  const recommend = all.questions.recommend;
  const nps = all.questions.nps;
  return {
    n: all.n,
    suppressed: false,
    recommendPercent: recommend !== undefined && 'yesPercent' in recommend ? recommend.yesPercent : null,
    nps: nps !== undefined && 'score' in nps ? nps.score : null,
  };
}

/** The answers given to one question, checked; a value that does not fit is corrupt data (StateError). */
export function answersTo(question: Question, responses: readonly SurveyResponse[]): AnswerValue[] {
  const values: AnswerValue[] = [];
  for (const response of responses) {
    if (!Object.hasOwn(response.answers, question.id)) continue;
    const checked = checkAnswer(question, response.answers[question.id]);
    if (!checked.ok) {
      throw new StateError('error.survey.badAnswer', { question: question.id, message: checked.message });
    }
    if (checked.value !== undefined) values.push(checked.value);
  }
  return values;
}

function figures(question: Question, values: readonly AnswerValue[]): QuestionFigures {
  const n = values.length;
  switch (question.kind) {
    case 'yesno': {
      const yes = values.filter((v) => v === true).length;
      return { n, yesPercent: n === 0 ? null : roundedRatio(yes * 100, n) };
    }
    case 'nps': {
      const scores = values as readonly number[];
      const promoters = scores.filter((v) => v >= 9).length;
      const detractors = scores.filter((v) => v <= 6).length;
      const passives = n - promoters - detractors;
      return { n, score: n === 0 ? null : roundedRatio((promoters - detractors) * 100, n), promoters, passives, detractors };
    }
    case 'scale5': {
      const scores = values as readonly number[];
      const counts = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
      for (const v of scores) counts[String(v) as keyof typeof counts] += 1;
      const sum = scores.reduce((a, b) => a + b, 0);
      return { n, mean: n === 0 ? null : roundedRatio(sum * 10, n) / 10, counts };
    }
    case 'choice':
    case 'multichoice': {
      const counts: Record<string, number> = {};
      for (const option of question.options ?? []) counts[option.id] = 0;
      for (const v of values) for (const id of typeof v === 'string' ? [v] : (v as readonly string[])) counts[id] = (counts[id] ?? 0) + 1;
      return { n, counts };
    }
    case 'text':
      return { n, answers: [...(values as readonly string[])].sort(compareText) };
  }
}

/**
 * `numerator / denominator` rounded to an integer, half away from zero (12.5 → 13,
 * −12.5 → −13, as a spreadsheet's ROUND does), in exact integer arithmetic: floats
 * would turn 1.15 into 1.1.
 */
function roundedRatio(numerator: number, denominator: number): number {
  const twice = 2 * Math.abs(numerator) + denominator;
  const divisor = 2 * denominator;
  const rounded = (twice - (twice % divisor)) / divisor;
  return numerator < 0 && rounded !== 0 ? -rounded : rounded; // never -0
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Alphabetical, ignoring case and accents, then by code unit so the order is total and stable. */
function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
