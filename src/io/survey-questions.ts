import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { ImportError, UsageError, type RowError } from '../core/errors.js';
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
const file = z.object({ questions: z.array(z.unknown()).min(1) });

/**
 * Reads a questions file (`survey create --questions`, SPEC §3): `{"questions": [{"id",
 * "kind", "text": {"en", "de"}, "options": [{"id", "text"}], "optional"}]}`. Every problem
 * is one error naming its place (`questions[2]`) and field; nothing is created then (exit 2).
 * Rules beyond the shape: a known kind; ids of `a-z 0-9 - _`, unique; options (at least two,
 * ids unique) exactly for choice and multichoice.
 */
export function readQuestionsFile(path: string): Question[] {
  let raw: string;
  try {
    if (statSync(path).isDirectory()) throw new UsageError('error.fileIsDirectory', { path });
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('error.fileMissing', { path });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError(path, [{ line: 1, column: 'questions', key: 'survey.questionsFile.json', params: {} }]);
  }
  const top = file.safeParse(doc);
  if (!top.success) throw new ImportError(path, top.error.issues.map((issue) => shapeError(issue, doc, [])));
  const errors: RowError[] = [];
  const extra = Object.keys(doc as object).filter((key) => key !== 'questions');
  if (extra.length) errors.push({ line: 1, column: extra.join(', '), key: 'survey.questionsFile.unknownKey', params: { keys: extra.join(', ') } });
  const seen = new Set<string>();
  const questions: Question[] = [];
  top.data.questions.forEach((entry, i) => {
    const line = `questions[${i}]`;
    // The shape and the rules are checked side by side, so every problem of the file is listed at once.
    const parsed = question.safeParse(entry);
    if (!parsed.success) errors.push(...parsed.error.issues.map((issue) => shapeError(issue, entry, [i])));
    const q = (typeof entry === 'object' && entry !== null ? entry : {}) as { id?: unknown; kind?: unknown; options?: unknown };
    if (typeof q.id === 'string') {
      if (!ID.test(q.id)) errors.push({ line, column: 'id', key: 'survey.questionsFile.id', params: { value: q.id } });
      else if (seen.has(q.id)) errors.push({ line, column: 'id', key: 'survey.questionsFile.duplicate', params: { value: q.id } });
      seen.add(q.id);
    }
    const known = typeof q.kind === 'string' && QUESTION_KINDS.includes(q.kind as QuestionKind);
    if (typeof q.kind === 'string' && !known) {
      errors.push({ line, column: 'kind', key: 'survey.questionsFile.kind', params: { value: q.kind, kinds: QUESTION_KINDS.join(', ') } });
    }
    const choosing = q.kind === 'choice' || q.kind === 'multichoice';
    const options = Array.isArray(q.options) ? (q.options as { id?: unknown }[]) : undefined;
    if (choosing && (options === undefined || options.length < 2)) {
      errors.push({ line, column: 'options', key: 'survey.questionsFile.options', params: { kind: String(q.kind) } });
    } else if (!choosing && known && q.options !== undefined) {
      errors.push({ line, column: 'options', key: 'survey.questionsFile.noOptions', params: { kind: String(q.kind) } });
    }
    const optionIds = new Set<string>();
    (options ?? []).forEach((o, j) => {
      if (typeof o?.id !== 'string') return;
      const column = `options[${j}].id`;
      if (!ID.test(o.id)) errors.push({ line, column, key: 'survey.questionsFile.id', params: { value: o.id } });
      else if (optionIds.has(o.id)) errors.push({ line, column, key: 'survey.questionsFile.duplicate', params: { value: o.id } });
      optionIds.add(o.id);
    });
    if (!parsed.success) return;
    const d = parsed.data;
    questions.push({
      id: d.id,
      kind: d.kind as QuestionKind,
      text: d.text.en,
      textDe: d.text.de,
      ...(choosing && d.options ? { options: d.options.map((o) => ({ id: o.id, text: o.text.en, textDe: o.text.de })) } : {}),
      ...(d.optional === true ? {} : { required: true }),
    });
  });
  if (errors.length) throw new ImportError(path, errors);
  return questions;
}

/** A zod issue as one error: where (`questions[1]`), which field (`text.de`), and what is wrong. */
function shapeError(issue: z.core.$ZodIssue, doc: unknown, index: number[]): RowError {
  const path = issue.path.map(String);
  const at = index.length ? `questions[${index[0]}]` : 1;
  const column = (path.join('.') || 'questions').replace(/\.(\d+)/g, '[$1]');
  const missing = issue.code === 'invalid_type' && valueAt(doc, issue.path) === undefined;
  if (missing) return { line: at, column, key: 'survey.questionsFile.missing', params: {} };
  if (issue.code === 'unrecognized_keys') {
    return { line: at, column: [...path, issue.keys.join(', ')].join('.'), key: 'survey.questionsFile.unknownKey', params: { keys: issue.keys.join(', ') } };
  }
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
