import { UsageError } from '../errors.js';
import { DEFAULT_WEIGHTS, type Weights } from './types.js';

/**
 * Largest weight accepted. Weights are integers so that scores and their sums are exact;
 * the cap keeps the solver's lexicographic cost encoding far inside safe-integer range.
 */
export const MAX_WEIGHT = 1000;

const KEYS: readonly (keyof Weights)[] = ['topic', 'location', 'department'];

/** Parses `topic=10,location=5,department=3` (any subset, any order) over the defaults. */
export function parseWeights(text: string): Weights {
  const fail = (): never => {
    throw new UsageError('error.weights', { value: text });
  };
  const out: Weights = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  if (text.trim() === '') fail();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) fail();
    const key = part.slice(0, eq).trim().toLowerCase();
    const raw = part.slice(eq + 1).trim();
    if (!(KEYS as readonly string[]).includes(key) || seen.has(key)) fail();
    if (!/^\d+$/.test(raw)) fail();
    const value = Number(raw);
    if (value > MAX_WEIGHT) fail();
    seen.add(key);
    out[key as keyof Weights] = value;
  }
  return out;
}

/** True when every weight is an integer in 0..MAX_WEIGHT (what the solver relies on). */
export function weightsValid(w: Weights): boolean {
  return KEYS.every((k) => Number.isInteger(w[k]) && w[k] >= 0 && w[k] <= MAX_WEIGHT);
}

/** Throws the same usage error as parseWeights for weights built in code. */
export function assertWeights(w: Weights): void {
  if (!weightsValid(w)) {
    throw new UsageError('error.weights', {
      value: KEYS.map((k) => `${k}=${String(w[k])}`).join(','),
    });
  }
}
