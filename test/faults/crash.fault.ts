import { copyFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { count, csv, dbCheckPasses, hasCommand, randomInt, recordFaults, seedProgramme, spawnTandem } from './helpers.js';

/**
 * SIGKILL at a random moment of a large write. Afterwards the database must pass
 * `db check` and hold the write either wholly or not at all.
 */
const KILLS = 50;

type Outcome = 'absent' | 'complete' | 'partial';

interface Scenario {
  name: string;
  /** Builds the template once; returns the files every run starts from. */
  prepare(dir: string): Promise<{ db: string; input?: string }>;
  argv(db: string, input: string | undefined): string[];
  outcome(db: string): Outcome;
}

const N = 3000;
const between = (n: number, full: number): Outcome => (n === 0 ? 'absent' : n === full ? 'complete' : 'partial');

const scenarios: Scenario[] = [
  {
    name: 'participant import',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 10 });
      const input = join(dir, 'participants.csv');
      const rows = Array.from({ length: N }, (_, i) => [`Neu ${i}`, `neu${i}@example.com`, i % 2 ? 'mentee' : 'mentor', `Dept ${i % 9}`, 'instagram;twitter', 'de|en']);
      writeFileSync(input, csv(['name', 'email', 'role', 'department', 'topics', 'languages'], rows));
      return { db, input };
    },
    argv: (db, input) => ['--db', db, 'participant', 'import', input!, '--round', '2026'],
    outcome(db) {
      const people = count(db, `SELECT count(*) AS n FROM person WHERE email LIKE 'neu%'`);
      const enrolled = count(db, `SELECT count(*) AS n FROM participant pt JOIN person p ON p.id = pt.person_id WHERE p.email LIKE 'neu%'`);
      return people === enrolled ? between(people, N) : 'partial';
    },
  },
  {
    name: 'person import',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 10 });
      const input = join(dir, 'people.csv');
      const rows = Array.from({ length: N }, (_, i) => [`Org ${i}`, `org${i}@example.com`, `Dept ${i % 9}`, i ? `org${i - 1}@example.com` : '']);
      writeFileSync(input, csv(['name', 'email', 'department', 'manager_email'], rows));
      return { db, input };
    },
    argv: (db, input) => ['--db', db, 'person', 'import', input!],
    outcome: (db) => between(count(db, `SELECT count(*) AS n FROM person WHERE email LIKE 'org%'`), N),
  },
  {
    name: 'round create --from',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 10, baseParticipants: 40_000 });
      return { db };
    },
    argv: (db) => ['--db', db, 'round', 'create', 'copy', '--start', '2027-01-15', '--from', 'base'],
    outcome(db) {
      const rounds = count(db, `SELECT count(*) AS n FROM round WHERE name = 'copy'`);
      const copied = count(db, `SELECT count(*) AS n FROM participant pt JOIN round r ON r.id = pt.round_id WHERE r.name = 'copy'`);
      if (rounds === 0) return copied === 0 ? 'absent' : 'partial';
      return copied === 40_000 ? 'complete' : 'partial';
    },
  },
  {
    name: 'import (JSON restore)',
    async prepare(dir) {
      const source = join(dir, 'source.db');
      seedProgramme(source, { tandems: 3000, baseParticipants: 3000 });
      const input = join(dir, 'export.json');
      const exported = await runCli(['--db', source, 'export', '--out', input]);
      if (exported.code !== 0) throw new Error(exported.stderr);
      return { db: join(dir, 'absent.db'), input };
    },
    argv: (db, input) => ['--db', db, 'import', input!],
    outcome(db) {
      if (!existsSync(db) || statSync(db).size === 0) return 'absent';
      const people = count(db, 'SELECT count(*) AS n FROM person');
      const pairs = count(db, 'SELECT count(*) AS n FROM pair');
      if (people === 0 && pairs === 0) return 'absent';
      return people === 9000 && pairs === 3000 ? 'complete' : 'partial';
    },
  },
  {
    name: 'session import',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 500 });
      const input = join(dir, 'sessions.csv');
      const rows = Array.from({ length: N }, (_, i) => [`mentee${i % 500}@example.com`, `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`, 30 + (i % 90), 'video', 'instagram', `Treffen ${i}`]);
      writeFileSync(input, csv(['mentee_email', 'date', 'minutes', 'format', 'topics', 'note'], rows));
      return { db, input };
    },
    argv: (db, input) => ['--db', db, 'session', 'import', input!, '--round', '2026'],
    outcome(db) {
      const sessions = count(db, 'SELECT count(*) AS n FROM session');
      const attended = count(db, 'SELECT count(*) AS n FROM session_mentor');
      return sessions === attended ? between(sessions, N) : 'partial';
    },
  },
  {
    name: 'goal import',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 500 });
      const input = join(dir, 'goals.csv');
      const rows = Array.from({ length: N }, (_, i) => [`mentee${i % 500}@example.com`, `Ziel Nummer ${i}`, 'instagram']);
      writeFileSync(input, csv(['mentee_email', 'goal', 'topic'], rows));
      return { db, input };
    },
    argv: (db, input) => ['--db', db, 'goal', 'import', input!, '--round', '2026'],
    outcome: (db) => between(count(db, 'SELECT count(*) AS n FROM goal'), N),
  },
  {
    name: 'pair match --yes',
    async prepare(dir) {
      const db = join(dir, 't.db');
      seedProgramme(db, { tandems: 10, unmatched: 300 });
      return { db };
    },
    argv: (db) => ['--db', db, 'pair', 'match', '--round', '2026', '--yes'],
    outcome(db) {
      const pairs = count(db, `SELECT count(*) AS n FROM pair WHERE status = 'active'`) - 10;
      return pairs === 0 ? 'absent' : pairs === matched ? 'complete' : 'partial';
    },
  },
];
/** Pairs a complete `pair match` adds (measured by the calibration run). */
let matched = -1;

