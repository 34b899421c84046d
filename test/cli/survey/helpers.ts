import { fileURLToPath } from 'node:url';
import { tandem } from '../../helpers/cli.js';
import type { Script } from '../../helpers/prompter.js';
import { withRound, writeTemp } from '../../helpers/fixtures.js';

/** The 23-response fixture: 9 mentors, 14 mentees, every yes/no spelling, CRLF, columns in any order. */
export const FIXTURE_23 = fileURLToPath(new URL('./fixtures/responses-23.csv', import.meta.url));

const HEADER = 'role,recommend,nps,satisfaction,learning,continue,highlight';

/** A survey CSV with `mentors` and `mentees` rows; each text names its writer's role and number. */
export function rolesCsv(mentors: number, mentees: number, text = (role: string, i: number) => `${role.toUpperCase()}-TEXT-${i}`): string {
  const rows = [HEADER];
  const row = (role: string, i: number) => `${role},${i % 2 === 0 ? 'yes' : 'no'},${i % 11},${(i % 5) + 1},${((i + 2) % 5) + 1},yes,${text(role, i)}`;
  for (let i = 0; i < mentors; i++) rows.push(row('mentor', i));
  for (let i = 0; i < mentees; i++) rows.push(row('mentee', i));
  return `${rows.join('\n')}\n`;
}

/** Round 2026 with survey `final` (or another name); throws if a step fails. */
export async function withSurvey(db: string, name = 'final'): Promise<void> {
  await withRound(db);
  const created = await tandem(db, ['survey', 'create', '--round', '2026', '--name', name]);
  if (created.code !== 0) throw new Error(created.stderr);
}

/** Imports CSV text into a survey of round 2026; throws if it fails. */
export async function importCsv(db: string, csv: string, name = 'final'): Promise<void> {
  const file = writeTemp('answers.csv', csv);
  const result = await tandem(db, ['survey', 'import', file, '--round', '2026', '--name', name]);
  if (result.code !== 0) throw new Error(result.stderr);
}

/** Every question of the standard survey skipped, then "save" (the input answer is `text`). */
export function allSkipped(text = ''): Script {
  return [
    { kind: 'select', answer: 'skip' },
    { kind: 'number', answer: undefined },
    { kind: 'select', answer: 'skip' },
    { kind: 'select', answer: 'skip' },
    { kind: 'select', answer: 'skip' },
    { kind: 'input', answer: text },
    { kind: 'confirm', answer: true },
  ];
}
