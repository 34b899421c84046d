import type { IsoDate } from './dates.js';
import { daysBetween } from './dates.js';

export type RoundStatus = 'planned' | 'running' | 'finished' | 'closed';

export interface Round {
  id: number;
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  cadenceDays: number;
  minSessions: number;
  mentorsPerMentee: number;
  closedOn: IsoDate | null;
}

/** A round's status on a given day: planned before start, running, finished after end, closed once closed. */
export function roundStatus(round: Pick<Round, 'startsOn' | 'endsOn' | 'closedOn'>, today: IsoDate): RoundStatus {
  if (round.closedOn) return 'closed';
  if (daysBetween(today, round.startsOn) > 0) return 'planned';
  if (daysBetween(round.endsOn, today) > 0) return 'finished';
  return 'running';
}

/** Open rounds are neither closed nor finished; they are the candidates for "the current round". */
export function isOpen(round: Round, today: IsoDate): boolean {
  const status = roundStatus(round, today);
  return status === 'planned' || status === 'running';
}

/** The outcome of SPEC §1's current-round rule: the round, or the candidates to list. */
export type CurrentRound = { round: Round } | { candidates: Round[]; ambiguous: boolean };

/**
 * SPEC §1's current round: the only round not closed (planned, running or finished: a
 * round's end is when its survey, report and certificates are done), else the only running
 * one among several not closed; otherwise the candidates (those not closed, else all).
 */
export function currentRound(rounds: readonly Round[], today: IsoDate): CurrentRound {
  const notClosed = rounds.filter((r) => !r.closedOn);
  if (notClosed.length === 1) return { round: notClosed[0]! };
  const running = notClosed.filter((r) => roundStatus(r, today) === 'running');
  if (running.length === 1) return { round: running[0]! };
  return notClosed.length ? { candidates: notClosed, ambiguous: true } : { candidates: [...rounds], ambiguous: false };
}
