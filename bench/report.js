// The round report and the session import on a large generated round: 10,000 tandems
// (500 of them teams of two mentors), 200,000 sessions, 30,000 goals. The report reads the
// session totals that tandem keeps as sessions are written (schema v8); the reference is the
// sqlite3 shell aggregating the sessions themselves, as the report does as of an earlier day.
// Targets (issue 16): `round report --json` within 2× of the sqlite3 shell running the
// report's main aggregate query on the same file (and < 1 s); importing the 200,000
// sessions from CSV < 3 s. Ratios in wall time and in CPU time (user + system, which a busy
// machine disturbs far less). Run: npm run bench -- report  (or node bench/report.js after
// a build); `--keep` keeps the generated database and prints its path (for profiling).
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpuMs, median, wallMs } from './lib/timing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'tandem.js');
const { openDatabase } = await import(pathToFileURL(join(root, 'dist', 'db', 'open.js')).href);
const { ACTIVITY_SQL, REPORT_SQL } = await import(pathToFileURL(join(root, 'dist', 'db', 'report.js')).href);
const { rebuildTotals } = await import(pathToFileURL(join(root, 'dist', 'db', 'totals.js')).href);

const TANDEMS = 10_000;
const TEAMS = 500;
const SESSIONS = 200_000;
const TODAY = '2026-07-01';
const START = '2026-01-15';
const END = '2026-07-15';
const TOPICS = ['instagram', 'snapchat', 'twitter', 'linkedin', 'hashtags', 'homepage', 'tiktok', 'stories', 'reels', 'xing',
  'applications', 'video-calls', 'podcasts', 'newsletters', 'youtube', 'threads', 'mastodon', 'whatsapp', 'signal', 'canva'];

/** A deterministic pseudo-random sequence, so every run builds the same round. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const day = (n) => new Date(Date.UTC(2026, 0, 15 + n)).toISOString().slice(0, 10);
const DAYS = 167; // 15 Jan – 30 Jun: every session lies before TODAY

/** People, participants and pairs of round "big"; returns mentee emails and their mentors. */
function buildPeople(db) {
  const round = db.prepare(`INSERT INTO round (name, starts_on, ends_on, mentors_per_mentee) VALUES ('big', ?, ?, 2)`).run(START, END).lastInsertRowid;
  const person = db.prepare(`INSERT INTO person (name, email) VALUES (?, ?)`);
  const participant = db.prepare(`INSERT INTO participant (round_id, person_id, role, capacity) VALUES (?, ?, ?, ?)`);
  const pair = db.prepare(`INSERT INTO pair (round_id, mentor_id, mentee_id, since) VALUES (?, ?, ?, ?)`);
  const tandems = [];
  for (let i = 0; i < TANDEMS; i++) {
    const mentee = person.run(`Mentee ${i}`, `mentee${i}@example.com`).lastInsertRowid;
    participant.run(round, mentee, 'mentee', 2);
    const mentors = [];
    for (let k = 0; k < (i < TEAMS ? 2 : 1); k++) {
      const email = `mentor${i}-${k}@example.com`;
      const mentor = person.run(`Mentor ${i}/${k}`, email).lastInsertRowid;
      participant.run(round, mentor, 'mentor', 1);
      pair.run(round, mentor, mentee, START);
      mentors.push({ id: mentor, email });
    }
    tandems.push({ id: mentee, email: `mentee${i}@example.com`, mentors });
  }
  return { round, tandems };
}

/** The sessions as rows: 20 per tandem on average, random days, topics and highlights. */
function sessionRows(tandems) {
  const random = rng(42);
  const rows = [];
  for (let s = 0; s < SESSIONS; s++) {
    const t = tandems[s % TANDEMS];
    const topics = TOPICS.filter(() => random() < 0.08).slice(0, 3);
    rows.push({
      tandem: t,
      date: day(Math.floor(random() * DAYS)),
      minutes: 15 + Math.floor(random() * 12) * 5,
      mentors: t.mentors.length === 2 && random() < 0.3 ? [t.mentors[0]] : t.mentors,
      topics,
      highlight: random() < 0.05 ? `Highlight ${s}` : null,
    });
  }
  return rows;
}

function build(path) {
  const db = openDatabase(path, { write: true, busyTimeoutMs: 5000 });
  db.pragma('synchronous = OFF');
  const result = db.transaction(() => buildPeople(db)).immediate();
  db.close();
  return result;
}

function fill(path, round, rows) {
  const db = openDatabase(path, { write: true, busyTimeoutMs: 5000 });
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    const session = db.prepare(`INSERT INTO session (round_id, mentee_id, date, minutes, topics, highlight) VALUES (?, ?, ?, ?, ?, ?)`);
    const attend = db.prepare(`INSERT INTO session_mentor (session_id, mentor_id) VALUES (?, ?)`);
    for (const r of rows) {
      const id = session.run(round, r.tandem.id, r.date, r.minutes, JSON.stringify(r.topics), r.highlight).lastInsertRowid;
      for (const m of r.mentors) attend.run(id, m.id);
    }
    const goal = db.prepare(`INSERT INTO goal (round_id, mentee_id, text, topic, achieved_on) VALUES (?, ?, ?, ?, ?)`);
    const random = rng(7);
    db.prepare('SELECT id FROM person WHERE email LIKE ?').pluck().all('mentee%').forEach((mentee, i) => {
      for (let g = 0; g < 3; g++) goal.run(round, mentee, `Goal ${g} of tandem ${i}`, TOPICS[g], random() < 0.5 ? day(Math.floor(random() * DAYS)) : null);
    });
    rebuildTotals(db); // written with plain SQL: the session totals as tandem's writers keep them
  }).immediate();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

