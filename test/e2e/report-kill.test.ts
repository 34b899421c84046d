import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { sqlDb } from '../helpers/sql-db.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const env = { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_TODAY: '2026-07-01' };

/** A large round built in SQL: 6,000 tandems, 120,000 sessions with topics and highlights. */
function largeRound(): string {
  return sqlDb(`
    INSERT INTO round (name, starts_on, ends_on) VALUES ('2026', '2026-01-15', '2026-07-15');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000)
      INSERT INTO person (id, name, email) SELECT i, 'Person ' || i, 'p' || i || '@example.com' FROM n;
    INSERT INTO participant (round_id, person_id, role, capacity) SELECT 1, id, CASE WHEN id <= 6000 THEN 'mentor' ELSE 'mentee' END, 1 FROM person;
    INSERT INTO pair (round_id, mentor_id, mentee_id, since) SELECT 1, id, id + 6000, '2026-01-15' FROM person WHERE id <= 6000;
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 119999)
      INSERT INTO session (id, round_id, mentee_id, date, minutes, topics, highlight)
      SELECT i + 1, 1, 6001 + i % 6000, date('2026-01-15', '+' || (i * 7 % 160) || ' days'), 30 + i % 60,
        CASE i % 3 WHEN 0 THEN '["instagram","stories"]' WHEN 1 THEN '["linkedin"]' ELSE '[]' END,
        CASE WHEN i % 50 = 0 THEN 'highlight ' || i END
      FROM n;
    INSERT INTO session_mentor (session_id, mentor_id) SELECT id, mentee_id - 6000 FROM session
  `);
}

function run(db: string, out: string): { code: number | null; ms: number } {
  const start = Date.now();
  const result = spawnSync(process.execPath, [bin, '--db', db, 'round', 'report', '2026', '--format', 'html', '--out', out, '-q'], { env, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return { code: result.status, ms: Date.now() - start };
}

/** Starts the report and sends SIGKILL after `delay` ms; resolves with how it ended. */
function killAfter(db: string, out: string, delay: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '--db', db, 'round', 'report', '2026', '--format', 'html', '--out', out, '-q'], { env, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

describe('round report --out killed mid-run', () => {
  it("leaves last week's report byte-identical, and no temporary file behind", async () => {
    const db = largeRound();
    const dir = tempDir();
    const out = join(dir, 'report.html');
    // How long a full run takes here, to kill it at points spread across it.
    const full = run(db, join(tempDir(), 'probe.html'));
    expect(full.code).toBe(0);

    const lastWeek = Buffer.from('<!doctype html><title>last week</title><p>the report of last week</p>\n');
    let killed = 0;
    let kept = 0;
    for (const fraction of [0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95]) {
      writeFileSync(out, lastWeek);
      const ended = await killAfter(db, out, Math.round(full.ms * fraction));
      const now = readFileSync(out);
      if (ended.signal === 'SIGKILL') {
        killed++;
        // Killed before the rename: the old report, byte for byte; killed after it: the whole new one.
        if (now.equals(lastWeek)) kept++;
        else expect(now.toString('utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
      } else {
        expect(ended.code).toBe(0);
        expect(now.toString('utf8')).toMatch(/<\/html>\n$/);
      }
      // Only a dot-temporary may remain (a kill during the write itself); never a half report under the real name.
      for (const name of readdirSync(dir)) if (name !== 'report.html') expect(name).toMatch(/^\.report\.html\.[0-9a-f]{12}\.tmp$/);
    }
    expect(killed).toBeGreaterThanOrEqual(3);
    expect(kept).toBeGreaterThanOrEqual(2);

    // The next successful run clears temporaries left by killed runs (once they are stale).
    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of readdirSync(dir)) if (name !== 'report.html') utimesSync(join(dir, name), hourAgo, hourAgo);
    expect(run(db, out).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['report.html']);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
  }, 120_000);
});
