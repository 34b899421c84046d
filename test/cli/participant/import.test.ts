import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { participantsCsv, withRound, writeTemp } from '../../helpers/fixtures.js';

describe('participant import', () => {
  it('lists exactly the bad rows of a 200-row file, writes nothing, then imports once fixed and is idempotent', async () => {
    const db = tempDbPath();
    await withRound(db);
    const good = participantsCsv(200);
    const lines = good.split('\n');
    lines[10] = lines[10]!.replace('p9@example.com', 'p9-at-example.com');
    lines[50] = lines[50]!.replace(',mentee,', ',boss,');
    lines[120] = lines[120]!.replace(',1,de', ',0,de');
    const file = writeTemp('participants.csv', lines.join('\n'));
    const before = snapshot(db);

    const bad = await tandem(db, ['participant', 'import', file, '--round', '2026']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      [
        'tandem: error: participants.csv: 3 errors; nothing was imported',
        'participants.csv:11: email: "p9-at-example.com" is not a valid email address',
        'participants.csv:51: role: unknown role "boss" (expected mentor or mentee)',
        'participants.csv:121: capacity: "0" must be a whole number from 1 to 50',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toEqual(before);

    writeFileSync(file, good);
    const first = await tandem(db, ['participant', 'import', file, '--round', '2026']);
    expect(first).toMatchObject({ code: 0, stderr: '200 added, 0 updated, 0 unchanged\n' });
    const again = await tandem(db, ['participant', 'import', file, '--round', '2026', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, updated: 0, unchanged: 200 });
    const shown = JSON.parse((await tandem(db, ['round', 'show', '2026', '--json'])).stdout);
    expect(shown.counts).toMatchObject({ mentors: 100, mentees: 100 });
  });

  it('reads semicolon files with a BOM, any column order and case, and list separators', async () => {
    const db = tempDbPath();
    await withRound(db);
    const file = writeTemp(
      'teilnehmende.csv',
      '\uFEFFRole;EMAIL;Name;Topics;Languages;Capacity\nmentor;Lena.Vogel@Example.com;Lena Vogel;#Instagram, TikTok|hashtags;de,en;2\nmentee;k.berger@example.com;"Berger; Klaus";;;\n',
    );
    const result = await tandem(db, ['participant', 'import', file, '--round', '2026']);
    expect(result).toMatchObject({ code: 0, stderr: '2 added, 0 updated, 0 unchanged\n' });
    const list = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--json'])).stdout);
    expect(list).toEqual([
      { name: 'Lena Vogel', email: 'lena.vogel@example.com', role: 'mentor', department: null, location: null, managerEmail: null, topics: ['instagram', 'tiktok', 'hashtags'], capacity: 2, languages: ['de', 'en'] },
      { name: 'Berger; Klaus', email: 'k.berger@example.com', role: 'mentee', department: null, location: null, managerEmail: null, topics: [], capacity: 1, languages: [] },
    ]);
  });

  it('counts updates when a re-import changes a row, and keeps values of empty cells', async () => {
    const db = tempDbPath();
    await withRound(db);
    const file = writeTemp('p.csv', 'name,email,role,location,topics\nLena,lena@example.com,mentor,Hamburg,instagram\n');
    await tandem(db, ['participant', 'import', file, '--round', '2026']);
    writeFileSync(file, 'name,email,role,location,topics\nLena,lena@example.com,mentor,,instagram;twitter\n');
    const result = await tandem(db, ['participant', 'import', file, '--round', '2026', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const [lena] = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--json'])).stdout);
    expect(lena).toMatchObject({ location: 'Hamburg', topics: ['instagram', 'twitter'] });
  });

  it.each([
    ['an unknown column', 'name,email,role,shoe_size\nA,a@example.com,mentor,42\n', 'participants.csv:1: shoe_size: unknown column'],
    ['a missing required column', 'name,email\nA,a@example.com\n', 'participants.csv:1: role: required column is missing'],
    ['a duplicate email', 'name,email,role\nA,a@example.com,mentor\nB,A@example.com,mentee\n', 'participants.csv:3: email: duplicate email a@example.com (also on line 2)'],
    ['an unclosed quote', 'name,email,role\n"A,a@example.com,mentor\n', 'participants.csv:2: -: a quoted field is never closed (unclosed quote)'],
    ['a row with too many cells', 'name,email,role\nA,a@example.com,mentor,x\n', 'participants.csv:2: -: expected 3 cells, found 4'],
    ['text neither UTF-8 nor Windows-1252, at its line', Buffer.from('name,email,role\nA,a@example.com,mentor\nB\x81,b@example.com,mentor\n', 'latin1'), 'participants.csv:3: encoding: byte 0x81 is neither UTF-8 nor Windows-1252 text'],
    ['a misspelt column, with a suggestion', 'name,emial,role\nA,a@example.com,mentor\n', 'participants.csv:1: emial: unknown column (expected name, email, role, department, location, manager_email, topics, capacity, languages, salutation); did you mean "email"?'],
    ['a NUL byte', 'name,email,role\nA\0,a@example.com,mentor\n', 'participants.csv:2: -: contains a NUL byte'],
    ['an empty file', '', 'participants.csv:1: -: empty file: a header row is needed'],
    ['a self-managed person', 'name,email,role,manager_email\nA,a@example.com,mentor,a@example.com\n', 'participants.csv:2: manager_email: a person cannot be their own manager'],
    ['an empty name', 'name,email,role\n,a@example.com,mentor\n', 'participants.csv:2: name: is required'],
  ])('rejects %s with exit 2 and changes nothing', async (_what, content, line) => {
    const db = tempDbPath();
    await withRound(db);
    const file = writeTemp('participants.csv', content);
    const before = snapshot(db);
    const result = await tandem(db, ['participant', 'import', file, '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').some((l) => l.startsWith(line))).toBe(true);
    expect(result.stderr).toMatch(/^tandem: error: participants.csv: \d+ errors?; nothing was imported\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(db)).toEqual(before);
  });

  it('lists at most 50 errors and then a count', async () => {
    const db = tempDbPath();
    await withRound(db);
    const rows = ['name,email,role'];
    for (let i = 0; i < 60; i++) rows.push(`P${i},p${i}@example.com,boss`);
    const result = await tandem(db, ['participant', 'import', writeTemp('participants.csv', rows.join('\n')), '--round', '2026']);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(52);
    expect(lines[51]).toBe('… and 10 more errors');
  });

  it('refuses a missing file with exit 2', async () => {
    const db = tempDbPath();
    await withRound(db);
    const result = await tandem(db, ['participant', 'import', '/nonexistent/p.csv', '--round', '2026']);
    expect(result).toMatchObject({ code: 2, stderr: 'tandem: error: cannot read /nonexistent/p.csv: no such file\n' });
  });

  it('keeps the bytes of the file it reads', async () => {
    const file = writeTemp('p.csv', participantsCsv(3));
    const db = tempDbPath();
    await withRound(db);
    const before = readFileSync(file);
    await tandem(db, ['participant', 'import', file, '--round', '2026']);
    expect(readFileSync(file)).toEqual(before);
  });
});
