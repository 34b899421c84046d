import { daysBetween, type IsoDate } from '../dates.js';
import type { Round } from '../rounds.js';

/** SPEC §5: without `--stale-days`, a tandem is stale after 1.5 × the round's cadence, rounded (21 for 14). */
export function defaultStaleDays(cadenceDays: number): number {
  return Math.round(cadenceDays * 1.5);
}

/**
 * SPEC §5: the sessions a tandem should have had by `asOf` — the round's minimum × the
 * elapsed share of the round, rounded down, and the whole minimum at or after the end —
 * or null while the round is less than half over (too early to flag anyone).
 */
export function sessionsExpected(round: Pick<Round, 'startsOn' | 'endsOn' | 'minSessions'>, asOf: IsoDate): number | null {
  const length = daysBetween(round.startsOn, round.endsOn);
  const elapsed = daysBetween(round.startsOn, asOf);
  if (elapsed >= length) return round.minSessions;
  if (elapsed * 2 < length) return null;
  return Math.floor((round.minSessions * elapsed) / length);
}

/** A tandem's standing against the minimum: below it, and how many sessions it still needs to reach the round's minimum. */
export function minimumStanding(sessions: number, expected: number | null, minSessions: number): { belowMinimum: boolean; sessionsNeeded: number | null } {
  const belowMinimum = expected !== null && sessions < expected;
  return { belowMinimum, sessionsNeeded: belowMinimum ? minSessions - sessions : null };
}
