import type { Reason } from '../core/matching/types.js';

/** Reads a JSON list column. */
export function list(text: string | null | undefined): string[] {
  return text ? (JSON.parse(text) as string[]) : [];
}

/** Writes a JSON list column. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Counts the items of comma-joined JSON list columns (`["a","b"],["a"]`: a 2, b 1) into
 * `counts`. Items without a backslash are read between their quotes, without JSON.parse:
 * a report's 200,000 session topic lists cost half as much that way, and far less garbage.
 */
export function countListItems(joined: string, counts: Map<string, number>): void {
  if (joined.includes('\\')) {
    for (const items of JSON.parse(`[${joined}]`) as string[][]) for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return;
  }
  let at = 0;
  for (;;) {
    const open = joined.indexOf('"', at);
    if (open < 0) return;
    const close = joined.indexOf('"', open + 1);
    const item = joined.slice(open + 1, close);
    counts.set(item, (counts.get(item) ?? 0) + 1);
    at = close + 1;
  }
}

/** Reads a pair's reasons column (reason data since schema version 2; a stray sentence is kept as text). */
export function reasonList(text: string | null | undefined): Reason[] {
  if (text === '[]') return [];
  const items = text ? (JSON.parse(text) as unknown[]) : [];
  return items.map((r) => (typeof r === 'object' && r !== null && 'kind' in r ? (r as Reason) : { kind: 'text', text: String(r) }));
}
