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
