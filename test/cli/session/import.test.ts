import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';
import { closeRound } from '../../../src/db/rounds.js';

/** Anna with mentor Mia; Clara with Max and Nora; Bernd unpaired. Today is 2026-03-01. */
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d)
      .person('mia', 'Mia Maier', 'mentor')
      .person('max', 'Max Meier', 'mentor')
      .person('nora', 'Nora Neumann', 'mentor')
      .person('anna', 'Anna Arendt', 'mentee')
      .person('clara', 'Clara Chef', 'mentee')
      .person('bernd', 'Bernd Bauer', 'mentee')
      .pair('mia', 'anna')
      .pair('max', 'clara')
      .pair('nora', 'clara');
  });
  return db;
}

const GOOD = [
  'Mentee_Email,date,minutes,mentor_emails,format,topics,note,highlight',
  'anna@example.com,2026-01-20,60,,in-person,#Instagram;Stories,kick-off,"first story, at last"',
  'CLARA@example.com,2026-01-25,90,max@example.com|nora@example.com,video,snapchat,,',
  'clara@example.com,2026-02-05,60,nora@example.com,,,"two\nlines",',
  // The same session twice in one file: two sessions (a re-import still adds none).
  'anna@example.com,2026-02-10,45,,,,,',
  'anna@example.com,2026-02-10,45,,,,,',
].join('\n');

async function list(db: string) {
  const result = await tandem(db, ['session', 'list', '--round', '2026', '--json']);
  return JSON.parse(result.stdout);
}

describe('session import', () => {
  it('imports every row; re-importing the same file adds nothing', async () => {
    const db = fixture();
    const file = writeTemp('sessions.csv', `\ufeff${GOOD}\n`);
    const first = await tandem(db, ['session', 'import', file, '--round', '2026']);
    expect(first).toEqual({ code: 0, stdout: '', stderr: '5 added, 0 skipped\n' });
    const sessions = await list(db);
    expect(sessions).toHaveLength(5);
    expect(sessions[0]).toMatchObject({
      date: '2026-01-20',
      mentee: { email: 'anna@example.com' },
      mentors: [{ email: 'mia@example.com' }],
      format: 'in-person',
      topics: ['instagram', 'stories'],
      note: 'kick-off',
      highlight: 'first story, at last',
    });
    expect(sessions[1].mentors.map((m: { email: string }) => m.email)).toEqual(['max@example.com', 'nora@example.com']);
    expect(sessions[2]).toMatchObject({ mentors: [{ email: 'nora@example.com' }], note: 'two\nlines', highlight: null });

    const before = snapshot(db);
    const again = await tandem(db, ['session', 'import', file, '--round', '2026', '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, skipped: 5 });
    expect(await list(db)).toHaveLength(5);
    expect(snapshot(db)).toEqual(before);
  });

  it('adds only the new rows of a grown file (a changed note is a new session)', async () => {
    const db = fixture();
    await tandem(db, ['session', 'import', writeTemp('s.csv', GOOD), '--round', '2026', '-q']);
    const grown = `${GOOD}\nanna@example.com,2026-02-24,30,,,,,\nanna@example.com,2026-01-20,60,,in-person,,changed note,\n`;
    const result = await tandem(db, ['session', 'import', writeTemp('s.csv', grown), '--round', '2026', '--json']);
    expect(JSON.parse(result.stdout)).toEqual({ added: 2, skipped: 5 });
  });

  it('reads a semicolon-separated file with comma lists', async () => {
    const db = fixture();
    const csv = 'mentee_email;date;minutes;mentor_emails;topics\nclara@example.com;2026-02-01;30;max@example.com,nora@example.com;a,b|c\n';
    const result = await tandem(db, ['session', 'import', writeTemp('s.csv', csv), '--round', '2026']);
    expect(result.code).toBe(0);
    expect((await list(db))[0]).toMatchObject({ topics: ['a', 'b', 'c'], mentors: [{ email: 'max@example.com' }, { email: 'nora@example.com' }] });
  });

  it('is all or nothing: every bad row is listed as file:LINE: column: message, exit 2', async () => {
    const db = fixture();
    const before = snapshot(db);
    const csv = [
      'mentee_email,date,minutes,mentor_emails,format',
      'anna@example.com,2026-01-20,60,,',
      'bernd@example.com,2026-01-21,60,,',
      'nobody,2026-01-22,60,,',
      'anna@example.com,2026-03-02,0,,zoomy',
      'anna@example.com,2026-01-02,601,,',
      'clara@example.com,2026-02-30,x,mia@example.com,',
      ',,,,', // a row of empty cells (Excel writes them for formatted rows) is no row
      'anna@example.com,2026-01-20,,,',
    ].join('\n');
    const result = await tandem(db, ['session', 'import', writeTemp('bad.csv', csv), '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        'tandem: error: bad.csv: 11 errors; nothing was imported',
        'bad.csv:3: mentee_email: bernd@example.com has no active pair in round 2026',
        'bad.csv:4: mentee_email: "nobody" is not a valid email address',
        'bad.csv:5: date: 2026-03-02 is in the future (today is 2026-03-01)',
        'bad.csv:5: minutes: "0" must be a whole number of minutes from 1 to 600',
        'bad.csv:5: format: "zoomy" is not a format (expected in-person, video, phone)',
        'bad.csv:6: date: 2026-01-02 is outside the round (2026-01-15 – 2026-07-15)',
        'bad.csv:6: minutes: "601" must be a whole number of minutes from 1 to 600',
        'bad.csv:7: date: "2026-02-30" is not a valid date (YYYY-MM-DD or DD.MM.YYYY)',
        'bad.csv:7: minutes: "x" must be a whole number of minutes from 1 to 600',
        'bad.csv:7: mentor_emails: mia@example.com is not an active mentor of the tandem of clara@example.com (its mentors: max@example.com, nora@example.com)',
        'bad.csv:9: minutes: is required',
        '',
      ].join('\n'),
    );
    expect(snapshot(db)).toEqual(before);
  });

  it('an unknown column or a missing required one is an error', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'import', writeTemp('s.csv', 'mentee_email,date,length\n'), '--round', '2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('s.csv:1: length: unknown column');
    expect(result.stderr).toContain('s.csv:1: minutes: required column is missing');
  });

  it('refuses a closed round with exit 1', async () => {
    const db = fixture();
    withDb(db, (d) => closeRound(d, 1, '2026-02-28'));
    const result = await tandem(db, ['session', 'import', writeTemp('s.csv', GOOD), '--round', '2026']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is closed');
  });

  it('prints row errors in German with --lang de', async () => {
    const db = fixture();
    const result = await tandem(db, ['--lang', 'de', 'session', 'import', writeTemp('s.csv', 'mentee_email,date,minutes\nanna@example.com,2026-03-05,60\n'), '--round', '2026']);
    expect(result.stderr).toContain('s.csv:2: date: 2026-03-05 liegt in der Zukunft (heute ist der 2026-03-01)');
  });
});
