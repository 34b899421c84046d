import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/cli/prompter.js';
import { snapshot, tandem, tempDbPath, tempDir, type RunResult } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import type { Step } from '../../helpers/prompter.js';
import { meanwhile, RoundBuilder, withDb } from '../../helpers/round-fixture.js';

// One rule, every door (SPEC §1 exit codes, issue 11): a person named in the other role,
// and a closed round, give the same exit code and the same message from an option, a CSV
// row, a JSON export and the wizard's save, and change nothing.

/**
 * Round 2026 (15 Jan – 15 Jul 2026): Mia mentors Anna; Otto, a mentor, and Bernd, a mentee,
 * are unpaired (the wizard proposes Otto–Bernd); Anna has goal #1.
 */
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d)
      .person('mia', 'Mia Maier', 'mentor')
      .person('otto', 'Otto Olsen', 'mentor')
      .person('anna', 'Anna Arendt', 'mentee')
      .person('bernd', 'Bernd Bauer', 'mentee')
      .pair('mia', 'anna')
      .goal('anna', 'G1');
  });
  return db;
}


const menu = (answer: string, extra: Partial<Step> = {}): Step => ({ kind: 'select', message: /^What next\?$/, answer, ...extra });
const csv = (name: string, text: string) => writeTemp(name, text);

/** A door: how to knock (against a prepared database) and, for row-wise doors, the file:line the message is listed under. */
interface Door {
  door: string;
  run: (db: string) => Promise<RunResult>;
  row?: string;
}

const wrongRole = (email: string) => `${email} takes part in round 2026 as a mentor, not as a mentee`;

/** Runs a door and returns its exit code and the rule's message, wherever the door prints it. */
async function knock(db: string, door: Door): Promise<{ code: number; message: string; stdout: string }> {
  const result = await door.run(db);
  const lines = result.stderr.split('\n');
  const line = door.row ? lines.find((l) => l.startsWith(door.row!)) : lines.find((l) => l.startsWith('tandem: error: '));
  const message = line === undefined ? `(not found in: ${result.stderr})` : door.row ? line.slice(door.row.length) : line.slice('tandem: error: '.length);
  return { code: result.code, message, stdout: result.stdout };
}

describe('wrong role: a mentor named as the mentee', () => {
  const doors: (Door & { email: string })[] = [
    { door: 'goal add --mentee', email: 'mia@example.com', run: (db) => tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'mia@example.com', 'x']) },
    { door: 'pair add <mentee-email>', email: 'mia@example.com', run: (db) => tandem(db, ['pair', 'add', 'otto@example.com', 'mia@example.com', '--round', '2026']) },
    { door: 'pair lock <mentee-email>', email: 'mia@example.com', run: (db) => tandem(db, ['pair', 'lock', 'otto@example.com', 'mia@example.com', '--round', '2026']) },
    { door: 'pair end <mentee-email>', email: 'mia@example.com', run: (db) => tandem(db, ['pair', 'end', 'otto@example.com', 'mia@example.com', '--round', '2026', '--reason', 'r']) },
    {
      door: 'session log --mentee',
      email: 'mia@example.com',
      run: (db) => tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'mia@example.com', '--minutes', '30']),
    },
    {
      door: 'goal import (CSV row)',
      email: 'mia@example.com',
      row: 'g.csv:3: mentee_email: ',
      run: (db) => tandem(db, ['goal', 'import', csv('g.csv', 'mentee_email,goal\nanna@example.com,ok\nmia@example.com,x\n'), '--round', '2026']),
    },
    {
      door: 'session import (CSV row)',
      email: 'mia@example.com',
      row: 's.csv:2: mentee_email: ',
      run: (db) => tandem(db, ['session', 'import', csv('s.csv', 'mentee_email,date,minutes\nmia@example.com,2026-02-01,30\n'), '--round', '2026']),
    },
    {
      door: 'import (JSON export with an active pair naming a mentor as mentee)',
      email: 'mia@example.com',
      run: async (db) => {
        const exported = JSON.parse((await tandem(db, ['export'])).stdout) as { tables: Record<string, Record<string, unknown>[]> };
        const person = (email: string) => exported.tables.person!.find((p) => p.email === email)!.id;
        exported.tables.pair!.push({ ...exported.tables.pair![0]!, id: 99, mentor_id: person('otto@example.com'), mentee_id: person('mia@example.com') });
        return tandem(join(tempDir(), 'restored.db'), ['import', writeTemp('export.json', JSON.stringify(exported))]);
      },
    },
    {
      door: 'the wizard (the proposed mentee became a mentor before save)',
      email: 'bernd@example.com',
      run: (db) =>
        tandem(db, ['pair', 'match', '--round', '2026'], {
          tty: true,
          env: { NO_COLOR: '1' },
          script: [
            menu('save', {
              pick: (_choices: Choice<unknown>[]) => {
                meanwhile(db, `UPDATE participant SET role = 'mentor' WHERE person_id = (SELECT id FROM person WHERE email = 'bernd@example.com')`);
                return 'save';
              },
            }),
          ],
        }),
    },
  ];

  it.each(doors)('$door: exit 2, one message, nothing changed', async (door) => {
    const db = fixture();
    const before = snapshot(db);
    const { code, message, stdout } = await knock(db, door);
    expect({ code, message }).toEqual({ code: 2, message: wrongRole(door.email) });
    expect(stdout).toBe('');
    if (!door.door.startsWith('the wizard')) expect(snapshot(db)).toEqual(before);
  });

  it('the wizard door saves nothing of the proposal', async () => {
    const db = fixture();
    await knock(db, doors.at(-1)!);
    const listed = JSON.parse((await tandem(db, ['pair', 'list', '--round', '2026', '--json'])).stdout) as { mentee: { email: string } }[];
    expect(listed.map((p) => p.mentee.email)).toEqual(['anna@example.com']);
  });

  it('the JSON door names the row in its hint and leaves no file behind', async () => {
    const db = fixture();
    const exported = JSON.parse((await tandem(db, ['export'])).stdout) as { tables: Record<string, Record<string, unknown>[]> };
    exported.tables.pair![0]!.mentee_id = exported.tables.pair![0]!.mentor_id;
    exported.tables.pair![0]!.mentor_id = exported.tables.person!.find((p) => p.email === 'otto@example.com')!.id;
    const target = join(tempDir(), 'restored.db');
    const result = await tandem(target, ['import', writeTemp('export.json', JSON.stringify(exported))]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `tandem: error: ${wrongRole('mia@example.com')}\nhint: in export.json at tables.pair[0].mentee_id; nothing was imported\n`,
    });
    expect(snapshot(target)).toBeNull();
  });
});

