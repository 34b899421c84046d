// Backup and export at disk speed (issue 16 point 3) on a database of the scale benchmark's
// shape: 100,000 people; 10 rounds of 5,000 apprentices mentoring 2,500 executives in teams
// of two; 100,000 sessions per round (1,000,000 in all). `--small` builds a tenth of it.
// Targets: `backup` within 2× of `sqlite3 .backup`, `export --out` within 3× of
// `sqlite3 -json` over the same tables, export's peak memory bounded (it streams).
// Run: npm run bench -- admin  (or node bench/admin.js [--small] after a build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'tandem.js');
const { openDatabase } = await import(pathToFileURL(join(root, 'dist', 'db', 'open.js')).href);
const { TABLE_ORDER } = await import(pathToFileURL(join(root, 'dist', 'db', 'tables.js')).href);
const { rebuildTotals } = await import(pathToFileURL(join(root, 'dist', 'db', 'totals.js')).href);

const scale = process.argv.includes('--small') ? 10 : 1;
const PEOPLE = 100_000 / scale;
const ROUNDS = 10;
const MENTORS = 5_000 / scale;
const MENTEES = MENTORS / 2;
const SESSIONS = 100_000 / scale;
const TOPICS = ['instagram', 'snapchat', 'twitter', 'linkedin', 'hashtags', 'homepage', 'tiktok', 'stories', 'reels', 'xing'];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

