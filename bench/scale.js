// The scale benchmark (issue 16): a database of the size a large group would have, built
// through tandem's own imports and matching, then every command timed once the file cache
// is warm, with its ratio to a reference measured in the same run where one exists.
//
//   npm run bench -- scale            100,000 people; 10 rounds of 5,000 apprentices
//                                     (mentors) and 2,500 executives (mentees) in teams of
//                                     two; 100,000 sessions per round (a few minutes)
//   npm run bench -- scale --small    a tenth of the people, 500 × 250, 10,000 sessions,
//                                     3 rounds (well under a minute)
//   options: --rounds <n>, --keep (keep the database and print its path)
//
// References: scipy's linear_sum_assignment on the last round's score matrix with every
// mentee expanded to two slots (skipped when `python3 -c 'import scipy'` fails); the
// sqlite3 CLI for backup (.backup), export (-json of every table), db check (integrity +
// foreign-key check) and the round report's aggregate. Other work on the machine makes
// absolute times noisy; the ratios, measured in the same run, are what counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const bin = join(root, 'bin', 'tandem.js');
const { REPORT_SQL } = await import(pathToFileURL(join(root, 'dist', 'db', 'report.js')).href);
const { compare, topicMatrix } = await import(pathToFileURL(join(here, 'solver.js')).href);

const args = process.argv.slice(2);
const small = args.includes('--small');
const keep = args.includes('--keep');
const option = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const PEOPLE = small ? 10_000 : 100_000;
const MENTORS = small ? 500 : 5_000;
const MENTEES = MENTORS / 2;
const SESSIONS = small ? 10_000 : 100_000;
const ROUNDS = option('--rounds', small ? 3 : 10);
const LAST_YEAR = 2026;
const TODAY = `${LAST_YEAR}-07-01`;

const TOPICS = ['instagram', 'tiktok', 'snapchat', 'twitter', 'linkedin', 'facebook', 'youtube', 'hashtags', 'homepage', 'online applications', 'podcasts', 'ai tools'];
const LOCATIONS = ['Hamburg', 'München', 'Köln', 'Stuttgart', 'Berlin'];
const DEPARTMENTS = ['IT', 'Sales', 'HR', 'Finance', 'Production', 'Marketing', 'Logistics'];

