/**
 * The candidate closest to a mistyped word (case ignored), when it is close enough to be
 * what was meant: at most 2 edits and at most a third of the word's length apart (so a
 * name of 1 or 2 characters gets no guess, and zoe@… is not taken for ben@…).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const wanted = word.toLowerCase();
  const limit = Math.min(2, Math.floor(wanted.length / 3));
  if (limit === 0) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    // Cheap bound first: the lengths alone already differ by more than the limit.
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * The Levenshtein distance of two strings (insertions, deletions, substitutions of UTF-16
 * code units), in one row of memory. Written here rather than imported: the suggestion
 * is needed only when a name is not found, and a module less is start-up time saved.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
