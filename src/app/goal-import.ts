import type { IsoDate } from '../core/dates.js';
import { goalIdentity } from '../core/goals.js';
import type { T } from '../core/i18n/index.js';
import type { Round } from '../core/rounds.js';
import { insertGoal, listGoals, markGoalDone } from '../db/goals.js';
import { listParticipants } from '../db/participants.js';
import type { Db } from '../db/types.js';
import type { CsvTable } from '../io/csv.js';
import { goalRows } from '../io/goals-csv.js';
import { assertOpen, roleLookup } from './participation.js';

// Apart from app/goals.ts: only `goal import` loads the CSV modules.

/**
 * Imports the goals of a CSV table into an open round, all or nothing: the same goal
 * (tandem and text) is not added twice; a date marks an open one done.
 */
export function importGoals(db: Db, round: Round, table: CsvTable, today: IsoDate, t: T): { added: number; updated: number; skipped: number } {
  assertOpen(round);
  const role = roleLookup(db, round);
  const mentees = new Map<string, number>();
  for (const p of listParticipants(db, round.id, 'mentee')) if (p.email) mentees.set(p.email, p.personId);
  const rows = goalRows(table, round, today, (email) => mentees.get(email) ?? role(email, 'mentee')!, t);
  return db
    .transaction(() => {
      const known = new Map<string, { id: number; achievedOn: string | null }>();
      for (const g of listGoals(db, round.id)) known.set(`${g.menteeId}\u0000${goalIdentity(g.text)}`, g);
      const counts = { added: 0, updated: 0, skipped: 0 };
      for (const row of rows) {
        const key = `${row.menteeId}\u0000${goalIdentity(row.text)}`;
        const existing = known.get(key);
        if (!existing) {
          const id = insertGoal(db, { roundId: round.id, menteeId: row.menteeId, text: row.text, topic: row.topic, achievedOn: row.achievedOn });
          known.set(key, { id, achievedOn: row.achievedOn });
          counts.added++;
        } else if (row.achievedOn && !existing.achievedOn) {
          markGoalDone(db, existing.id, row.achievedOn);
          existing.achievedOn = row.achievedOn;
          counts.updated++;
        } else counts.skipped++;
      }
      return counts;
    })
    .immediate();
}