interface Prepared {
  scenario: Scenario;
  template: { db: string; input?: string };
  /** How long an undisturbed run takes, in ms. */
  ms: number;
  /** When its write began (its WAL first held data), in ms. */
  writeAt: number;
}

describe('crash safety: SIGKILL during large writes', () => {
  const prepared: Prepared[] = [];
  const skipped: string[] = [];

  beforeAll(async () => {
    for (const scenario of scenarios) {
      const [group, verb] = scenario.argv('x', 'y').slice(2, 4) as [string, string];
      const exists = group === 'import' ? await hasCommand('import') : await hasCommand(group, verb);
      if (!exists) {
        skipped.push(scenario.name);
        continue;
      }
      const template = await scenario.prepare(tempDir('tandem-crash-'));
      // Calibration: one undisturbed run must succeed completely; its duration bounds the kill moments.
      // Two runs: the first one warms the file cache; the faster one bounds the kill moments.
      let ms = Infinity;
      let writeAt = 0;
      for (let i = 0; i < 2; i++) {
        const run = fresh(template);
        const result = await spawnTandem(scenario.argv(run.db, run.input), { watchWal: run.db });
        expect(result.code, `${scenario.name}: ${result.stderr}`).toBe(0);
        if (scenario.name === 'pair match --yes') matched = count(run.db, `SELECT count(*) AS n FROM pair WHERE status = 'active'`) - 10;
        expect(scenario.outcome(run.db), scenario.name).toBe('complete');
        if (result.ms < ms) {
          ms = result.ms;
          writeAt = result.writeAt ?? 0;
        }
      }
      prepared.push({ scenario, template, ms, writeAt });
      console.log(`[calibration] ${scenario.name}: ${ms} ms, write at ${writeAt} ms`);
    }
  }, 120_000);

  it(`keeps every database sound and every write whole across ${KILLS} kills`, async () => {
    expect(prepared.length).toBeGreaterThanOrEqual(4);
    type Tally = Record<Outcome | 'corrupt' | 'finished' | 'kills' | 'wal', number>;
    const tally = new Map<string, Tally>();
    const problems: string[] = [];
    for (let i = 0; i < KILLS; i++) {
      const { scenario, template, ms, writeAt } = prepared[i % prepared.length]!;
      const t = tally.get(scenario.name) ?? { kills: 0, absent: 0, complete: 0, partial: 0, corrupt: 0, finished: 0, wal: 0 };
      tally.set(scenario.name, t);
      const run = fresh(template);
      // Every other kill at a random moment from start-up to the end of an undisturbed run;
      // the others at a random moment after this run's write began (its WAL first held data),
      // where a crash can do harm: during the commit, the checkpoint or the closing.
      const atWrite = i % 2 === 1;
      const delay = atWrite ? randomInt(0, Math.max(5, ms - writeAt)) : randomInt(Math.round(ms * 0.15), ms);
      const result = await spawnTandem(scenario.argv(run.db, run.input), atWrite ? { watchWal: run.db, killAfterWriteMs: delay } : { killAfterMs: delay });
      const at = atWrite ? `${delay} ms after the write began` : `${delay} ms`;
      t.kills++;
      if (result.finishedFirst) t.finished++;
      // A WAL with frames left behind: the process died while (or just after) writing.
      if (existsSync(`${run.db}-wal`) && statSync(`${run.db}-wal`).size > 0) t.wal++;
      const check = await dbCheckPasses(run.db);
      if (!check.ok) {
        t.corrupt++;
        problems.push(`${scenario.name}, kill at ${at}: db check failed: ${check.detail}`);
        continue;
      }
      const outcome = scenario.outcome(run.db);
      t[outcome]++;
      if (outcome === 'partial') problems.push(`${scenario.name}, kill at ${at}: partial write`);
    }
    const sum = (k: keyof Tally) => [...tally.values()].reduce((n, t) => n + t[k], 0);
    const per = [...tally].map(([name, t]) => `${name} ${t.kills} (${t.absent} absent, ${t.complete} complete)`).join('; ');
    recordFaults(
      'crash',
      `crash: ${sum('kills')} kills, ${sum('corrupt')} corrupt, ${sum('partial')} partial, ${sum('absent')} wholly absent, ${sum('complete')} wholly there` +
        ` (${sum('finished')} finished before the kill, ${sum('wal')} left a WAL to recover) — ${per}${skipped.length ? `; not built yet: ${skipped.join(', ')}` : ''}`,
    );
    expect(problems).toEqual([]);
    expect(sum('kills')).toBe(KILLS);
    // Enough kills must land while the command runs, or the test proves little.
    expect(sum('kills') - sum('finished')).toBeGreaterThanOrEqual(KILLS / 5);
  }, 240_000);
});

/** A copy of a template in a fresh folder (the database, when there is one, and the input file). */
function fresh(template: { db: string; input?: string }): { db: string; input?: string } {
  const dir = tempDir('tandem-kill-');
  const db = join(dir, 'tandem.db');
  if (existsSync(template.db)) copyFileSync(template.db, db);
  return { db, input: template.input };
}
