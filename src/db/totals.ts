import type { IsoDate } from '../core/dates.js';
import type { TandemActivity } from '../core/report/types.js';
import { fillSessionTotals } from './migrations/v8-session-totals.js';
import { jsonRows } from './rows.js';
import type { Db } from './types.js';

/**
 * Session totals (schema v8): per tandem its sessions, minutes and last session, per round
 * its sessions per topic. Every writer of sessions adds to them in its own transaction, so
 * the round report reads one row per tandem instead of every session of the round. They
 * are derived data: not exported, rebuilt after an import.
 */
export const DERIVED_TABLES: readonly string[] = ['tandem_total', 'topic_total'];

/**
 * What sessions of one round add to its totals, gathered as they are stored and written
 * with `addTo`: one statement per tandem and per topic, not per session.
 */
export class TotalsDelta {
  private readonly tandems = new Map<number, { sessions: number; minutes: number; last: IsoDate }>();
  private readonly topics = new Map<string, number>();

  /** One stored session; `topics` are its stored keys. */
  add(menteeId: number, date: IsoDate, minutes: number, topics: readonly string[]): void {
    const t = this.tandems.get(menteeId);
    if (!t) this.tandems.set(menteeId, { sessions: 1, minutes, last: date });
    else {
      t.sessions++;
      t.minutes += minutes;
      if (date > t.last) t.last = date;
    }
    for (const topic of topics) this.topics.set(topic, (this.topics.get(topic) ?? 0) + 1);
  }

  /** Adds what was gathered to the round's totals, in the caller's transaction. */
  addTo(db: Db, roundId: number): void {
    const tandem = db.prepare(
      `INSERT INTO tandem_total (round_id, mentee_id, sessions, minutes, last_session) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions, minutes = minutes + excluded.minutes,
         last_session = max(last_session, excluded.last_session)`,
    );
    for (const [menteeId, t] of this.tandems) tandem.run(roundId, menteeId, t.sessions, t.minutes, t.last);
    const topic = db.prepare(
      `INSERT INTO topic_total (round_id, topic, sessions) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET sessions = sessions + excluded.sessions`,
    );
    for (const [key, n] of this.topics) topic.run(roundId, key, n);
  }
}

/** Recomputes every total from the sessions (after an import), in the caller's transaction. */
export function rebuildTotals(db: Db): void {
  db.exec(`DELETE FROM tandem_total; DELETE FROM topic_total; ${fillSessionTotals}`);
}

/**
 * The round's session facts as of `asOf` from the totals: per tandem, and sessions per
 * topic. Undefined when the totals cannot tell: a session is dated after `asOf` (a report
 * as of an earlier day), or their count is not the sessions' (sessions written by another
 * program); the caller then aggregates the sessions themselves.
 */
export function totalsAsOf(db: Db, roundId: number, asOf: IsoDate): { activity: TandemActivity[]; topics: { topic: string; sessions: number }[] } | undefined {
  const [last, counted] = db
    .prepare(`SELECT max(last_session), coalesce(sum(sessions), 0) FROM tandem_total WHERE round_id = ?`)
    .raw()
    .get(roundId) as [IsoDate | null, number];
  if (last !== null && last > asOf) return undefined;
  const logged = db.prepare(`SELECT count(*) FROM session WHERE round_id = ?`).pluck().get(roundId) as number;
  if (logged !== counted) return undefined;
  const activity = jsonRows<[number, number, number, IsoDate]>(
    db,
    `SELECT mentee_id, sessions, minutes, last_session FROM tandem_total WHERE round_id = ?`,
    ['mentee_id', 'sessions', 'minutes', 'last_session'],
    [roundId],
  ).map(([menteeId, sessions, minutes, lastSession]) => ({ menteeId, sessions, minutes, lastSession }));
  const topics = db.prepare(`SELECT topic, sessions FROM topic_total WHERE round_id = ?`).all(roundId) as { topic: string; sessions: number }[];
  return { activity, topics };
}
