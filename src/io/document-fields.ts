import { ImportError, type RowError } from '../core/errors.js';
import { ARRAY_ITEMS, GOAL_FIELDS, isProblem, PARTICIPANT_FIELDS, PERSON_FIELDS, readField, SESSION_FIELDS, type Field } from '../core/fields/index.js';
import { isLabelOf, normaliseTag } from '../core/tags.js';

type Value = string | number | null;
type Row = Record<string, Value>;

/** The tables of an export document whose columns are input fields, with those fields. */
const FIELDS_OF: Record<string, readonly Field<unknown>[]> = {
  person: Object.values(PERSON_FIELDS),
  participant: Object.values(PARTICIPANT_FIELDS),
  session: Object.values(SESSION_FIELDS),
  goal: Object.values(GOAL_FIELDS),
};

/** List columns are stored as JSON arrays of strings: each item goes through the field on its own. */
const LIST_COLUMNS = new Set(['languages', 'topics']);

/** Topic columns: the fields give topics as written, the rows store their keys (the document's `topic_label` keeps the labels). */
const TOPIC_COLUMNS = new Set(['topics', 'topic']);

/**
 * The JSON door of the fields: every person and participant value of an export document
 * (SPEC §3 `import`) meets the same rules as through an option or a CSV cell, and is
 * normalised the same way (in place). Every broken rule is listed, as `tables.person[3]`
 * and its column; nothing is imported then (exit 2).
 */
export function checkDocumentFields(doc: { tables: Record<string, Row[]> }, file: string): void {
  const errors: RowError[] = [];
  for (const [table, fields] of Object.entries(FIELDS_OF)) {
    (doc.tables[table] ?? []).forEach((row, i) => {
      const line = `tables.${table}[${i}]`;
      // A forgotten person keeps no name or email: nothing of theirs is checked.
      if (table === 'person' && row.forgotten_on !== null && row.forgotten_on !== undefined) return;
      for (const field of fields) {
        const column = field.stored ?? field.column;
        const raw = row[column];
        if (raw === null || raw === undefined) continue;
        // Empty text is absent, as through every other door.
        const checked = LIST_COLUMNS.has(column) ? checkList(field, raw) : readField(field, String(raw), ARRAY_ITEMS);
        if (isProblem(checked)) {
          errors.push({ line, column, key: checked.key, params: checked.params });
          continue;
        }
        const value = TOPIC_COLUMNS.has(column) ? topicKeys(checked) : checked;
        row[column] = LIST_COLUMNS.has(column) ? JSON.stringify(value) : ((value ?? null) as Value);
      }
    });
  }
  // A label is a spelling of its key, as every other door records it.
  (doc.tables.topic_label ?? []).forEach((row, i) => {
    if (!isLabelOf(String(row.key), String(row.label))) {
      errors.push({ line: `tables.topic_label[${i}]`, column: 'label', key: 'field.topicLabel', params: { key: String(row.key), label: String(row.label) } });
    }
  });
  if (errors.length) throw new ImportError(file, errors);
}

/** The keys of checked topics (a list or one), in order, de-duplicated. */
function topicKeys(value: unknown): unknown {
  if (typeof value === 'string') return normaliseTag(value) || null;
  if (!Array.isArray(value)) return value;
  return [...new Set(value.map((v) => normaliseTag(String(v))))];
}

function checkList(field: Field<unknown>, raw: Value): unknown {
  let items: unknown;
  try {
    items = JSON.parse(String(raw));
  } catch {
    items = undefined;
  }
  // The schema check of the document has already seen the column; a list that is no list is the field's problem here.
  if (!Array.isArray(items)) return { key: 'field.list', params: {} };
  const out: unknown[] = [];
  for (const item of items) {
    const value = field.check(String(item), ARRAY_ITEMS);
    if (isProblem(value)) return value;
    for (const v of value as unknown[]) if (!out.includes(v)) out.push(v);
  }
  return out;
}
