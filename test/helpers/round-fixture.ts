import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/open.js';
import { insertGoal } from '../../src/db/goals.js';
import { endPair, insertPair } from '../../src/db/pairs.js';
import { upsertParticipant } from '../../src/db/participants.js';
import { upsertPerson } from '../../src/db/people.js';
import { insertRound } from '../../src/db/rounds.js';
import { insertSession } from '../../src/db/sessions.js';
import type { Db } from '../../src/db/types.js';
import type { SessionFormat } from '../../src/core/sessions.js';

/** Opens (creating) a database file for a fixture, runs `build` in one transaction, closes it. */
export function withDb<T>(path: string, build: (db: Db) => T): T {
  const db = openDatabase(path, { write: true, busyTimeoutMs: 1000 });
  try {
    return db.transaction(() => build(db)).immediate();
  } finally {
    db.close();
  }
}

/** Writes to the database behind a running command's back (another organiser at another terminal). */
export function meanwhile(path: string, sql: string): void {
  const handle = new Database(path);
  try {
    handle.exec(sql);
  } finally {
    handle.close();
  }
}

/** A small builder over the repositories: people by short key, pairs, sessions and goals. */
export class RoundBuilder {
  readonly ids = new Map<string, number>();
  readonly roundId: number;

  constructor(
    readonly db: Db,
    round: { name?: string; startsOn?: string; endsOn?: string; mentorsPerMentee?: number } = {},
  ) {
    this.roundId = insertRound(db, {
      name: round.name ?? '2026',
      startsOn: round.startsOn ?? '2026-01-15',
      endsOn: round.endsOn ?? '2026-07-15',
      cadenceDays: 14,
      minSessions: 6,
      mentorsPerMentee: round.mentorsPerMentee ?? 2,
    }).id;
  }

  /** Adds a person (email `<key>@example.com` unless given) to the round in a role. */
  person(key: string, name: string, role: 'mentor' | 'mentee', email = `${key}@example.com`): this {
    const { id } = upsertPerson(this.db, { name, email });
    upsertParticipant(this.db, this.roundId, id, { role, topics: [] }, role === 'mentor' ? 1 : 2);
    this.ids.set(key, id);
    return this;
  }

  id(key: string): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`fixture: unknown person ${key}`);
    return id;
  }

  pair(mentor: string, mentee: string, since = '2026-01-15', ended?: { on: string; reason: string }): this {
    const id = insertPair(this.db, { roundId: this.roundId, mentorId: this.id(mentor), menteeId: this.id(mentee), score: 0, reasons: [], since });
    if (ended) endPair(this.db, id, ended.on, ended.reason);
    return this;
  }

  session(
    mentee: string,
    mentors: string[],
    date: string,
    minutes: number,
    extra: { topics?: string[]; note?: string; highlight?: string; format?: SessionFormat } = {},
  ): this {
    insertSession(this.db, {
      roundId: this.roundId,
      menteeId: this.id(mentee),
      mentorIds: mentors.map((m) => this.id(m)),
      date,
      minutes,
      format: extra.format ?? null,
      topics: extra.topics ?? [],
      note: extra.note ?? null,
      highlight: extra.highlight ?? null,
    });
    return this;
  }

  goal(mentee: string, text: string, achievedOn: string | null = null, topic: string | null = null): this {
    insertGoal(this.db, { roundId: this.roundId, menteeId: this.id(mentee), text, topic, achievedOn });
    return this;
  }
}

/**
 * The hand-computed report fixture (round 2026, 15 Jan – 15 Jul 2026), meant to be
 * reported as of 2026-03-01:
 * - Anna (mentor Mia): three sessions by 1 March and one after it (5 March);
 * - Bernd (mentor Gustav, since 1 Feb): never met;
 * - Clara: a team of two mentors (Max since 15 Jan, Nora since 20 Jan); one session with
 *   both, one attended by Nora only;
 * - Dora (mentor Paul): pair ended on 20 Feb, one session before that;
 * - Emil (mentor Lena): pair only since 10 March, after the as-of date;
 * - Otto: a mentor without a pair.
 */
export function buildReportFixture(path: string): void {
  withDb(path, (db) => {
    const b = new RoundBuilder(db);
    b.person('mia', 'Mia Maier', 'mentor')
      .person('gustav', 'Gustav Gans', 'mentor')
      .person('max', 'Max Meier', 'mentor')
      .person('nora', 'Nora Neumann', 'mentor')
      .person('paul', 'Paul Peters', 'mentor')
      .person('otto', 'Otto Olsen', 'mentor')
      .person('lena', 'Lena Lang', 'mentor')
      .person('anna', 'Anna Arendt', 'mentee')
      .person('bernd', 'Bernd Bauer', 'mentee')
      .person('clara', 'Clara Chef', 'mentee')
      .person('dora', 'Dora Direktor', 'mentee')
      .person('emil', 'Emil Ende', 'mentee');
    b.pair('mia', 'anna', '2026-01-15')
      .pair('gustav', 'bernd', '2026-02-01')
      .pair('max', 'clara', '2026-01-15')
      .pair('nora', 'clara', '2026-01-20')
      .pair('paul', 'dora', '2026-01-15', { on: '2026-02-20', reason: 'moved to another site' })
      .pair('lena', 'emil', '2026-03-10');
    b.session('anna', ['mia'], '2026-01-20', 60, { topics: ['instagram', 'stories'], note: 'kick-off', highlight: 'Anna posted her first story' })
      .session('anna', ['mia'], '2026-02-10', 45, { topics: ['instagram'] })
      .session('anna', ['mia'], '2026-02-24', 30, { topics: ['linkedin'], highlight: 'LinkedIn profile live' })
      .session('anna', ['mia'], '2026-03-05', 60, { topics: ['twitter'], highlight: 'after the as-of date' })
      .session('clara', ['max', 'nora'], '2026-01-25', 90, { topics: ['snapchat', 'instagram'] })
      .session('clara', ['nora'], '2026-02-05', 60, { topics: ['snapchat'], highlight: 'Snapchat streak with Nora' })
      .session('dora', ['paul'], '2026-02-01', 45, { topics: ['homepage'] });
    b.goal('anna', 'Post a first Instagram story', '2026-01-28', 'instagram')
      .goal('anna', 'Create a LinkedIn profile', '2026-03-03', 'linkedin')
      .goal('anna', 'Try an online application tool')
      .goal('clara', 'Keep a Snapchat streak for a week', '2026-02-12', 'snapchat')
      .goal('bernd', 'Create a Twitter account', null, 'twitter')
      .goal('dora', 'Build a homepage', '2026-02-15', 'homepage');
  });
}
