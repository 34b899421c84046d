import type { IsoDate } from '../core/dates.js';
import { StateError } from '../core/errors.js';
import type { Round } from '../core/rounds.js';
import { copyParticipants } from '../db/participants.js';
import { closeRound as storeClose, getRound, insertRound, roundCounts, type NewRound, type RoundCounts } from '../db/rounds.js';
import type { Db } from '../db/types.js';

/** A new round; settings not given come from the `from` round (whose participants are copied), else the defaults. */
export interface RoundInput {
  name: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  cadenceDays?: number;
  minSessions?: number;
  mentorsPerMentee?: number;
  from?: string;
}

/** Creates a round (and copies the participants of `from`) in one transaction; a taken name is exit 1. */
export function createRound(db: Db, input: RoundInput): { round: Round; counts: RoundCounts | undefined; from?: Round; copied: number } {
  const created = db
    .transaction(() => {
      const from = input.from === undefined ? undefined : getRound(db, input.from);
      const round = insertRound(db, {
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        cadenceDays: input.cadenceDays ?? from?.cadenceDays ?? 14,
        minSessions: input.minSessions ?? from?.minSessions ?? 6,
        mentorsPerMentee: input.mentorsPerMentee ?? from?.mentorsPerMentee ?? 1,
      } satisfies NewRound);
      return { round, from, copied: from ? copyParticipants(db, from.id, round.id) : 0 };
    })
    .immediate();
  return { ...created, counts: roundCounts(db).get(created.round.id) };
}

/** Closes a round as of `today`; closing it twice is exit 1. */
export function closeRound(db: Db, ref: string, today: IsoDate): Round {
  return db
    .transaction(() => {
      const round = getRound(db, ref);
      if (round.closedOn) throw new StateError('error.roundAlreadyClosed', { round: round.name });
      storeClose(db, round.id, today);
      return round;
    })
    .immediate();
}
