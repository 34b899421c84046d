/** A topic as people wrote it, trimmed and without a leading `#`: case, spaces and umlauts kept (`#Online-Bewerbung` → `Online-Bewerbung`). */
export function topicLabel(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim();
}

/** Normalises a topic or tag: trimmed, lower-case, a leading `#` removed (`#Instagram` = `instagram`). */
export function normaliseTag(tag: string): string {
  return topicLabel(tag).toLowerCase();
}

/**
 * Topics as written (their labels), one per normalised key: the first spelling of a key
 * in the list stands for it (`LinkedIn, linkedin` → `LinkedIn`); empty items dropped.
 */
export function topicLabels(parts: Iterable<string>): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const part of parts) {
    const label = topicLabel(part);
    const key = label.toLowerCase();
    if (label && !keys.has(key)) {
      keys.add(key);
      out.push(label);
    }
  }
  return out;
}

/** A label is a spelling of its key, as `topicLabel` writes it (checked for imported documents). */
export function isLabelOf(key: string, label: string): boolean {
  return label !== '' && topicLabel(label) === label && label.toLowerCase() === key;
}

/** How views name a topic: its label as first entered, else the key itself (SPEC §2 keys stay the identity). */
export type TopicName = (key: string) => string;

/** The topic namer of a label map (key → label). */
export function topicNamer(labels: ReadonlyMap<string, string>): TopicName {
  return (key) => labels.get(key) ?? key;
}

/** Names topics by their keys (JSON, files read back by scripts, tests). */
export const TOPIC_KEYS: TopicName = (key) => key;

/** Splits a list cell or option value at any of the separators, normalised, empty and duplicate items dropped. */
export function parseTagList(value: string | undefined | null, separators: RegExp = /[,;|]/): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(separators)) {
    const tag = normaliseTag(part);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Splits a list of plain values (emails, languages) at the separators, trimmed, lower-case, de-duplicated. */
export function parseList(value: string | undefined | null, separators: RegExp = /[,;|]/): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(separators)) {
    const item = part.trim().toLowerCase();
    if (item && !out.includes(item)) out.push(item);
  }
  return out;
}
