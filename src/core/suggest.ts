import { createRequire } from 'node:module';

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
 * The Levenshtein distance of two strings, by leven (a maintained library). It is loaded
 * on first use: a guess is needed only when a name or column is not found, so start-up
 * does not pay for it. Node ≥ 20.19 (our engines) requires an ES module synchronously.
 */
export function editDistance(a: string, b: string): number {
  leven ??= (createRequire(import.meta.url)('leven') as { default: (a: string, b: string) => number }).default;
  return leven(a, b);
}

let leven: ((a: string, b: string) => number) | undefined;
