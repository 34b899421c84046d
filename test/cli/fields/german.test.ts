import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';

// German spellings through every door (issue 13): options, the date prompt, CSV cells,
// --map and the help topic. Round 2026 runs 15 Jan – 15 Jul 2026; today is 2026-03-01.
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d).person('mia', 'Mia Maier', 'mentor').person('anna', 'Anna Arendt', 'mentee').pair('mia', 'anna');
  });
  return db;
}

async function sessions(db: string) {
  return JSON.parse((await tandem(db, ['session', 'list', '--round', '2026', '--json'])).stdout);
}

describe('German dates and values', () => {
  it('takes DD.MM.YYYY and D.M.YYYY in options and German formats, stored as ISO and the canonical format', async () => {
    const db = fixture();
    expect((await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--date', '03.02.2026', '--format', 'Telefon'])).code).toBe(0);
    expect((await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--date', '4.2.2026', '--format', 'vor Ort'])).code).toBe(0);
    expect((await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--date', '2026-02-05', '--format', 'Zoom'])).code).toBe(0);
    expect((await sessions(db)).map((s: { date: string; format: string }) => [s.date, s.format])).toEqual([
      ['2026-02-03', 'phone'],
      ['2026-02-04', 'in-person'],
      ['2026-02-05', 'video'],
    ]);
    const report = await tandem(db, ['round', 'report', '2026', '--as-of', '01.03.2026', '--json']);
    expect(JSON.parse(report.stdout).asOf).toBe('2026-03-01');
  });

  it.each([
    [['round', 'create', 'x', '--start', '15.01.26'], 'tandem: error: --start: "15.01.26" has a two-digit year, which is ambiguous: write the year in full'],
    [['round', 'create', 'x', '--start', '31.02.2026'], 'tandem: error: --start: "31.02.2026" is not a valid date'],
    [['round', 'report', '2026', '--as-of', '1.3.26'], 'tandem: error: --as-of: "1.3.26" has a two-digit year, which is ambiguous: write the year in full'],
    [['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--date', '03.02.26'], '--date: "03.02.26" has a two-digit year'],
    [['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30', '--format', 'Brieftaube'], '"Brieftaube" is not a format (expected in-person, video, phone)'],
  ])('refuses %j with exit 2, database unchanged', async (argv, message) => {
    const db = fixture();
    const before = snapshot(db);
    const result = await tandem(db, argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('the date prompt takes a German date and refuses a two-digit year', async () => {
    const db = fixture();
    const validated: (string | boolean)[] = [];
    const result = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--format', 'video', '--topics', 'x', '--note', 'n', '--highlight', 'h'], {
      tty: true,
      script: [
        {
          kind: 'input',
          message: /Date/,
          answer: '6.2.2026',
          check: (validate: (value: string) => string | boolean) => {
            validated.push(validate('06.02.26'), validate('6.2.2026'));
          },
        },
        { kind: 'number', message: /Minutes/, answer: 20 },
      ],
    });
    expect(result.code).toBe(0);
    expect(validated).toEqual(['"06.02.26" has a two-digit year, which is ambiguous: write the year in full (e.g. 16.01.2027)', true]);
    expect((await sessions(db))[0]).toMatchObject({ date: '2026-02-06', minutes: 20 });
  });

  it('reads German role words and yes/no cells; German dates in CSV cells', async () => {
    const db = fixture();
    const csv = writeTemp('teilnehmende.csv', 'Name;E-Mail;Rolle\nEva Engel;eva@example.com;Mentor:in\nUdo Ulm;udo@example.com;Mentorin\nIda Igel;ida@example.com;MENTEE\n');
    expect((await tandem(db, ['participant', 'import', csv, '--round', '2026'])).code).toBe(0);
    const roles = JSON.parse((await tandem(db, ['participant', 'list', '--round', '2026', '--json'])).stdout).map((p: { email: string; role: string }) => `${p.email}=${p.role}`);
    expect(roles.sort()).toEqual(['anna@example.com=mentee', 'eva@example.com=mentor', 'ida@example.com=mentee', 'mia@example.com=mentor', 'udo@example.com=mentor']);
  });
});

describe('--map and column names', () => {
  it('maps export headers nobody can predict to columns, compared like every header', async () => {
    const db = tempDbPath();
    const csv = writeTemp('export.csv', 'Mitarbeiter-Mail;Anzeigename;OE\nlena@example.com;Lena Vogel;Marketing\n');
    const result = await tandem(db, ['person', 'import', csv, '--map', 'mitarbeiter mail=email, Anzeigename=name,OE=department']);
    expect(result).toMatchObject({ code: 0, stderr: '1 added, 0 updated, 0 unchanged\n' });
    expect(JSON.parse((await tandem(db, ['person', 'list', '--json'])).stdout)).toEqual([
      { name: 'Lena Vogel', email: 'lena@example.com', department: 'Marketing', location: null, managerEmail: null, languages: [] },
    ]);
  });

  it.each([
    [['--map', 'OE'], 'tandem: error: --map: "OE" is not written as header=column\nhint: e.g. --map \'Mitarbeiter-Mail=email,OE=department\' (see tandem help columns)\n'],
    [['--map', 'OE=minutes'], 'tandem: error: --map: "minutes" is not a column of this file (expected name, email, department, location, manager_email, languages, salutation)\n'],
  ])('refuses --map %j with exit 2, database unchanged', async (args, stderr) => {
    const db = tempDbPath();
    await tandem(db, ['person', 'add', '--name', 'A', '--email', 'a@example.com']);
    const before = snapshot(db);
    const csv = writeTemp('export.csv', 'Name;E-Mail;OE\nLena Vogel;lena@example.com;Marketing\n');
    expect(await tandem(db, ['person', 'import', csv, ...args])).toEqual({ code: 2, stdout: '', stderr });
    expect(snapshot(db)).toEqual(before);
  });

  it('matches headers without case, spaces, hyphens, underscores and umlaut spelling', async () => {
    const db = fixture();
    const csv = writeTemp('p.csv', 'NAME,e_mail,ROLLE,Kapazitaet,Mentor-E-Mails\nEva Engel,eva@example.com,mentor,2,x\n');
    const result = await tandem(db, ['participant', 'import', csv, '--round', '2026']);
    // mentor_emails is a column of a sessions file, not of a participants file.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('p.csv:1: mentor-e-mails: unknown column (expected name, email, role, department, location, manager_email, topics, capacity, languages, salutation)');
    const ok = writeTemp('p.csv', 'NAME,e_mail,ROLLE,Kapazitaet\nEva Engel,eva@example.com,mentor,2\n');
    expect((await tandem(db, ['participant', 'import', ok, '--round', '2026'])).code).toBe(0);
  });

  it('`tandem help columns` prints the alias table, in German with --lang de', async () => {
    const en = await tandem(tempDbPath(), ['help', 'columns']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^ {2}manager_email {2}Vorgesetzte E-Mail, Vorgesetzter E-Mail, Vorgesetzte:r E-Mail,/m);
    expect(en.stdout).toMatch(/^ {2}participants {2}name\*, email\*, role\*, department/m);
    const de = await tandem(tempDbPath(), ['--lang', 'de', 'help', 'columns']);
    expect(de.stdout).toContain('Spalten der Importdateien (* Pflicht)');
    expect(de.stdout).toMatch(/^ {2}capacity +Kapazität, Max\. Tandems/m);
    expect(await tandem(tempDbPath(), ['help', 'farben'])).toMatchObject({ code: 2, stderr: 'tandem: error: no help topic "farben" (topics: columns)\n' });
  });
});
