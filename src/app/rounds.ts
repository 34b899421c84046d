import { daysBetween, parseDate, plusMonths, type IsoDate } from '../core/dates.js';
import { StateError, UsageError } from '../core/errors.js';
import type { Role } from '../core/matching/types.js';
import { parseIntInRange, parsePositiveInt } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { copyParticipants } from '../db/participants.js';
import {
  closeRound as storeClose,
  findRound,
  getRound,
  insertRound,
  reopenRound as storeReopen,
  sessionsOutside,
  updateRound,
  type NewRound,
} from '../db/rounds.js';
import type { Db } from '../db/types.js';

// The life of a round (SPEC §3 rounds): create (optionally from an earlier round), edit,
// close and reopen. The settings are checked once here, for create and edit alike.

/** The settings of a round as typed on the command line (each optional). */
export interface RoundSettingsInput {
  name?: string;
  start?: string;
  end?: string;
  cadenceDays?: string;
  minSessions?: string;
  mentorsPerMentee?: string;
}

/** The settings given, parsed and checked one by one (whether the end is after the start needs both; see checkDates). */
export function parseRoundSettings(input: RoundSettingsInput): Partial<NewRound> {
  const out: Partial<NewRound> = {};
  if (input.name !== undefined) {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new UsageError('error.roundName', { value: input.name });
    out.name = name;
  }
  if (input.start !== undefined) out.startsOn = parseDate(input.start, '--start');
  if (input.end !== undefined) out.endsOn = parseDate(input.end, '--end');
  if (input.cadenceDays !== undefined) out.cadenceDays = parsePositiveInt(input.cadenceDays, '--cadence-days', 365);
  if (input.minSessions !== undefined) out.minSessions = parseIntInRange(input.minSessions, '--min-sessions', 0, 1000);
  if (input.mentorsPerMentee !== undefined) out.mentorsPerMentee = parsePositiveInt(input.mentorsPerMentee, '--mentors-per-mentee', 20);
  return out;
}

/** The end must lie after the start (exit 2). */
function checkDates(startsOn: IsoDate, endsOn: IsoDate): void {
  if (daysBetween(startsOn, endsOn) <= 0) throw new UsageError('error.endBeforeStart', { start: startsOn, end: endsOn });
}

/** What `round create` needs: the settings, `--months` (default 6) or `--end`, and the round to copy from. */
export interface CreateRoundInput extends RoundSettingsInput {
  name: string;
  start: string;
  months?: string;
  from?: string;
  /** With `from`: copy only the participants of this role. */
  role?: Role;
}

export interface CreatedRound {
  round: Round;
  from?: Round;
  /** Participants copied from `from`, and those left out because they were forgotten. */
  copied: number;
  forgotten: number;
}

/** Checks a round to create before anything is opened (so a typo leaves no empty database behind). */
export function roundToCreate(input: CreateRoundInput): Omit<NewRound, 'cadenceDays' | 'minSessions' | 'mentorsPerMentee'> & Partial<NewRound> {
  const settings = parseRoundSettings(input);
  if (input.end !== undefined && input.months !== undefined) throw new UsageError('error.endOrMonths');
  const startsOn = settings.startsOn!;
  const endsOn = settings.endsOn ?? plusMonths(startsOn, input.months ? parsePositiveInt(input.months, '--months', 120) : 6);
  checkDates(startsOn, endsOn);
  return { ...settings, name: settings.name!, startsOn, endsOn };
}

/** Creates a round; `from` copies that round's settings (where not given) and its participants, forgotten people left out. */
export function createRound(db: Db, input: CreateRoundInput): CreatedRound {
  const wanted = roundToCreate(input);
  return db
    .transaction((): CreatedRound => {
      const from = input.from === undefined ? undefined : getRound(db, input.from);
      const round = insertRound(db, {
        ...wanted,
        cadenceDays: wanted.cadenceDays ?? from?.cadenceDays ?? 14,
        minSessions: wanted.minSessions ?? from?.minSessions ?? 6,
        mentorsPerMentee: wanted.mentorsPerMentee ?? from?.mentorsPerMentee ?? 1,
      });
      if (!from) return { round, copied: 0, forgotten: 0 };
      return { round, from, ...copyParticipants(db, from.id, round.id, input.role) };
    })
    .immediate();
}

/**
 * Changes a round's settings: the same checks as `round create`, a new name must be free
 * (exit 1), and the dates may not leave logged sessions outside the round (exit 1, with
 * the count). Returns the round as stored.
 */
export function editRound(db: Db, ref: string, input: RoundSettingsInput): Round {
  const changes = parseRoundSettings(input);
  if (!Object.keys(changes).length) throw new UsageError('error.roundEditNothing');
  return db
    .transaction((): Round => {
      const round = getRound(db, ref);
      const next = { ...round, ...changes };
      checkDates(next.startsOn, next.endsOn);
      if (changes.name !== undefined && changes.name !== round.name && findRound(db, changes.name)?.name === changes.name) {
        throw new StateError('error.roundExists', { round: changes.name });
      }
      const outside = sessionsOutside(db, round.id, next.startsOn, next.endsOn);
      if (outside > 0) {
        throw new StateError('error.roundEditSessions', { count: outside, round: round.name, start: next.startsOn, end: next.endsOn }, 'hint.roundEditSessions');
      }
      updateRound(db, round.id, next);
      return next;
    })
    .immediate();
}

/** Closes a round: its active pairs end as completed on the round's end date (or today, when closed early). */
export function closeRound(db: Db, ref: string, today: IsoDate): { round: Round; completed: number } {
  return db
    .transaction(() => {
      const round = getRound(db, ref);
      if (round.closedOn) throw new StateError('error.roundAlreadyClosed', { round: round.name });
      const endedOn = daysBetween(round.endsOn, today) >= 0 ? round.endsOn : today;
      return { round, completed: storeClose(db, round.id, today, endedOn) };
    })
    .immediate();
}

/** What closing a round would end, for the confirmation (reads only). */
export function roundToClose(db: Db, ref: string): Round {
  const round = getRound(db, ref);
  if (round.closedOn) throw new StateError('error.roundAlreadyClosed', { round: round.name });
  return round;
}

/** Undoes a close: the round is open again, and the pairs the close completed are active again. */
export function reopenRound(db: Db, ref: string): { round: Round; reactivated: number } {
  return db
    .transaction(() => {
      const round = getRound(db, ref);
      if (!round.closedOn) throw new StateError('error.roundNotClosed', { round: round.name });
      return { round: { ...round, closedOn: null }, reactivated: storeReopen(db, round.id) };
    })
    .immediate();
}
