import type { Reason } from '../core/matching/types.js';

/** Reads a JSON list column. */
export function list(text: string | null | undefined): string[] {
  return text ? (JSON.parse(text) as string[]) : [];
}

/** Writes a JSON list column. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** Reads a pair's reasons column (reason data since schema version 2; a stray sentence is kept as text). */
export function reasonList(text: string | null | undefined): Reason[] {
  const items = text ? (JSON.parse(text) as unknown[]) : [];
  return items.map((r) => (typeof r === 'object' && r !== null && 'kind' in r ? (r as Reason) : { kind: 'text', text: String(r) }));
}
