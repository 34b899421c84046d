import leven from 'leven';

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
    const distance = leven(wanted, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
