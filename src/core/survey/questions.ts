/** How a question is answered: yes/no, 0–10 (NPS), 1–5 scale, or free text. */
export type QuestionKind = 'yesno' | 'nps' | 'scale5' | 'text';

/** One question of a questionnaire; `text` is English, `textDe` German. */
export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: string;
  readonly textDe: string;
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
