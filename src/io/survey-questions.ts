import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ImportError, type RowError } from '../core/errors.js';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../core/survey/questions.js';

const ID = /^[a-z0-9_-]+$/;
const text = z.strictObject({ en: z.string().trim().min(1), de: z.string().trim().min(1) });
const option = z.strictObject({ id: z.string(), text });
const question = z.strictObject({
  id: z.string(),
  kind: z.string(),
  text,
  options: z.array(option).optional(),
  optional: z.boolean().optional(),
});
const file = z.strictObject({ questions: z.array(question).min(1) });

/**
 * Reads a questions file (`survey create --questions`, SPEC §3): `{"questions": [{"id",
 * "kind", "text": {"en", "de"}, "options": [{"id", "text"}], "optional"}]}`. Every problem
 * is one error naming its place (`questions[2]`) and field; nothing is created then (exit 2).
 * Rules beyond the shape: a known kind; ids of `a-z 0-9 - _`, unique; options (at least two,
 * ids unique) exactly for choice and multichoice.
 */
export function readQuestionsFile(path: string): Question[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw error;
    throw new ImportError(path, [{ line: 'file', column: '', key: 'survey.questionsFile.json', params: {} }]);
  }
  const parsed = file.safeParse(doc);
  if (!parsed.success) {
    throw new ImportError(path, parsed.error.issues.map((issue) => shapeError(issue, doc)));
  }
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const questions = parsed.data.questions.map((q, i): Question => {
    const line = `questions[${i}]`;
    if (!ID.test(q.id)) errors.push({ line, column: 'id', key: 'survey.questionsFile.id', params: { value: q.id } });
    else if (seen.has(q.id)) errors.push({ line, column: 'id', key: 'survey.questionsFile.duplicate', params: { value: q.id } });
    seen.add(q.id);
    if (!QUESTION_KINDS.includes(q.kind as QuestionKind)) {
      errors.push({ line, column: 'kind', key: 'survey.questionsFile.kind', params: { value: q.kind, kinds: QUESTION_KINDS.join(', ') } });
    }
    const choosing = q.kind === 'choice' || q.kind === 'multichoice';
    if (choosing && (q.options === undefined || q.options.length < 2)) {
      errors.push({ line, column: 'options', key: 'survey.questionsFile.options', params: { kind: q.kind } });
    } else if (!choosing && q.options !== undefined && QUESTION_KINDS.includes(q.kind as QuestionKind)) {
      errors.push({ line, column: 'options', key: 'survey.questionsFile.noOptions', params: { kind: q.kind } });
    }
    const optionIds = new Set<string>();
    (q.options ?? []).forEach((o, j) => {
      const column = `options[${j}].id`;
      if (!ID.test(o.id)) errors.push({ line, column, key: 'survey.questionsFile.id', params: { value: o.id } });
      else if (optionIds.has(o.id)) errors.push({ line, column, key: 'survey.questionsFile.duplicate', params: { value: o.id } });
      optionIds.add(o.id);
    });
    return {
      id: q.id,
      kind: q.kind as QuestionKind,
      text: q.text.en,
      textDe: q.text.de,
      ...(choosing && q.options ? { options: q.options.map((o) => ({ id: o.id, text: o.text.en, textDe: o.text.de })) } : {}),
      ...(q.optional === true ? {} : { required: true }),
    };
  });
  if (errors.length) throw new ImportError(path, errors);
  return questions;
}

/** A zod issue as one error: where (`questions[1]`), which field (`text.de`), and what is wrong. */
function shapeError(issue: z.core.$ZodIssue, doc: unknown): RowError {
  const path = issue.path.map(String);
  const at = path[0] === 'questions' && path.length > 1 ? `questions[${path[1]}]` : 'file';
  const column = path.slice(path[0] === 'questions' && path.length > 1 ? 2 : 0).join('.').replace(/\.(\d+)/g, '[$1]');
  const missing = issue.code === 'invalid_type' && valueAt(doc, issue.path) === undefined;
  if (missing) return { line: at, column, key: 'survey.questionsFile.missing', params: {} };
  if (issue.code === 'unrecognized_keys') return { line: at, column, key: 'survey.questionsFile.unknownKey', params: { keys: issue.keys.join(', ') } };
  if (issue.code === 'too_small' && issue.origin === 'string') return { line: at, column, key: 'survey.questionsFile.missing', params: {} };
  if (issue.code === 'too_small' && issue.origin === 'array') return { line: at, column, key: 'survey.questionsFile.empty', params: {} };
  return { line: at, column, key: 'survey.questionsFile.type', params: { expected: issue.code === 'invalid_type' ? issue.expected : issue.code } };
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = doc;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
