import ICAL from 'ical.js';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

const TODAY = '2026-03-10';

/**
 * Round 2026: 2026-01-15 – 2026-07-15 (181 days), cadence 14. Worked out by hand:
 * - Anna with Mia since the start: 15 Jan + 12 × 14 days = 2 Jul, 13 meetings;
 * - Bernd with Gustav since 1 Feb: 164 days to the end, 11 × 14 = 154, 12 meetings, the last on 5 Jul;
 * - Clara with Max (since the start) and Nora (since 1 Mar): one series from 15 Jan, 13 meetings, three attendees;
 * - Dora's pair was ended: no file.
 * Daylight saving time starts in Germany on 29 March: the meetings stay at 10:00.
 */
async function round(): Promise<string> {
  const db = tempDbPath();
  const ok = async (argv: string[]) => {
    const result = await tandem(db, argv, { today: TODAY });
    if (result.code !== 0) throw new Error(`${argv.join(' ')}: ${result.stderr}`);
  };
  await ok(['round', 'create', '2026', '--start', '2026-01-15', '--end', '2026-07-15', '--mentors-per-mentee', '2']);
  const people = ['name,email,role', 'Anna Arendt,anna@example.com,mentee', 'Bernd Bauer,bernd@example.com,mentee', 'Clara Chef,clara@example.com,mentee', 'Dora Direktor,dora@example.com,mentee'];
  people.push('Mia Maier,mia@example.com,mentor', 'Gustav Gans,gustav@example.com,mentor', 'Max Meier,max@example.com,mentor', 'Nora Neumann,nora@example.com,mentor', 'Paul Pohl,paul@example.com,mentor');
  await ok(['participant', 'import', writeTemp('p.csv', `${people.join('\n')}\n`), '--round', '2026']);
  await ok(['pair', 'add', 'mia@example.com', 'anna@example.com']);
  await ok(['pair', 'add', 'gustav@example.com', 'bernd@example.com', '--since', '2026-02-01']);
  await ok(['pair', 'add', 'max@example.com', 'clara@example.com']);
  await ok(['pair', 'add', 'nora@example.com', 'clara@example.com', '--since', '2026-03-01']);
  await ok(['pair', 'add', 'paul@example.com', 'dora@example.com']);
  await ok(['pair', 'end', 'paul@example.com', 'dora@example.com', '--reason', 'left the company']);
  return db;
}

/** A file as an independent parser (ical.js) reads it: the event, its expanded occurrences and attendees. */
function parse(path: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const occurrences: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    occurrences.push(next.toString());
    if (occurrences.length > 100) break;
  }
  const attendees = vevent.getAllProperties('attendee').map((p) => `${p.getParameter('cn')} <${String(p.getFirstValue()).replace(/^mailto:/i, '')}>`);
  return { calendar, event, occurrences, attendees };
}

