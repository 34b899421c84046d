import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tandem, tempDir } from './cli.js';

/** Writes a file into a fresh temporary folder and returns its path. */
export function writeTemp(name: string, content: string | Uint8Array, dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A participants CSV of `n` rows alternating mentor/mentee. */
export function participantsCsv(n: number): string {
  const rows = ['name,email,role,department,location,manager_email,topics,capacity,languages'];
  for (let i = 0; i < n; i++) {
    const role = i % 2 === 0 ? 'mentor' : 'mentee';
    rows.push(`Person ${i},p${i}@example.com,${role},Dept ${i % 5},Loc ${i % 3},boss${i % 4}@example.com,instagram;#Twitter,1,de|en`);
  }
  return `${rows.join('\n')}\n`;
}

/** Creates round 2026 (2026-01-15 – 2026-07-15) in a database; throws if it fails. */
export async function withRound(db: string, name = '2026', start = '2026-01-15'): Promise<void> {
  const result = await tandem(db, ['round', 'create', name, '--start', start]);
  if (result.code !== 0) throw new Error(result.stderr);
}
