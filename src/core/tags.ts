/** Normalises a topic or tag: trimmed, lower-case, a leading `#` removed (`#Instagram` = `instagram`). */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim().toLowerCase();
}

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
