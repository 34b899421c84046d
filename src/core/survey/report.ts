import { StateError, UsageError } from '../errors.js';
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

/** Why a group shows nothing: too few responses itself, or it would reveal the other role. */
export type SuppressionReason = 'too-few' | 'complementary';

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
export type QuestionFigures = YesNoFigures | NpsFigures | ScaleFigures | TextFigures | WithheldTextFigures;

export interface ShownGroup {
  n: number;
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
 * Which groups a report must suppress, from the response count of each role.
 *
 * The rule (SPEC §3 "confidentiality"), where all = mentor + mentee:
 * 1. a group with fewer than `minGroup` responses is suppressed (`too-few`);
 * 2. when exactly one role is suppressed and `all` is shown, the other role is suppressed
 *    too (`complementary`), since `all` minus it would give the small role's figures;
 * 3. when both roles are suppressed but `all` reaches `minGroup`, `all` is shown: it
 *    mixes the roles and reveals neither.
 *
 * So the shown groups are always none, {all}, or {all, mentor, mentee} each with at
 * least `minGroup` responses ({mentor, mentee} without all cannot occur: all ≥ each
 * role). This holds per question too, although questions are skipped and their `n`
 * differ: a suppressed group's figure could only be derived by subtracting one shown
 * group from another that contains it, and with {all} alone there is nothing to
 * subtract, while with all three shown nothing is suppressed. A suppressed group shows
 * not even its response count, so no figure of it can be recovered by arithmetic.
 *
 * Free text is stricter (see {@link textsWithheld}): figures of a small role are safe
 * inside the overall group, its texts are not.
 *
 * Not covered (outside one report): two reports of the same survey taken before and
 * after further responses came in can be subtracted from each other.
 */
export function suppressionOf(
  counts: { mentor: number; mentee: number },
  minGroup: number,
): Record<GroupName, SuppressionReason | null> {
  const small = (n: number): SuppressionReason | null => (n < minGroup ? 'too-few' : null);
  const all = small(counts.mentor + counts.mentee);
  let mentor = small(counts.mentor);
  let mentee = small(counts.mentee);
  if (all === null) {
    if (mentor !== null && mentee === null) mentee = 'complementary';
    else if (mentee !== null && mentor === null) mentor = 'complementary';
  }
  return { all, mentor, mentee };
}

/**
 * Whether the overall group must withhold its free-text answers: when a role group has
 * between 1 and `minGroup − 1` responses. A number from a small role disappears into the
 * overall mean; a sentence does not (the case: 4 mentors and 12 mentees show the
 * overall figures, but no mentor's text in any format). A role with no responses at all
 * contributes no text, so nothing is withheld for it.
 */
export function textsWithheld(counts: { mentor: number; mentee: number }, minGroup: number): boolean {
  const small = (n: number) => n > 0 && n < minGroup;
  return small(counts.mentor) || small(counts.mentee);
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
  // Only the overall group can be shown next to a small role (suppressionOf), so only it withholds.
  const withhold = textsWithheld(counts, minGroup);
  const group = (name: GroupName): GroupReport => {
    const reason = suppression[name];
    if (reason !== null) return suppressedGroup(reason, minGroup);
    const shown: Record<string, QuestionFigures> = {};
    for (const question of questions) {
      const values = answersTo(question, members[name]);
      shown[question.id] =
        question.kind === 'text' && withhold
          ? { n: values.length, withheld: true, note: `withheld: fewer than ${minGroup} responses in a role` }
          : figures(question, values);
    }
    return { n: members[name].length, suppressed: false, questions: shown };
  };
  return { survey: surveyName, minGroup, groups: { all: group('all'), mentor: group('mentor'), mentee: group('mentee') } };
}

/** The overall group's recommend % and NPS under the same rules as {@link surveyReport}. */
export function groupSummary(
  questions: readonly Question[],
  responses: readonly SurveyResponse[],
  minGroup: number,
): GroupSummary {
  const all = surveyReport(questions, responses, minGroup, '').groups.all;
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

function suppressedGroup(reason: SuppressionReason, minGroup: number): SuppressedGroup {
  const note =
    reason === 'too-few'
      ? `suppressed: fewer than ${minGroup} responses`
      : `suppressed: the other role has fewer than ${minGroup} responses`;
  return { n: null, suppressed: true, reason, note, questions: {} };
}

/** The answers given to one question, checked; a value that does not fit is corrupt data. */
function answersTo(question: Question, responses: readonly SurveyResponse[]): AnswerValue[] {
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