/** A seeded generator: every run builds the same database. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const random = rng(16);
const int = (n) => Math.floor(random() * n);

// The org chart: a tree with 8 reports per manager; person 0 at the top.
const people = Array.from({ length: PEOPLE }, (_, i) => ({
  name: `Person ${i}`,
  email: `p${i}@example.com`,
  manager: i === 0 ? '' : `p${Math.floor((i - 1) / 8)}@example.com`,
  department: DEPARTMENTS[int(DEPARTMENTS.length)],
  location: LOCATIONS[int(LOCATIONS.length)],
}));

const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-scale-'));
const db = join(dir, 'scale.db');
const env = { ...process.env, TANDEM_DB: db, NO_COLOR: '1', TANDEM_TODAY: TODAY };
delete env.FORCE_COLOR;

// GNU time, when there, also gives each command's CPU time (user + system): on a busy
// machine that is the steadier figure of the work itself.
const gnuTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true'], { stdio: 'ignore' }).status === 0;
const cpuFile = join(dir, 'cpu.txt');
let lastCpu = null;

/** Runs a command with stdout to /dev/null; returns milliseconds (CPU ms in lastCpu). Throws on a non-zero exit. */
function time(command, argv, extraEnv = {}) {
  const [cmd, args] = gnuTime ? ['/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, command, ...argv]] : [command, argv];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  lastCpu = gnuTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).reduce((sum, x) => sum + Number(x) * 1000, 0) : null;
  return ms;
}
const tandem = (argv, extraEnv) => time(process.execPath, [bin, ...argv], extraEnv);
/** Like tandem(), for the build steps reported at the end: {ms, cpu}. */
const step = (argv, extraEnv) => ({ ms: tandem(argv, extraEnv), cpu: lastCpu });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const csvFile = (name, lines) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const log = (text) => process.stdout.write(`${text}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const built = {};
const t0 = Date.now();
try {
  built['person import'] = step([
    'person', 'import',
    csvFile('people.csv', ['name,email,manager_email,department,location', ...people.map((p) => `${p.name},${p.email},${p.manager},${p.department},${p.location}`)]),
    '-q',
  ]);

  // Executives come from the upper part of the chart, apprentices from below it; a round's
  // apprentices are new people, its executives come back after a few rounds.
  const upper = Math.floor(PEOPLE / 4);
  let lastRound = null;
  for (let r = 0; r < ROUNDS; r++) {
    const year = LAST_YEAR - ROUNDS + 1 + r;
    const name = String(year);
    const start = `${year}-01-15`;
    const last = r === ROUNDS - 1;
    const roundEnv = { TANDEM_TODAY: start };
    tandem(['round', 'create', name, '--start', start, '--mentors-per-mentee', '2', '-q'], roundEnv);
    const mentors = Array.from({ length: MENTORS }, (_, k) => people[upper + ((r * MENTORS + k) % (PEOPLE - upper))]);
    const mentees = Array.from({ length: MENTEES }, (_, k) => people[(r * MENTEES + k) % upper]);
    const pick = () => [...new Set([TOPICS[int(12)], TOPICS[int(12)], TOPICS[int(12)]])];
    const rows = [
      ...mentors.map((p) => ({ p, role: 'mentor', topics: pick() })),
      ...mentees.map((p) => ({ p, role: 'mentee', topics: pick() })),
    ];
    const participants = csvFile(`participants-${name}.csv`, [
      'name,email,role,department,location,manager_email,topics',
      ...rows.map(({ p, role, topics }) => `${p.name},${p.email},${role},${p.department},${p.location},${p.manager},${topics.join(';')}`),
    ]);
    const imported = step(['participant', 'import', participants, '--round', name, '-q'], roundEnv);
    const matched = step(['pair', 'match', '--round', name, '--yes', '-q'], roundEnv);
    if (last) {
      built['participant import'] = imported;
      built['pair match --yes'] = matched;
      lastRound = { name, mentors: rows.filter((x) => x.role === 'mentor'), mentees: rows.filter((x) => x.role === 'mentee') };
    }
    // Sessions: the tandems of this round, from the pairs just saved.
    const pairs = JSON.parse(spawnSync(process.execPath, [bin, 'pair', 'list', '--round', name, '--json'], { env, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
    const teams = new Map();
    for (const p of pairs) {
      if (!teams.has(p.mentee.email)) teams.set(p.mentee.email, []);
      teams.get(p.mentee.email).push(p.mentor.email);
    }
    const tandems = [...teams];
    const endDay = last ? 167 : 180; // the last round's sessions all lie before TODAY
    const sessions = ['mentee_email,date,minutes,mentor_emails,topics'];
    for (let s = 0; s < SESSIONS; s++) {
      const [mentee, team] = tandems[s % tandems.length];
      const date = new Date(Date.UTC(year, 0, 15 + int(endDay))).toISOString().slice(0, 10);
      sessions.push(`${mentee},${date},${15 + 5 * int(12)},${team.join(';')},${TOPICS[int(12)]}`);
    }
    const file = csvFile(`sessions-${name}.csv`, sessions);
    const sessionEnv = { TANDEM_TODAY: last ? TODAY : `${year}-07-14` };
    const sessionsImported = step(['session', 'import', file, '--round', name, '-q'], sessionEnv);
    if (last) built['session import'] = sessionsImported;
    else tandem(['round', 'close', name, '--yes', '-q'], sessionEnv);
    log(`scale: round ${name} built (${pairs.length} pairs, ${SESSIONS} sessions; match ${seconds(matched.ms)}) at ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  // --- the commands, on the last round, the file cache warm ---
  const round = lastRound.name;
  const previous = String(Number(round) - 1);
  const someone = lastRound.mentees[0].p.email;
  const out = (name) => join(dir, name);
  const commands = {
    'pair list': ['pair', 'list', '--round', round],
    'participant list': ['participant', 'list', '--round', round],
    'session list': ['session', 'list', '--round', round],
    'person list': ['person', 'list'],
    'round report --json': ['round', 'report', round, '--json'],
    'round report html': ['round', 'report', round, '--format', 'html', '--out', out('report.html')],
    'round compare': ROUNDS > 1 ? ['round', 'compare', previous, round] : null,
    status: ['status'],
    'person show': ['person', 'show', someone],
    backup: ['backup', out('backup.db'), '--force'],
    'export --out': ['export', '--out', out('export.json')],
    'db check': ['db', 'check'],
  };
  const tables = spawnSync('sqlite3', [db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"], { encoding: 'utf8' });
  const sqliteOk = tables.status === 0;
  const roundId = sqliteOk ? spawnSync('sqlite3', [db, `SELECT id FROM round WHERE name = '${round}'`], { encoding: 'utf8' }).stdout.trim() : '';
  const references = sqliteOk
    ? {
        backup: ['sqlite3', [db, `.backup '${out('ref-backup.db')}'`], 'sqlite3 .backup'],
        'export --out': ['sh', ['-c', `sqlite3 -json '${db}' "${tables.stdout.trim().split('\n').map((t) => `SELECT * FROM \\"${t}\\";`).join(' ')}" > '${out('ref-export.json')}'`], 'sqlite3 -json, every table'],
        'db check': ['sqlite3', [db, 'PRAGMA integrity_check; PRAGMA foreign_key_check;'], 'sqlite3 integrity + fk check'],
        'round report --json': ['sqlite3', [db, REPORT_SQL.replace('round_id = ?', `round_id = ${roundId}`).replace('date <= ?', `date <= '${TODAY}'`)], 'sqlite3 report aggregate'],
      }
    : {};
  // Each command and its reference: a warm-up, then up to `runs` timed runs, interleaved
  // (one run only where a run takes more than 3 s, to keep the whole bench short).
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const results = [];
  for (const [name, argv] of Object.entries(commands)) {
    if (!argv) continue;
    const ref = references[name];
    const ours = [];
    const cpu = [];
    const theirs = [];
    const warm = tandem(argv);
    if (ref) time(ref[0], ref[1]);
    for (let k = 0; k < (warm > 3000 ? 1 : runs); k++) {
      ours.push(tandem(argv));
      cpu.push(lastCpu);
      if (ref) theirs.push(time(ref[0], ref[1]));
    }
    results.push({ name, ms: median(ours), cpu: gnuTime ? median(cpu) : null, ref: ref ? { label: ref[2], ms: median(theirs) } : null });
  }

  // The solver against scipy: on the last round's matrix (scores by SPEC's rule, default
  // weights; scipy gets every mentee as two slots) and on bench/solver.js's n = 2000 (n = 1000
  // with --small) topic-score case, capacity 1, many ties.
  const scipyOk = spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;
  const R = lastRound.mentors.length;
  const C = lastRound.mentees.length;
  const weights = new Float64Array(R * C);
  lastRound.mentors.forEach((m, i) => {
    lastRound.mentees.forEach((e, j) => {
      const shared = m.topics.filter((x) => e.topics.includes(x)).length;
      weights[i * C + j] = shared * 10 + (m.p.location === e.p.location ? 5 : 0) + (m.p.department !== e.p.department ? 3 : 0);
    });
  });
  const n = small ? 1000 : 2000;
  const solverCases = [
    { label: `${R} × ${C} teams of two`, rows: R, cols: C, capacity: 2, weights, runs: 3 },
    { label: `n = ${n} topic scores`, rows: n, cols: n, capacity: 1, weights: topicMatrix(n, n, n * 31 + 3), runs: 5 },
  ];
  const solver = scipyOk ? solverCases.map((c) => compare(c, dir)) : [];

  // --- the report, one table, every figure from this run ---
  const row = (cells) => `| ${cells.join(' | ')} |`;
  log('');
  log(`scale${small ? ' --small' : ''}: ${PEOPLE.toLocaleString('en')} people, ${ROUNDS} rounds of ${MENTORS.toLocaleString('en')} mentors × ${MENTEES.toLocaleString('en')} mentees in teams of two, ${SESSIONS.toLocaleString('en')} sessions per round; median of ${runs} runs after a warm-up (1 run where a run takes over 3 s); cpu = user + system time of the command; built in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  log(row(['command', 'time', 'cpu', 'reference', 'ratio']));
  log(row(['---', '---', '---', '---', '---']));
  const cell = (x) => seconds(x * 1000);
  if (scipyOk) {
    for (const r of solver) {
      log(row([`solver, ${r.case} (in process)`, cell(r.ours), '', `scipy ${cell(r.scipy)}${r.optimumMatches ? ', same optimum' : `, OPTIMUM MISMATCH ${r.total} vs ${r.scipyTotal}`}`, r.ratio.toFixed(2)]));
    }
  }
  const match = built['pair match --yes'];
  const teams = solver[0];
  const cpuOf = (x) => (x.cpu === null ? '' : seconds(x.cpu));
  log(row(['pair match --yes (end to end)', seconds(match.ms), cpuOf(match), teams ? `scipy ${cell(teams.scipy)}` : 'scipy not installed', teams ? (match.ms / 1000 / teams.scipy).toFixed(2) : '–']));
  for (const name of ['person import', 'participant import', 'session import']) log(row([`${name} (once)`, seconds(built[name].ms), cpuOf(built[name]), '–', '–']));
  for (const r of results) log(row([r.name, seconds(r.ms), r.cpu === null ? '' : seconds(r.cpu), r.ref ? `${r.ref.label} ${seconds(r.ref.ms)}` : '–', r.ref ? (r.ms / r.ref.ms).toFixed(2) : '–']));
  if (!sqliteOk) log('(sqlite3 CLI not found: no reference column for backup, export, db check, report)');
  if (keep) log(`database kept: ${db}`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
