import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';

// One rule, one verdict: the same bad value gets exit 2 and the same message from every
// door (a command option, a CSV cell, a JSON import), and nothing is stored.

const LONG_TOPICS = Array.from({ length: 120 }, (_, i) => `topic-${String(i).padStart(3, '0')}`).join('|'); // 1,319 characters

interface Case {
  /** What the rule says after the door's own prefix (`--option: `, `file.csv:LINE: column: `). */
  message: string;
  option?: { command: 'participant' | 'person'; args: string[] };
  csv?: { file: 'participants.csv' | 'people.csv'; header: string; row: string; column: string };
  json?: { table: 'person' | 'participant'; column: string; value: string };
}

const participant = ['--round', '2026', '--name', 'Lena Vogel', '--email', 'lena@example.com', '--role', 'mentor'];
const person = ['--name', 'Lena Vogel', '--email', 'lena@example.com'];

const CASES: [string, Case][] = [
  [
    'over-long topics',
    {
      message: 'is longer than 1000 characters',
      option: { command: 'participant', args: [...participant, '--topics', LONG_TOPICS] },
      csv: { file: 'participants.csv', header: 'name,email,role,topics', row: `Lena Vogel,lena@example.com,mentor,${LONG_TOPICS}`, column: 'topics' },
      json: { table: 'participant', column: 'topics', value: JSON.stringify(['x'.repeat(1001)]) },
    },
  ],
  [
    'an invalid language tag (participant)',
    {
      message: '"xx-yy-zz" is not a language tag (such as de, en or en-GB)',
      option: { command: 'participant', args: [...participant, '--languages', 'de,xx-yy-zz'] },
      csv: { file: 'participants.csv', header: 'name,email,role,languages', row: 'Lena Vogel,lena@example.com,mentor,de;xx-yy-zz', column: 'languages' },
      json: { table: 'person', column: 'languages', value: JSON.stringify(['de', 'xx-yy-zz']) },
    },
  ],
  [
    'an invalid language tag (person)',
    {
      message: '"12345" is not a language tag (such as de, en or en-GB)',
      option: { command: 'person', args: [...person, '--languages', 'en-GB,12345'] },
      csv: { file: 'people.csv', header: 'name,email,languages', row: 'Lena Vogel,lena@example.com,en-GB|12345', column: 'languages' },
      json: { table: 'person', column: 'languages', value: JSON.stringify(['12345']) },
    },
  ],
  [
    'a "de,en" cell in a comma-separated file',
    {
      message: '"de,en" is not a language tag (such as de, en or en-GB); in this file, list items are separated by ";" or "|"',
      csv: { file: 'participants.csv', header: 'name,email,role,languages', row: 'Lena Vogel,lena@example.com,mentor,"de,en"', column: 'languages' },
    },
  ],
  [
    'a "de,en" cell in a people file',
    {
      message: '"de,en" is not a language tag (such as de, en or en-GB); in this file, list items are separated by ";" or "|"',
      csv: { file: 'people.csv', header: 'name,email,languages', row: 'Lena Vogel,lena@example.com,"de,en"', column: 'languages' },
    },
  ],
  [
    'a "de,en" item in a JSON list',
    {
      message: '"de,en" is not a language tag (such as de, en or en-GB); give each language as its own list item',
      json: { table: 'person', column: 'languages', value: JSON.stringify(['de,en']) },
    },
  ],
];

/** An export document with one round, one person and one participant, to spoil one value of. */
let exportDoc: { tables: Record<string, Record<string, unknown>[]> };

beforeAll(async () => {
  const db = tempDbPath();
  await withRound(db);
  expect((await tandem(db, ['participant', 'add', ...participant, '--languages', 'de', '--topics', 'instagram'])).code).toBe(0);
  exportDoc = JSON.parse((await tandem(db, ['export'])).stdout);
});

