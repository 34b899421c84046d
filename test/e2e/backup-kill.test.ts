import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { sqlDb } from '../helpers/sql-db.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));
const env = { PATH: process.env.PATH ?? '', HOME: tempDir() };

/** About 40 MB of personal data: 8,000 sessions with 5 KB notes. */
function bulkyDb(): string {
  return sqlDb(`
    INSERT INTO round (name, starts_on, ends_on) VALUES ('2026', '2026-01-15', '2026-07-15');
    INSERT INTO person (id, name, email) VALUES (1, 'Mia Mentee', 'mia@example.com');
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
      INSERT INTO session (round_id, mentee_id, date, minutes, note) SELECT 1, 1, '2026-02-01', 60, printf('%d %.5000c', i, 'x') FROM n
  `);
}

const backup = (db: string, file: string) => spawn(process.execPath, [bin, '--db', db, 'backup', file, '-q'], { env, stdio: 'ignore' });

describe('backup killed mid-run', () => {
  it('never leaves a half copy under the real name, and the next backup removes the stale full copies', async () => {
    const db = bulkyDb();
    const dir = tempDir();
    const start = Date.now();
    expect(spawnSync(process.execPath, [bin, '--db', db, 'backup', join(tempDir(), 'probe.db')], { env }).status).toBe(0);
    const full = Date.now() - start;

    let killed = 0;
    for (const [i, fraction] of [0.2, 0.35, 0.5, 0.65, 0.8].entries()) {
      const file = join(dir, `b${i}.db`);
      const child = backup(db, file);
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.round(full * fraction));
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, s) => resolve(s)));
      clearTimeout(timer);
      if (signal === 'SIGKILL') killed++;
      // Under its name only a complete, checked copy.
      if (existsSync(file)) expect(spawnSync(process.execPath, [bin, '--db', file, 'db', 'check', '-q'], { env }).status).toBe(0);
    }
    expect(killed).toBeGreaterThanOrEqual(1);
    const leftovers = readdirSync(dir).filter((name) => name.startsWith('.'));
    for (const name of leftovers) expect(name).toMatch(/^\.b\d\.db\.[0-9a-f]{12}\.tmp(-journal)?$/);

    const hourAgo = new Date(Date.now() - 3600_000);
    for (const name of leftovers) utimesSync(join(dir, name), hourAgo, hourAgo);
    expect(spawnSync(process.execPath, [bin, '--db', db, 'backup', join(dir, 'next.db')], { env }).status).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);
});
