import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshot, tempDir } from '../helpers/cli.js';
import { hasFormula, readXlsx } from '../helpers/xlsx.js';

const bin = fileURLToPath(new URL('../../bin/tandem.js', import.meta.url));

/** Spawns the real CLI (built dist/) on a database, with a clean environment. */
function tandem(db: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [bin, '--db', db, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_TODAY: '2027-03-01', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes an .xlsx file with exceljs: each sheet as rows of cell values (Dates become Excel date cells). */
async function workbook(path: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value === undefined) return;
        const cell = sheet.getCell(i + 1, j + 1);
        cell.value = value as ExcelJS.CellValue;
        if (value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      });
    });
  }
  await book.xlsx.writeFile(path);
  return path;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CRLF_BOM = (lines: string[]) => `\ufeff${lines.join('\r\n')}\r\n`;

function query<T>(db: string, sql: string): T[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).all() as T[];
  } finally {
    handle.close();
  }
}

describe('German HR files: Excel in, Excel out (issue 13)', () => {
  const dir = tempDir('tandem-excel-');
  const db = join(dir, 'tandem.db');
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    // The org chart: a title row and an empty row above the header, which starts in column B.
    await workbook(file('Organigramm.xlsx'), {
      Mitarbeiter: [
        [undefined, 'Organigramm Stand Januar'],
        [],
        [undefined, 'Name', 'E-Mail', 'Abteilung', 'Standort', 'Vorgesetzte:r E-Mail', 'Sprachen'],
        [undefined, 'Jürgen Groß', 'Juergen.Gross@example.com', 'Vorstand', 'München', '', 'de, en'],
        [undefined, 'Öznur Şahin', 'oeznur@example.com', 'Personal', 'Köln', 'juergen.gross@example.com', 'de'],
        [undefined, 'Lena Vogel', 'lena@example.com', 'IT', 'München', 'oeznur@example.com', 'de; en'],
      ],
    });
    // Participants on the second sheet, picked with --sheet; roles and capacity as German Excel has them.
    await workbook(file('Teilnehmende.xlsx'), {
      Hinweise: [['Bitte nicht ändern']],
      'Runde 2027': [
        ['Name', 'E-Mail', 'Rolle', 'Themen', 'Kapazität', 'Standort'],
        ['Jürgen Groß', 'juergen.gross@example.com', 'Mentee', 'Instagram, LinkedIn', undefined, 'München'],
        ['Lena Vogel', 'lena@example.com', 'Mentorin', 'instagram|hashtags', 2, 'München'],
      ],
    });
    // Sessions with Excel date cells, minutes as numbers, German formats.
    await workbook(file('Treffen.xlsx'), {
      Treffen: [
        ['Mentee-E-Mail', 'Datum', 'Minuten', 'Format', 'Themen', 'Notiz', 'Höhepunkt'],
        ['juergen.gross@example.com', day('2027-01-20'), 60, 'Präsenz', 'Instagram', 'Erstes Treffen in der Kantine', 'Story gepostet: „Grüße aus München“'],
        ['juergen.gross@example.com', day('2027-02-03'), 45, 'Teams', 'linkedin', '', ''],
      ],
    });
    await workbook(file('Ziele.xlsx'), {
      Ziele: [
        ['Mentee-E-Mail', 'Ziel', 'Thema', 'Erreicht am'],
        ['juergen.gross@example.com', 'Eine erste Instagram-Story posten', 'Instagram', day('2027-01-20')],
        ['juergen.gross@example.com', 'LinkedIn-Profil überarbeiten', 'linkedin', undefined],
      ],
    });
    // Survey answers as Microsoft Forms exports them to Excel: booleans, numbers, umlauts.
    await workbook(file('Umfrage.xlsx'), {
      Antworten: [
        ['Rolle', 'recommend', 'nps', 'satisfaction', 'continue', 'highlight'],
        ['Mentorin', true, 9, 5, 'ja', 'Der Vorstand kennt jetzt Hashtags – großartig'],
        ['Mentee', 'x', 10, 4, 'nein', 'Über Social Media gelernt'],
      ],
    });
  });

  it('imports org chart, participants, sessions, goals and survey answers from .xlsx, checked field by field', async () => {
    expect(tandem(db, ['person', 'import', file('Organigramm.xlsx')])).toMatchObject({ code: 0, stderr: '3 added, 0 updated, 0 unchanged\n' });
    // A German date in an option.
    expect(tandem(db, ['round', 'create', '2027', '--start', '15.1.2027'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['participant', 'import', file('Teilnehmende.xlsx'), '--sheet', 'runde 2027', '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['pair', 'add', 'lena@example.com', 'juergen.gross@example.com', '--round', '2027', '--since', '15.01.2027', '--force'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['session', 'import', file('Treffen.xlsx'), '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['goal', 'import', file('Ziele.xlsx'), '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['survey', 'create', '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['survey', 'import', file('Umfrage.xlsx'), '--round', '2027'])).toMatchObject({ code: 0 });

    const people = JSON.parse(tandem(db, ['person', 'list', '--json']).stdout);
    expect(people).toEqual([
      { name: 'Jürgen Groß', email: 'juergen.gross@example.com', department: 'Vorstand', location: 'München', managerEmail: null, languages: ['de', 'en'] },
      { name: 'Lena Vogel', email: 'lena@example.com', department: 'IT', location: 'München', managerEmail: 'oeznur@example.com', languages: ['de', 'en'] },
      { name: 'Öznur Şahin', email: 'oeznur@example.com', department: 'Personal', location: 'Köln', managerEmail: 'juergen.gross@example.com', languages: ['de'] },
    ]);
    const byEmail = (a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email);
    const participants = JSON.parse(tandem(db, ['participant', 'list', '--round', '2027', '--json']).stdout).sort(byEmail);
    expect(participants).toEqual([
      expect.objectContaining({ email: 'juergen.gross@example.com', role: 'mentee', topics: ['instagram', 'linkedin'], capacity: 1 }),
      expect.objectContaining({ email: 'lena@example.com', role: 'mentor', topics: ['instagram', 'hashtags'], capacity: 2, department: 'IT' }),
    ]);
    const sessions = JSON.parse(tandem(db, ['session', 'list', '--round', '2027', '--json']).stdout);
    expect(sessions.map((s: Record<string, unknown>) => [s.date, s.minutes, s.format, s.topics, s.note, s.highlight])).toEqual([
      ['2027-01-20', 60, 'in-person', ['instagram'], 'Erstes Treffen in der Kantine', 'Story gepostet: „Grüße aus München“'],
      ['2027-02-03', 45, 'video', ['linkedin'], null, null],
    ]);
    expect(sessions[0].mentors).toEqual([{ name: 'Lena Vogel', email: 'lena@example.com' }]);
    const goals = JSON.parse(tandem(db, ['goal', 'list', '--round', '2027', '--json']).stdout);
    expect(goals.map((g: Record<string, unknown>) => [g.text, g.topic, g.achievedOn])).toEqual([
      ['Eine erste Instagram-Story posten', 'instagram', '2027-01-20'],
      ['LinkedIn-Profil überarbeiten', 'linkedin', null],
    ]);
    const responses = query<{ role: string; answers: string }>(db, 'SELECT role, answers FROM survey_response ORDER BY role DESC');
    expect(responses.map((r) => [r.role, JSON.parse(r.answers)])).toEqual([
      ['mentor', { recommend: true, nps: 9, satisfaction: 5, continue: true, highlight: 'Der Vorstand kennt jetzt Hashtags – großartig' }],
      ['mentee', { recommend: true, nps: 10, satisfaction: 4, continue: false, highlight: 'Über Social Media gelernt' }],
    ]);
    // Re-importing the same workbooks adds nothing.
    expect(tandem(db, ['session', 'import', file('Treffen.xlsx'), '--round', '2027', '--json']).stdout).toContain('"added": 0');
  });

  it('imports German-Excel CSVs: semicolons, BOM, CRLF, DD.MM.YYYY, German values, and a Windows-1252 file with one notice', () => {
    const csvDb = join(dir, 'csv.db');
    writeFileSync(
      file('org.csv'),
      CRLF_BOM(['Name;E-Mail;Abteilung;Standort;Vorgesetzte E-Mail;Sprachen', 'Jürgen Groß;juergen.gross@example.com;Vorstand;München;;de,en', 'Lena Vogel;lena@example.com;IT;München;;de']),
    );
    // "CSV (Trennzeichen-getrennt)" of an older Excel: Windows-1252, ä = 0xE4, ü = 0xFC, „ = 0x84.
    writeFileSync(
      file('teilnehmende.csv'),
      Buffer.from('Name;E-Mail;Rolle;Themen;Kapazit\xe4t\r\nJ\xfcrgen Gro\xdf;juergen.gross@example.com;Mentee;Instagram;\r\nLena Vogel;lena@example.com;Mentor:in;Instagram, Hashtags;1\r\n', 'latin1'),
    );
    writeFileSync(
      file('treffen.csv'),
      CRLF_BOM(['Mentee-E-Mail;Datum;Minuten;Format;Notiz', 'juergen.gross@example.com;20.01.2027;60;vor Ort;Kantine', 'juergen.gross@example.com;3.2.2027;30;Telefon;', ';;;;']),
    );
    writeFileSync(file('ziele.csv'), CRLF_BOM(['Mentee-E-Mail;Ziel;Erreicht am', 'juergen.gross@example.com;Hashtags verstehen;03.02.2027']));
    writeFileSync(file('umfrage.csv'), CRLF_BOM(['Rolle;recommend;nps;continue', 'Mentorin;ja;8;x', 'Mentee;nein;6;nein']));

    expect(tandem(csvDb, ['person', 'import', file('org.csv')])).toMatchObject({ code: 0 });
    expect(tandem(csvDb, ['round', 'create', '2027', '--start', '15.01.2027'])).toMatchObject({ code: 0 });
    const cp1252 = tandem(csvDb, ['participant', 'import', file('teilnehmende.csv'), '--round', '2027']);
    expect(cp1252).toMatchObject({ code: 0, stderr: 'teilnehmende.csv: read as Windows-1252; save as "CSV UTF-8" to avoid this\n2 added, 0 updated, 0 unchanged\n' });
    expect(tandem(csvDb, ['pair', 'add', 'lena@example.com', 'juergen.gross@example.com', '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(csvDb, ['session', 'import', file('treffen.csv'), '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(csvDb, ['goal', 'import', file('ziele.csv'), '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(csvDb, ['survey', 'create', '--round', '2027'])).toMatchObject({ code: 0 });
    expect(tandem(csvDb, ['survey', 'import', file('umfrage.csv'), '--round', '2027'])).toMatchObject({ code: 0 });

    const participants = JSON.parse(tandem(csvDb, ['participant', 'list', '--round', '2027', '--json']).stdout).sort((a: { email: string }, b: { email: string }) => a.email.localeCompare(b.email));
    expect(participants).toEqual([
      expect.objectContaining({ name: 'Jürgen Groß', email: 'juergen.gross@example.com', role: 'mentee', topics: ['instagram'], department: 'Vorstand', languages: ['de', 'en'] }),
      expect.objectContaining({ name: 'Lena Vogel', email: 'lena@example.com', role: 'mentor', topics: ['instagram', 'hashtags'], capacity: 1 }),
    ]);
    const sessions = JSON.parse(tandem(csvDb, ['session', 'list', '--round', '2027', '--json']).stdout);
    expect(sessions.map((s: Record<string, unknown>) => [s.date, s.minutes, s.format, s.note])).toEqual([
      ['2027-01-20', 60, 'in-person', 'Kantine'],
      ['2027-02-03', 30, 'phone', null],
    ]);
    const goals = JSON.parse(tandem(csvDb, ['goal', 'list', '--round', '2027', '--json']).stdout);
    expect(goals.map((g: Record<string, unknown>) => [g.text, g.achievedOn])).toEqual([['Hashtags verstehen', '2027-02-03']]);
    const responses = query<{ role: string; answers: string }>(csvDb, 'SELECT role, answers FROM survey_response ORDER BY role DESC');
    expect(responses.map((r) => [r.role, JSON.parse(r.answers)])).toEqual([
      ['mentor', { recommend: true, nps: 8, continue: true }],
      ['mentee', { recommend: false, nps: 6, continue: false }],
    ]);
  });

  it('names the sheet row of every bad row of an .xlsx; nothing is imported', async () => {
    const path = await workbook(file('Treffen-fehler.xlsx'), {
      Treffen: [
        ['Treffen im Januar'],
        ['Mentee-E-Mail', 'Datum', 'Minuten', 'Format'],
        ['juergen.gross@example.com', day('2027-01-21'), 60, 'Video'],
        [],
        ['juergen.gross@example.com', '21.01.27', 60, 'Brieftaube'],
        ['niemand@example.com', day('2027-01-22'), 900, ''],
      ],
    });
    const before = snapshot(db);
    const result = tandem(db, ['session', 'import', path, '--round', '2027']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      'tandem: error: Treffen-fehler.xlsx: 4 errors; nothing was imported',
      'Treffen-fehler.xlsx:5: date: "21.01.27" has a two-digit year, which is ambiguous: write the year in full (e.g. 16.01.2027)',
      'Treffen-fehler.xlsx:5: format: "Brieftaube" is not a format (expected in-person, video, phone)',
      'Treffen-fehler.xlsx:6: mentee_email: no person with email niemand@example.com',
      'Treffen-fehler.xlsx:6: minutes: "900" must be a whole number of minutes from 1 to 600',
      '',
    ]);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    ['not a zip', () => writeFileSync(file('kaputt.xlsx'), 'Name;E-Mail\nA;a@example.com\n'), 'kaputt.xlsx', 'kaputt.xlsx:1: -: not a readable .xlsx workbook (damaged, or not a spreadsheet)'],
    [
      'an encrypted workbook (an OLE compound file)',
      () => writeFileSync(file('geschuetzt.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])),
      'geschuetzt.xlsx',
      'geschuetzt.xlsx:1: -: an encrypted (password-protected) workbook or an old .xls file: only unencrypted .xlsx files can be read',
    ],
    [
      'a sheet without a header',
      () => workbook(file('ohne-kopf.xlsx'), { Tabelle1: [[], ['Jürgen Groß', 'juergen.gross@example.com', 'mentee']] }),
      'ohne-kopf.xlsx',
      'ohne-kopf.xlsx:2: -: sheet "Tabelle1" has no header row: its first non-empty row names none of the columns (name, email, role, department, location, manager_email, topics, capacity, languages, salutation)',
    ],
    ['an empty sheet', () => workbook(file('leer.xlsx'), { Tabelle1: [] }), 'leer.xlsx', 'leer.xlsx:1: -: sheet "Tabelle1" has no header row'],
  ])('refuses %s as one clear error, exit 2, database unchanged', async (_what, make, name, line) => {
    await make();
    const before = snapshot(db);
    const result = tandem(db, ['participant', 'import', file(name), '--round', '2027']);
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toBe(`tandem: error: ${name}: 1 error; nothing was imported`);
    expect(lines[1]!.startsWith(line)).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an unknown --sheet and --sheet on a CSV file with exit 2, naming the sheets', () => {
    const before = snapshot(db);
    expect(tandem(db, ['participant', 'import', file('Teilnehmende.xlsx'), '--sheet', '2028', '--round', '2027'])).toMatchObject({
      code: 2,
      stderr: 'tandem: error: --sheet: Teilnehmende.xlsx has no sheet "2028" (sheets: Hinweise, Runde 2027)\n',
    });
    expect(tandem(db, ['person', 'import', file('org.csv'), '--sheet', 'x'])).toMatchObject({ code: 2, stderr: 'tandem: error: --sheet: org.csv is a CSV file, not a workbook\n' });
    expect(snapshot(db)).toEqual(before);
  });

  it('round trip: participant list --format xlsx imports into a fresh round as the same participants', () => {
    const out = file('teilnehmende-2027.xlsx');
    expect(tandem(db, ['participant', 'list', '--round', '2027', '--format', 'xlsx', '--out', out])).toMatchObject({ code: 0, stderr: `wrote ${out}\n` });
    expect(tandem(db, ['round', 'create', '2028', '--start', '2028-01-15'])).toMatchObject({ code: 0 });
    expect(tandem(db, ['participant', 'import', out, '--round', '2028'])).toMatchObject({ code: 0, stderr: '2 added, 0 updated, 0 unchanged\n' });
    const list = (round: string) => tandem(db, ['participant', 'list', '--round', round, '--json']).stdout;
    expect(JSON.parse(list('2028'))).toEqual(JSON.parse(list('2027')));
    expect(JSON.parse(list('2028'))).toHaveLength(2);

    const sheets = readXlsx(out);
    expect(sheets.map((s) => s.name)).toEqual(['participants']);
    expect(sheets[0]!.rows[0]).toEqual(['name', 'email', 'role', 'department', 'location', 'manager_email', 'topics', 'capacity', 'languages']);
    expect(sheets[0]!.rows.find((r) => r[1] === 'lena@example.com')).toEqual(['Lena Vogel', 'lena@example.com', 'mentor', 'IT', 'München', 'oeznur@example.com', 'Instagram, hashtags', 2, 'de, en']);
    // Topics as first entered (Jürgen's `Instagram` came before Lena's `instagram`); JSON and the round trip keep the keys.
    expect(hasFormula(sheets)).toBe(false);
  });

  it('pair list --format csv --excel is the mail-merge tandem list with a BOM, semicolons and CRLF', () => {
    const out = file('tandems.csv');
    expect(tandem(db, ['pair', 'list', '--round', '2027', '--format', 'csv', '--excel', '--out', out])).toMatchObject({ code: 0 });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\ufeffmentee_name;mentee_email;mentor_names;mentor_emails;since\r\nJürgen Groß;juergen.gross@example.com;Lena Vogel;lena@example.com;2027-01-15\r\n');
    const plain = tandem(db, ['pair', 'list', '--round', '2027', '--format', 'csv']);
    expect(plain.stdout).toBe('mentee_name,mentee_email,mentor_names,mentor_emails,since\nJürgen Groß,juergen.gross@example.com,Lena Vogel,lena@example.com,2027-01-15\n');
  });

  it('every generated .xlsx reads back with an independent reader: text and numbers, no formula cells', () => {
    // A name that a spreadsheet would run as a formula stays text.
    expect(tandem(db, ['person', 'add', '--name', '=HYPERLINK("http://evil.example","Klick")', '--email', 'evil@example.com'])).toMatchObject({ code: 0 });
    const outputs: [string[], string, string[]][] = [
      [['person', 'list'], 'people.xlsx', ['people']],
      [['pair', 'list', '--round', '2027'], 'pairs.xlsx', ['tandems']],
      [['session', 'list', '--round', '2027'], 'sessions.xlsx', ['sessions']],
      [['goal', 'list', '--round', '2027'], 'goals.xlsx', ['goals']],
      [['round', 'report', '2027'], 'report.xlsx', ['overview', 'tandems', 'topics', 'goals', 'survey']],
      [['survey', 'report', '--round', '2027', '--min-group', '3'], 'survey.xlsx', ['survey']],
      [['round', 'compare', '2027', '2028'], 'compare.xlsx', ['rounds']],
    ];
    for (const [args, name, sheetNames] of outputs) {
      const result = tandem(db, [...args, '--out', file(name)]);
      expect(result, name).toMatchObject({ code: 0 });
      const sheets = readXlsx(file(name));
      expect(sheets.map((s) => s.name), name).toEqual(sheetNames);
      expect(hasFormula(sheets), name).toBe(false);
    }
    const people = readXlsx(file('people.xlsx'))[0]!.rows;
    expect(people).toContainEqual(['=HYPERLINK("http://evil.example","Klick")', 'evil@example.com']);
    expect(readXlsx(file('people.xlsx'))[0]!.xml).not.toContain('<f>');
    const sessions = readXlsx(file('sessions.xlsx'))[0]!.rows;
    expect(sessions[1]).toEqual(['juergen.gross@example.com', '2027-01-20', 60, 'lena@example.com', 'in-person', 'Instagram', 'Erstes Treffen in der Kantine', 'Story gepostet: „Grüße aus München“']);
    const report = readXlsx(file('report.xlsx'));
    expect(report[0]!.rows).toContainEqual(['sessions', 2]);
    expect(report[1]!.rows[1]!.slice(0, 6)).toEqual(['Jürgen Groß', 'juergen.gross@example.com', 'Lena Vogel', 'lena@example.com', 2, 105]);
    expect(report[2]!.rows.slice(1)).toEqual([['Instagram', 1], ['LinkedIn', 1]]);
    const compare = readXlsx(file('compare.xlsx'))[0]!.rows;
    expect(compare.map((r) => r[0])).toEqual(['round', '2027', '2028']);
    // The survey has 2 responses, fewer than --min-group 3: its sheet says suppressed, and no figure.
    const survey = readXlsx(file('survey.xlsx'))[0]!.rows;
    expect(survey[0]).toEqual(['group', 'question', 'figure', 'value']);
    expect(survey.slice(1).every((r) => r[2] === 'suppressed')).toBe(true);
  });

  it('refuses xlsx on stdout, --excel without a file, and --excel for xlsx, with exit 2', () => {
    expect(tandem(db, ['participant', 'list', '--round', '2027', '--format', 'xlsx'])).toMatchObject({
      code: 2,
      stderr: 'tandem: error: an .xlsx workbook is written to a file: give --out <file.xlsx>\n',
    });
    expect(tandem(db, ['pair', 'list', '--round', '2027', '--format', 'csv', '--excel'])).toMatchObject({ code: 2, stderr: 'tandem: error: --excel writes a file for Excel: give --out <file.csv>\n' });
    expect(tandem(db, ['round', 'report', '2027', '--excel', '--out', file('r.xlsx')])).toMatchObject({ code: 2, stderr: 'tandem: error: --excel is for CSV output, not xlsx\n' });
  });

  it('does not load exceljs for commands that do not read or write a spreadsheet', () => {
    const loaded = (args: string[]) => {
      const result = spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: tempDir(), TANDEM_TODAY: '2027-03-01', NODE_DEBUG: 'module' } });
      return /exceljs/.test(result.stderr);
    };
    expect(loaded(['round', 'list'])).toBe(false);
    expect(loaded(['participant', 'list', '--round', '2027', '--format', 'csv'])).toBe(false);
    expect(loaded(['person', 'import', file('org.csv')])).toBe(false);
    // The check can see it: a command that writes a workbook loads it.
    expect(loaded(['participant', 'list', '--round', '2027', '--out', file('again.xlsx')])).toBe(true);
  });
});
