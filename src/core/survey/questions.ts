/** How a question is answered: yes/no, 0–10 (NPS), 1–5 scale, one option, several options, or free text. */
export type QuestionKind = 'yesno' | 'nps' | 'scale5' | 'choice' | 'multichoice' | 'text';

/** Every kind, in the order help texts list them. */
export const QUESTION_KINDS: readonly QuestionKind[] = ['yesno', 'nps', 'scale5', 'choice', 'multichoice', 'text'];

/** One option of a choice or multichoice question. */
export interface QuestionOption {
  readonly id: string;
  readonly text: string;
  readonly textDe: string;
}

/**
 * One question of a questionnaire; `text` is English, `textDe` German. `options` belong to
 * choice and multichoice questions; `required` questions cannot be skipped (the standard
 * ones all can). A confidence question names its `topic` and has its own wording for
 * mentors (`mentorText`, `mentorTextDe`).
 */
export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: string;
  readonly textDe: string;
  readonly options?: readonly QuestionOption[];
  readonly required?: boolean;
  readonly topic?: string;
  readonly mentorText?: string;
  readonly mentorTextDe?: string;
}

/** What a survey is for: the standard end-of-round questionnaire, or confidence before (`baseline`) and after (`final`). */
export type SurveyKind = 'standard' | 'baseline' | 'final';
export const SURVEY_KINDS: readonly SurveyKind[] = ['standard', 'baseline', 'final'];

/** The id prefix of the per-topic confidence questions. */
export const CONFIDENCE_PREFIX = 'confidence:';

/** Whether a question is a per-topic confidence question. */
export function isConfidence(question: Question): boolean {
  return question.id.startsWith(CONFIDENCE_PREFIX) && question.topic !== undefined;
}

/**
 * The per-topic confidence questions (1–5) of a baseline or final survey, one per topic of
 * the round's mentees, sorted; `wording` gives the texts per topic from the catalogues.
 */
export function confidenceQuestions(
  topics: readonly string[],
  wording: (topic: string) => { text: string; textDe: string; mentorText: string; mentorTextDe: string },
): Question[] {
  return [...new Set(topics)].sort().map((topic) => ({ id: `${CONFIDENCE_PREFIX}${topic}`, kind: 'scale5', topic, ...wording(topic) }));
}

/** The whole-number range of a numeric kind, for validation and prompts. */
export const SCALE_BOUNDS = {
  nps: { min: 0, max: 10 },
  scale5: { min: 1, max: 5 },
} as const satisfies Record<'nps' | 'scale5', { min: number; max: number }>;

/** The longest free-text answer kept, in characters (code points). */
export const MAX_TEXT_LENGTH = 2000;

const standard: Question[] = [
  {
    id: 'recommend',
    kind: 'yesno',
    text: 'Would you recommend the programme?',
    textDe: 'Würden Sie das Programm weiterempfehlen?',
  },
  {
    id: 'nps',
    kind: 'nps',
    text: 'How likely are you to recommend it to a colleague?',
    textDe: 'Wie wahrscheinlich ist es, dass Sie das Programm einer Kollegin oder einem Kollegen empfehlen?',
  },
  {
    id: 'satisfaction',
    kind: 'scale5',
    text: 'How satisfied are you with your tandem?',
    textDe: 'Wie zufrieden sind Sie mit Ihrem Tandem?',
  },
  {
    id: 'learning',
    kind: 'scale5',
    text: 'How much did you learn?',
    textDe: 'Wie viel haben Sie gelernt?',
  },
  {
    id: 'continue',
    kind: 'yesno',
    text: 'Will you stay in touch with your tandem partner?',
    textDe: 'Werden Sie mit Ihrer Tandempartnerin oder Ihrem Tandempartner in Kontakt bleiben?',
  },
  {
    id: 'highlight',
    kind: 'text',
    text: 'What was your highlight?',
    textDe: 'Was war Ihr persönliches Highlight?',
  },
];

/** The standard end-of-round questionnaire of SPEC §3, in the order it is asked. */
export const STANDARD_QUESTIONS: readonly Question[] = Object.freeze(standard.map((q) => Object.freeze(q)));