/** Fills the database with direct SQL in the schema tandem writes (its own imports take minutes at this size). */
function build(path) {
  const db = openDatabase(path, { write: true, busyTimeoutMs: 5000 });
  db.pragma('synchronous = OFF');
  const random = rng(7);
  db.transaction(() => {
    const person = db.prepare(`INSERT INTO person (id, name, email, department, location, manager_email, languages) VALUES (?, ?, ?, ?, ?, ?, '["de","en"]')`);
    for (let i = 1; i <= PEOPLE; i++) {
      person.run(i, `Person ${i}`, `p${i}@example.com`, `Dept ${i % 40}`, `Site ${i % 12}`, i > 1 ? `p${Math.ceil(i / 8)}@example.com` : null);
    }
    const round = db.prepare(`INSERT INTO round (id, name, starts_on, ends_on, mentors_per_mentee, closed_on) VALUES (?, ?, ?, ?, 2, ?)`);
    const participant = db.prepare(`INSERT INTO participant (round_id, person_id, role, topics, capacity) VALUES (?, ?, ?, ?, ?)`);
    const pair = db.prepare(`INSERT INTO pair (round_id, mentor_id, mentee_id, score, reasons, since) VALUES (?, ?, ?, 13, ?, ?)`);
    const session = db.prepare(`INSERT INTO session (round_id, mentee_id, date, minutes, format, topics, note, highlight) VALUES (?, ?, ?, 60, 'video', ?, ?, ?)`);
    const attended = db.prepare(`INSERT INTO session_mentor (session_id, mentor_id) VALUES (?, ?)`);
    for (let r = 1; r <= ROUNDS; r++) {
      const year = 2016 + r;
      round.run(r, String(year), `${year}-01-15`, `${year}-07-15`, r < ROUNDS ? `${year}-08-01` : null);
      const base = ((r - 1) * (MENTORS + MENTEES)) % (PEOPLE - MENTORS - MENTEES);
      for (let k = 0; k < MENTEES; k++) {
        const mentee = base + MENTORS + k + 1;
        participant.run(r, mentee, 'mentee', '["instagram","linkedin"]', 2);
        for (const m of [base + 2 * k + 1, base + 2 * k + 2]) {
          participant.run(r, m, 'mentor', '["instagram"]', 1);
          const reasons = JSON.stringify([{ kind: 'topic', topic: 'instagram' }, { kind: 'department', mentor: `Dept ${m % 40}`, mentee: `Dept ${mentee % 40}` }]);
          pair.run(r, m, mentee, reasons, `${year}-01-15`);
        }
      }
      for (let s = 0; s < SESSIONS; s++) {
        const k = Math.floor(random() * MENTEES);
        const mentee = base + MENTORS + k + 1;
        const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
        const month = String(1 + Math.floor(random() * 6)).padStart(2, '0');
        const id = session.run(r, mentee, `${year}-${month}-${day}`, JSON.stringify([TOPICS[s % 10]]), s % 3 ? null : `Notiz ${s}: "Profil" überarbeitet`, s % 7 ? null : `Highlight ${s} 🎉`).lastInsertRowid;
        attended.run(id, base + 2 * k + 1);
        if (s % 2) attended.run(id, base + 2 * k + 2);
      }
    }
    rebuildTotals(db); // written with plain SQL: the totals as tandem's writers keep them
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The fastest of `runs` runs of a command, in ms, and its peak resident memory in MB. */
function time(label, argv, runs = 3, before = () => {}) {
  let best = Infinity;
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    before();
    const start = process.hrtime.bigint();
    const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${label}: exit ${r.status}\n${r.stderr}`);
    best = Math.min(best, ms);
    rss = Math.max(rss, Number(r.stderr.trim().split('\n').at(-1)) / 1024);
  }
  return { best, rss };
}

const only = process.argv.indexOf('--build');
if (only > 0) {
  // `--build <file>`: only build the database (to measure by hand).
  build(process.argv[only + 1]);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-admin-'));
try {
  const db = join(dir, 'big.db');
  let start = Date.now();
  build(db);
  console.log(`built ${(statSync(db).size / 1e6).toFixed(0)} MB in ${((Date.now() - start) / 1000).toFixed(1)} s (${PEOPLE} people, ${ROUNDS * SESSIONS} sessions)`);

  const copy = join(dir, 'copy.db');
  const clear = () => rmSync(copy, { force: true });
  // Warm the page cache once, so neither side pays for the first read.
  time('warm', ['sqlite3', db, `.backup ${copy}`], 1, clear);
  const refBackup = time('sqlite3 .backup', ['sqlite3', db, `.backup ${copy}`], 3, clear);
  const backup = time('tandem backup', [process.execPath, bin, '--db', db, 'backup', copy, '--force'], 3, clear);

  const out = join(dir, 'export.json');
  const tables = TABLE_ORDER.map((t) => `SELECT * FROM "${t}";`).join(' ');
  const refExport = time('sqlite3 -json', ['sh', '-c', `sqlite3 -json '${db}' '${tables}' > '${join(dir, 'ref.json')}'`]);
  const exp = time('tandem export', [process.execPath, bin, '--db', db, 'export', '--out', out]);
  const mb = (statSync(out).size / 1e6).toFixed(0);

  const row = (name, t, ref, target) =>
    console.log(`${name.padEnd(16)} ${t.best.toFixed(0).padStart(6)} ms  ${t.rss.toFixed(0).padStart(5)} MB peak   reference ${ref.best.toFixed(0).padStart(6)} ms   ratio ${(t.best / ref.best).toFixed(2)}× (target ≤ ${target}×)`);
  row('backup', backup, refBackup, 2);
  row(`export (${mb} MB)`, exp, refExport, 3);

  if (scale > 1) {
    // The round trip stays exact: export → import into a new file → export gives the same bytes.
    const restored = join(dir, 'restored.db');
    const again = join(dir, 'again.json');
    start = Date.now();
    spawnSync(process.execPath, [bin, '--db', restored, 'import', out], { stdio: 'inherit' });
    spawnSync(process.execPath, [bin, '--db', restored, 'export', '--out', again], { stdio: 'inherit' });
    const same = existsSync(again) && readFileSync(out).equals(readFileSync(again));
    console.log(`export → import → export: ${same ? 'byte-identical' : 'DIFFERENT'} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    if (!same) process.exitCode = 1;
  }
} finally {
  if (process.env.KEEP) console.log(`kept ${dir}`); else rmSync(dir, { recursive: true, force: true });
}