describe('one definition per field, the same verdict through every door', () => {
  for (const [name, c] of CASES) {
    if (c.option) {
      it(`${name}: the option door`, async () => {
        const db = tempDbPath();
        await withRound(db);
        const before = snapshot(db);
        const result = await tandem(db, [c.option!.command, 'add', ...c.option!.args]);
        const option = c.option!.args.find((a) => a === '--topics' || a === '--languages');
        expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: ${option}: ${c.message}\n` });
        expect(snapshot(db)).toEqual(before);
      });
    }
    if (c.csv) {
      it(`${name}: the CSV door`, async () => {
        const db = tempDbPath();
        await withRound(db);
        const before = snapshot(db);
        const file = join(tempDir(), c.csv!.file);
        writeFileSync(file, `${c.csv!.header}\n${c.csv!.row}\n`);
        const argv = c.csv!.file === 'people.csv' ? ['person', 'import', file] : ['participant', 'import', file, '--round', '2026'];
        const result = await tandem(db, argv);
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `tandem: error: ${c.csv!.file}: 1 error; nothing was imported\n${c.csv!.file}:2: ${c.csv!.column}: ${c.message}\n`,
        });
        expect(snapshot(db)).toEqual(before);
      });
    }
    if (c.json) {
      it(`${name}: the JSON import door`, async () => {
        const doc = structuredClone(exportDoc);
        doc.tables[c.json!.table]![0]![c.json!.column] = c.json!.value;
        const file = join(tempDir(), 'export.json');
        writeFileSync(file, JSON.stringify(doc));
        const db = tempDbPath();
        const result = await tandem(db, ['import', file]);
        expect(result).toEqual({
          code: 2,
          stdout: '',
          stderr: `tandem: error: export.json: 1 error; nothing was imported\nexport.json:tables.${c.json!.table}[0]: ${c.json!.column}: ${c.message}\n`,
        });
        expect(existsSync(db)).toBe(false);
      });
    }
  }

  it('stores languages as lower-case primary tags through every door', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect((await tandem(db, ['person', 'add', '--name', 'A', '--email', 'a@example.com', '--languages', 'en-GB, DE ,tr'])).code).toBe(0);
    const file = join(tempDir(), 'people.csv');
    writeFileSync(file, 'name,email,languages\nB,b@example.com,es-419;PT|en-us\n');
    expect((await tandem(db, ['person', 'import', file])).code).toBe(0);
    const people = JSON.parse((await tandem(db, ['person', 'list', '--json'])).stdout) as { email: string; languages: string[] }[];
    expect(people.map((p) => [p.email, p.languages])).toEqual([
      ['a@example.com', ['en', 'de', 'tr']],
      ['b@example.com', ['es', 'pt', 'en']],
    ]);
    // A JSON import normalises the same way.
    const doc = structuredClone(exportDoc);
    doc.tables.person![0]!.languages = JSON.stringify(['en-GB', 'DE']);
    const exported = join(tempDir(), 'export.json');
    writeFileSync(exported, JSON.stringify(doc));
    const restored = tempDbPath();
    expect((await tandem(restored, ['import', exported])).code).toBe(0);
    const list = JSON.parse((await tandem(restored, ['participant', 'list', '--round', '2026', '--json'])).stdout);
    expect(list[0].languages).toEqual(['en', 'de']);
  });

  it('an error line quoting a cell with a line break stays one line', async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const file = join(tempDir(), 'people.csv');
    writeFileSync(file, 'name,email,languages\nA,a@example.com,"de\nxx-yy-zz"\n');
    const result = await tandem(db, ['person', 'import', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'tandem: error: people.csv: 1 error; nothing was imported',
      'people.csv:3: languages: "de\\nxx-yy-zz" is not a language tag (such as de, en or en-GB)',
      '',
    ]);
    expect(snapshot(db)).toEqual(before);
  });

  it('German runs read the same rule in German', async () => {
    const db = tempDbPath();
    await withRound(db);
    const result = await tandem(db, ['--lang', 'de', 'person', 'add', ...person, '--languages', 'xx-yy-zz']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'tandem: Fehler: --languages: „xx-yy-zz“ ist kein Sprachkürzel (wie de, en oder en-GB)\n' });
  });
});


describe('session topics: one limit through the option, the question, the CSV and the JSON import', () => {
  const MESSAGE = 'is longer than 1000 characters';

  /** Round 2026 with Anna (mentee) paired with Mia (mentor). */
  async function tandemDb(): Promise<string> {
    const db = tempDbPath();
    await withRound(db);
    for (const argv of [
      ['participant', 'add', '--round', '2026', '--name', 'Mia', '--email', 'mia@example.com', '--role', 'mentor'],
      ['participant', 'add', '--round', '2026', '--name', 'Anna', '--email', 'anna@example.com', '--role', 'mentee'],
      ['pair', 'add', 'mia@example.com', 'anna@example.com', '--round', '2026'],
    ]) {
      const result = await tandem(db, argv);
      if (result.code !== 0) throw new Error(result.stderr);
    }
    return db;
  }

  const log = ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--date', '2026-02-01', '--minutes', '30'];

  it('the option door', async () => {
    const db = await tandemDb();
    const before = snapshot(db);
    const result = await tandem(db, [...log, '--topics', LONG_TOPICS]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: --topics: ${MESSAGE}\n` });
    expect(snapshot(db)).toEqual(before);
  });

  it('the question on a terminal', async () => {
    const db = await tandemDb();
    const before = snapshot(db);
    const result = await tandem(db, [...log.slice(0, -2), '--format', 'video'], {
      tty: true,
      script: [
        { kind: 'number', message: /Minutes/, answer: 30 },
        { kind: 'input', message: /Topics/, answer: LONG_TOPICS },
      ],
    });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: --topics: ${MESSAGE}\n` });
    expect(snapshot(db)).toEqual(before);
  });

  it('the CSV door', async () => {
    const db = await tandemDb();
    const before = snapshot(db);
    const file = join(tempDir(), 'sessions.csv');
    writeFileSync(file, `mentee_email,date,minutes,topics\nanna@example.com,2026-02-01,30,${LONG_TOPICS}\n`);
    const result = await tandem(db, ['session', 'import', file, '--round', '2026']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `tandem: error: sessions.csv: 1 error; nothing was imported\nsessions.csv:2: topics: ${MESSAGE}\n`,
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('the JSON import door', async () => {
    const db = await tandemDb();
    expect((await tandem(db, [...log, '--topics', 'instagram'])).code).toBe(0);
    const doc = JSON.parse((await tandem(db, ['export'])).stdout);
    doc.tables.session[0].topics = JSON.stringify(['t'.repeat(1001)]);
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, JSON.stringify(doc));
    const restored = tempDbPath();
    const result = await tandem(restored, ['import', file]);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `tandem: error: export.json: 1 error; nothing was imported\nexport.json:tables.session[0]: topics: ${MESSAGE}\n`,
    });
    expect(existsSync(restored)).toBe(false);
  });
});