describe('the rule speaks the run\'s language', () => {
  it.each([
    ['goal add', ['goal', 'add', '--round', '2026', '--mentee', 'mia@example.com', 'x']],
    ['session log', ['session', 'log', '--round', '2026', '--mentee', 'mia@example.com', '--minutes', '30']],
  ])('%s --lang de', async (_door, argv) => {
    const db = fixture();
    const result = await tandem(db, ['--lang', 'de', ...argv]);
    expect(result).toMatchObject({ code: 2, stderr: 'tandem: Fehler: mia@example.com nimmt an Runde 2026 als Mentor:in teil, nicht als Mentee\n' });
  });
});

describe('closed round: every door refuses with exit 1 and one message', () => {
  const closed = 'round "2026" is closed: no further sessions or matching';
  const participants = 'name,email,role\nNeu Nina,nina@example.com,mentee\n';
  const doors: Door[] = [
    { door: 'goal add', run: (db) => tandem(db, ['goal', 'add', '--round', '2026', '--mentee', 'anna@example.com', 'x']) },
    { door: 'goal done', run: (db) => tandem(db, ['goal', 'done', '1', '--date', '2026-02-01']) },
    { door: 'goal remove', run: (db) => tandem(db, ['goal', 'remove', '1']) },
    { door: 'goal import (CSV)', run: (db) => tandem(db, ['goal', 'import', csv('g.csv', 'mentee_email,goal\nanna@example.com,x\n'), '--round', '2026']) },
    { door: 'session log', run: (db) => tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--date', '2026-02-01']) },
    { door: 'session import (CSV)', run: (db) => tandem(db, ['session', 'import', csv('s.csv', 'mentee_email,date,minutes\nanna@example.com,2026-02-01,30\n'), '--round', '2026']) },
    { door: 'pair add', run: (db) => tandem(db, ['pair', 'add', 'otto@example.com', 'bernd@example.com', '--round', '2026']) },
    { door: 'pair lock', run: (db) => tandem(db, ['pair', 'lock', 'mia@example.com', 'anna@example.com', '--round', '2026']) },
    { door: 'pair match --yes', run: (db) => tandem(db, ['pair', 'match', '--round', '2026', '--yes']) },
    { door: 'pair match --dry-run', run: (db) => tandem(db, ['pair', 'match', '--round', '2026', '--dry-run']) },
    { door: 'participant add', run: (db) => tandem(db, ['participant', 'add', '--round', '2026', '--name', 'Neu Nina', '--email', 'nina@example.com', '--role', 'mentee']) },
    { door: 'participant import (CSV)', run: (db) => tandem(db, ['participant', 'import', csv('p.csv', participants), '--round', '2026']) },
  ];

  it.each(doors)('$door', async (door) => {
    const db = fixture();
    meanwhile(db, `UPDATE round SET closed_on = '2026-02-28'`);
    const before = snapshot(db);
    const { code, message, stdout } = await knock(db, door);
    expect({ code, message, stdout }).toEqual({ code: 1, message: closed, stdout: '' });
    expect(snapshot(db)).toEqual(before);
  });

  it('the wizard: the round closed while it was open → the same exit and message, nothing saved', async () => {
    const db = fixture();
    const result = await tandem(db, ['pair', 'match', '--round', '2026'], {
      tty: true,
      env: { NO_COLOR: '1' },
      script: [
        menu('save', {
          pick: () => {
            meanwhile(db, `UPDATE round SET closed_on = '2026-02-28'`);
            return 'save';
          },
        }),
      ],
    });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').find((l) => l.startsWith('tandem: error: '))).toBe(`tandem: error: ${closed}`);
    const listed = JSON.parse((await tandem(db, ['pair', 'list', '--round', '2026', '--json'])).stdout) as unknown[];
    expect(listed).toHaveLength(1);
  });
});
