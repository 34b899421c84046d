import type { Db } from '../types.js';

// Frozen with migration 2: this reads the sentences tandem wrote up to schema version 1,
// so it must not follow later changes of the reason kinds or their wording.

type Reason =
  | { kind: 'topic'; topic: string }
  | { kind: 'location'; location: string }
  | { kind: 'department'; mentor?: string; mentee?: string }
  | { kind: 'text'; text: string };

/**
 * One stored English sentence as reason data. The department sentence joins both values
 * with " / ", which a department may contain itself ("R&D / Ops"): the split that gives
 * the two people's departments wins, else the only split there is; anything else is kept
 * as text, never dropped.
 */
export function parseReason(sentence: unknown, departments: { mentor: string | null; mentee: string | null }): Reason[] {
  if (typeof sentence !== 'string') return [{ kind: 'text', text: JSON.stringify(sentence) }];
  const text = sentence;
  let m = /^shared topic: (.+)$/s.exec(text);
  if (m) return [{ kind: 'topic', topic: m[1]! }];
  // The earliest tandem listed all shared topics in one sentence.
  m = /^shared topics: (.+)$/s.exec(text);
  if (m) {
    const topics = m[1]!.split(', ');
    if (topics.every((t) => t.trim() !== '')) return topics.map((topic) => ({ kind: 'topic', topic }));
    return [{ kind: 'text', text }];
  }
  m = /^same location: (.+)$/s.exec(text);
  if (m) return [{ kind: 'location', location: m[1]! }];
  if (text === 'different departments') return [{ kind: 'department' }];
  m = /^different departments: (.+)$/s.exec(text);
  if (m) {
    const both = m[1]!;
    const splits: [string, string][] = [];
    for (let i = both.indexOf(' / '); i >= 0; i = both.indexOf(' / ', i + 1)) splits.push([both.slice(0, i), both.slice(i + 3)]);
    const trim = (s: string | null) => (s ?? '').trim();
    const exact = splits.find(([a, b]) => a === trim(departments.mentor) && b === trim(departments.mentee));
    const one = exact ?? (splits.length === 1 ? splits[0] : splits.find(([a, b]) => a === trim(departments.mentor) || b === trim(departments.mentee)));
    if (one) return [{ kind: 'department', mentor: one[0], mentee: one[1] }];
  }
  return [{ kind: 'text', text }];
}

/** Migration 2: every pair's reasons, stored as English sentences until now, become reason data. */
export function reasonsAsData(db: Db): void {
  const rows = db
    .prepare(
      `SELECT pr.id, pr.reasons, m.department AS mentor, e.department AS mentee
       FROM pair pr JOIN person m ON m.id = pr.mentor_id JOIN person e ON e.id = pr.mentee_id`,
    )
    .all() as { id: number; reasons: string; mentor: string | null; mentee: string | null }[];
  const update = db.prepare('UPDATE pair SET reasons = ? WHERE id = ?');
  for (const row of rows) {
    let sentences: unknown;
    try {
      sentences = JSON.parse(row.reasons);
    } catch {
      sentences = [row.reasons];
    }
    const list = Array.isArray(sentences) ? sentences : [sentences];
    update.run(JSON.stringify(list.flatMap((s) => parseReason(s, row))), row.id);
  }
}