function csvOf(rows) {
  const lines = ['mentee_email,date,minutes,mentor_emails,topics,highlight'];
  for (const r of rows) {
    lines.push(`${r.tandem.email},${r.date},${r.minutes},${r.mentors.map((m) => m.email).join(';')},${r.topics.join(';')},${r.highlight ?? ''}`);
  }
  return `${lines.join('\n')}\n`;
}

const ENV = { ...process.env, NO_COLOR: '1', TANDEM_TODAY: TODAY };
const time = (command, args) => wallMs(command, args, ENV);
const cpu = (command, args) => cpuMs(command, args, ENV);

/** Builds the large round in `dir`: big.db (with sessions), empty.db (people and pairs only), sessions.csv. */
export function buildBenchRound(dir) {
  const empty = join(dir, 'empty.db');
  const big = join(dir, 'big.db');
  const { round, tandems } = build(empty);
  const rows = sessionRows(tandems);
  copyFileSync(empty, big);
  fill(big, round, rows);
  const csv = join(dir, 'sessions.csv');
  writeFileSync(csv, csvOf(rows));
  return { big, empty, csv };
}

export async function bench({ keep = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-report-'));
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  try {
    const t0 = Date.now();
    const { big, empty, csv } = buildBenchRound(dir);
    console.log(`report: generated ${TANDEMS} tandems (${TEAMS} teams), ${SESSIONS} sessions in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The sqlite3 shell runs the report's main aggregate (REPORT_SQL) and, for reference, the bare
    // per-tandem aggregate (count, sum, max: ACTIVITY_SQL), with the same parameters.
    const literal = (sql) => sql.replace('round_id = ?', 'round_id = 1').replace('date <= ?', `date <= '${TODAY}'`);
    const report = [bin, '--db', big, 'round', 'report', 'big', '--json'];
    // As of a day before the last session, the report cannot use the session totals and aggregates the sessions (for reference).
    const scan = [bin, '--db', big, 'round', 'report', 'big', '--json', '--as-of', '2026-06-29'];
    const commands = {
      tandem: [process.execPath, report],
      main: ['sqlite3', [big, literal(REPORT_SQL)]],
      bare: ['sqlite3', [big, literal(ACTIVITY_SQL)]],
      scan: [process.execPath, scan],
    };
    for (let i = 0; i < 2; i++) for (const [command, args] of Object.values(commands)) time(command, args); // warm the file cache
    const times = { tandem: [], main: [], bare: [], scan: [] };
    const cpus = { tandem: [], main: [], bare: [], scan: [] };
    // Interleaved, so a busy machine slows all three alike.
    for (let i = 0; i < runs; i++) {
      for (const [name, [command, args]] of Object.entries(commands)) {
        times[name].push(time(command, args));
        cpus[name].push(cpu(command, args));
      }
    }
    const html = median([0, 1, 2].map(() => time(process.execPath, [bin, '--db', big, 'round', 'report', 'big', '--format', 'html', '--out', join(dir, 'r.html')])));
    const ours = median(times.tandem);
    const ratio = ours / median(times.main);
    const bareRatio = ours / median(times.bare);
    const cpuRatio = median(cpus.tandem) / median(cpus.main);
    const cpuBareRatio = median(cpus.tandem) / median(cpus.bare);

    const imports = [];
    for (let i = 0; i < Math.min(3, runs); i++) {
      const target = join(dir, `import-${i}.db`);
      copyFileSync(empty, target);
      imports.push(time(process.execPath, [bin, '--db', target, 'session', 'import', csv, '--round', 'big', '-q']));
      rmSync(target);
    }
    const imported = median(imports);

    const ok = (cond) => (cond ? 'ok' : 'OVER');
    console.log(`report: median of ${runs} runs`);
    const ms = (name) => `${median(times[name]).toFixed(0).padStart(6)} ms, CPU ${median(cpus[name]).toFixed(0).padStart(4)} ms`;
    console.log(`  round report --json      ${ms('tandem')}  (target < 1000 ms) ${ok(ours < 1000)}`);
    console.log(`  sqlite3, main aggregate  ${ms('main')}  ratio ${ratio.toFixed(2)} ${ok(ratio <= 2)}, CPU ratio ${cpuRatio.toFixed(2)} ${ok(cpuRatio <= 2)} (target ≤ 2)`);
    console.log(`  sqlite3, bare aggregate  ${ms('bare')}  ratio ${bareRatio.toFixed(2)}, CPU ratio ${cpuBareRatio.toFixed(2)} (for reference)`);
    console.log(`  round report --json --as-of 2026-06-29 (aggregates the sessions)  ${ms('scan')}  ratio ${(median(times.scan) / median(times.main)).toFixed(2)} (for reference)`);
    console.log(`  round report --format html --out  ${html.toFixed(0)} ms`);
    console.log(`  session import (200,000) ${imported.toFixed(0).padStart(6)} ms  (target < 3000) ${ok(imported < 3000)}`);
    return ours < 1000 && ratio <= 2 && imported < 3000;
  } finally {
    if (keep) console.log(`report: database kept: ${join(dir, 'big.db')} (round "big", TANDEM_TODAY=${TODAY})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// Like bench/startup.js, a figure over its target prints OVER; only a crash fails the run.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await bench({ keep: process.argv.includes('--keep') });
