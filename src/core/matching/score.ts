import type { Candidate, Reason, Weights } from './types.js';

/** Trimmed lower-case key of an optional text, or null when absent or blank. */
export function fold(value: string | null | undefined): string | null {
  if (value == null) return null;
  const t = value.trim();
  return t === '' ? null : t.toLowerCase();
}

/** Score of mentor `m` with mentee `e` and the reasons behind it. */
export function scorePair(m: Candidate, e: Candidate, w: Weights): { score: number; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let score = 0;
  const mentorTopics = new Set(m.topics);
  const seen = new Set<string>();
  // the mentee's order: what they asked for first comes first
  for (const topic of e.topics) {
    if (seen.has(topic) || !mentorTopics.has(topic)) continue;
    seen.add(topic);
    reasons.push({ kind: 'topic', topic });
    score += w.topic;
  }
  const lm = fold(m.location);
  if (lm !== null && lm === fold(e.location)) {
    reasons.push({ kind: 'location', location: (m.location ?? '').trim() });
    score += w.location;
  }
  const dm = fold(m.department);
  const de = fold(e.department);
  if (dm !== null && de !== null && dm !== de) {
    reasons.push({ kind: 'department', mentor: (m.department ?? '').trim(), mentee: (e.department ?? '').trim() });
    score += w.department;
  }
  return { score, reasons };
}