describe('round calendar: one .ics meeting series per tandem (issue 14.5)', () => {
  it('writes a series per tandem that ical.js expands to the right meetings, attendees and floating local time', async () => {
    const db = await round();
    const dir = join(tempDir(), 'invitations');
    const result = await tandem(db, ['round', 'calendar', '--out-dir', dir, '--json'], { today: TODAY });
    expect(result.code, result.stderr).toBe(0);
    const files = JSON.parse(result.stdout) as { mentee: { name: string }; file: string; first: string; occurrences: number }[];
    expect(files.map((f) => [f.mentee.name, f.file.split('/').pop(), f.first, f.occurrences])).toEqual([
      ['Anna Arendt', 'meetings-anna-arendt.ics', '2026-01-15', 13],
      ['Bernd Bauer', 'meetings-bernd-bauer.ics', '2026-02-01', 12],
      ['Clara Chef', 'meetings-clara-chef.ics', '2026-01-15', 13],
    ]);
    expect(readdirSync(dir).sort()).toEqual(['meetings-anna-arendt.ics', 'meetings-bernd-bauer.ics', 'meetings-clara-chef.ics']);
    for (const f of files) expect(statSync(f.file).mode & 0o777).toBe(0o600);

    const anna = parse(files[0]!.file);
    expect(anna.occurrences).toHaveLength(13);
    expect(anna.occurrences[0]).toBe('2026-01-15T10:00:00');
    expect(anna.occurrences.at(-1)).toBe('2026-07-02T10:00:00');
    // Floating local time: no UTC, no TZID, so 10:00 before and after the change to summer time.
    expect(anna.event.startDate.zone?.tzid).toBe('floating');
    expect(anna.occurrences).toContain('2026-03-26T10:00:00');
    expect(anna.occurrences).toContain('2026-04-09T10:00:00');
    expect(anna.occurrences.every((o) => o.endsWith('T10:00:00'))).toBe(true);
    expect(anna.event.duration.toSeconds()).toBe(3600);
    expect(anna.event.summary).toBe('Reverse mentoring: Anna Arendt with Mia Maier');
    expect(anna.attendees).toEqual(['Anna Arendt <anna@example.com>', 'Mia Maier <mia@example.com>']);
    expect(anna.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(anna.calendar.getFirstPropertyValue('prodid')).toBe('tandem');
    expect(anna.event.uid).toMatch(/^tandem-round-\d+-mentee-\d+@tandem\.invalid$/);

    const bernd = parse(files[1]!.file);
    expect(bernd.occurrences).toHaveLength(12);
    expect([bernd.occurrences[0], bernd.occurrences.at(-1)]).toEqual(['2026-02-01T10:00:00', '2026-07-05T10:00:00']);

    const clara = parse(files[2]!.file);
    expect(clara.occurrences).toHaveLength(13);
    expect(clara.attendees).toEqual(['Clara Chef <clara@example.com>', 'Max Meier <max@example.com>', 'Nora Neumann <nora@example.com>']);
    expect(clara.event.summary).toBe('Reverse mentoring: Clara Chef with Max Meier, Nora Neumann');

    // RFC 5545: CRLF line endings, lines folded at 75 octets.
    const raw = readFileSync(files[2]!.file, 'utf8');
    expect(raw).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(raw).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=13\r\n');
  });

  it('in German, at another time and length, with a cadence in days', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'kurz', '--start', '2026-01-01', '--end', '2026-05-01', '--cadence-days', '10'], { today: TODAY });
    await tandem(db, ['participant', 'import', writeTemp('p.csv', 'name,email,role\nJörg Müller,joerg@example.com,mentee\nMia Maier,mia@example.com,mentor\n')], { today: TODAY });
    await tandem(db, ['pair', 'add', 'mia@example.com', 'joerg@example.com'], { today: TODAY });
    const dir = tempDir();
    const result = await tandem(db, ['--lang', 'de', 'round', 'calendar', 'kurz', '--out-dir', dir, '--time', '16:30', '--minutes', '45'], { today: TODAY });
    expect(result).toMatchObject({ code: 0, stderr: `1 Terminserie nach ${dir} geschrieben\n` });
    const { event, occurrences } = parse(join(dir, 'meetings-joerg-mueller.ics'));
    // 120 days, every 10 days: 13 meetings, the last on the round's last day.
    expect(occurrences).toHaveLength(13);
    expect([occurrences[0], occurrences.at(-1)]).toEqual(['2026-01-01T16:30:00', '2026-05-01T16:30:00']);
    expect(event.duration.toSeconds()).toBe(45 * 60);
    expect(event.summary).toBe('Reverse Mentoring: Jörg Müller mit Mia Maier');
    expect(event.description).toContain('alle 10 Tage, 13 Treffen');
    expect(readFileSync(join(dir, 'meetings-joerg-mueller.ics'), 'utf8')).toContain('RRULE:FREQ=DAILY;INTERVAL=10;COUNT=13\r\n');
  });

  it.each([
    [['--time', '25:00'], 2, 'tandem: error: --time: "25:00" is not a time of day (HH:MM, e.g. 10:00)\n'],
    [['--time', '10'], 2, 'tandem: error: --time: "10" is not a time of day (HH:MM, e.g. 10:00)\n'],
    [['--minutes', '0'], 2, 'tandem: error: --minutes: "0" must be a whole number of minutes from 1 to 600\n'],
  ])('refuses %j (exit %i), writing nothing', async (args, code, stderr) => {
    const db = await round();
    const dir = join(tempDir(), 'out');
    const before = snapshot(db);
    const result = await tandem(db, ['round', 'calendar', '2026', '--out-dir', dir, ...args], { today: TODAY });
    expect(result).toMatchObject({ code, stderr });
    expect(() => readdirSync(dir)).toThrow();
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an unknown round (exit 1) and a missing --out-dir (exit 2)', async () => {
    const db = await round();
    const before = snapshot(db);
    const unknown = await tandem(db, ['round', 'calendar', '2025', '--out-dir', tempDir()], { today: TODAY });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^tandem: error: .*2025/);
    const missing = await tandem(db, ['round', 'calendar', '2026'], { today: TODAY });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--out-dir <dir>");
    expect(snapshot(db)).toEqual(before);
  });

  it('never replaces a file without --force, and writes none of the others either', async () => {
    const db = await round();
    const dir = tempDir();
    writeFileSync(join(dir, 'meetings-bernd-bauer.ics'), 'mine');
    const before = snapshot(db);
    const refused = await tandem(db, ['round', 'calendar', '2026', '--out-dir', dir], { today: TODAY });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(join(dir, 'meetings-bernd-bauer.ics'));
    expect(readdirSync(dir)).toEqual(['meetings-bernd-bauer.ics']);
    expect(readFileSync(join(dir, 'meetings-bernd-bauer.ics'), 'utf8')).toBe('mine');
    expect(snapshot(db)).toEqual(before);
    const forced = await tandem(db, ['round', 'calendar', '2026', '--out-dir', dir, '--force'], { today: TODAY });
    expect(forced.code).toBe(0);
    expect(parse(join(dir, 'meetings-bernd-bauer.ics')).occurrences).toHaveLength(12);
  });
});
