import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, messageKeys, translator } from '../../../src/core/i18n/index.js';
import { runCli, tempDir, type RunResult } from '../../helpers/cli.js';

const TODAY = '2026-11-27';

describe('tandem demo', () => {
  let dir: string;
  let english: RunResult;
  beforeAll(async () => {
    dir = tempDir();
    english = await runCli(['demo', '--out-dir', dir], { today: TODAY });
  }, 60_000);

  it('prints a full round report and survey report, writes the HTML report, and says where the database is', () => {
    expect(english.code).toBe(0);
    for (const part of ['Round report pilot', 'week 20 of 27', 'Tandems', 'Topics', 'Goals achieved', 'Latest highlights', 'Final survey\n', 'Final survey · round pilot', 'Mentors · 12 responses']) {
      expect(english.stdout).toContain(part);
    }
    const db = join(dir, 'tandem-demo.db');
    expect(english.stderr).toBe(
      `building the sample programme in ${db} …\nThe demo database is ${db}\nThe HTML report is ${join(dir, 'round-report.html')}\nExplore it: TANDEM_DB=${db} tandem status   (or: tandem --db ${db} pair list --round pilot)\n`,
    );
    const html = join(dir, 'round-report.html');
    expect(readFileSync(html, 'utf8')).toContain('<svg');
    expect(statSync(html).mode & 0o777).toBe(0o600);
    expect(statSync(db).mode & 0o777).toBe(0o600);
  });

  it('builds the programme the sample describes: teams of two, a quiet tandem, a late joiner', async () => {
    const db = join(dir, 'tandem-demo.db');
    const report = JSON.parse((await runCli(['--db', db, 'round', 'report', 'pilot', '--json'], { today: TODAY })).stdout);
    expect(report.counts).toMatchObject({ mentors: 15, mentees: 7, activePairs: 14, unmatchedMentors: 1, unmatchedMentees: 0, sessions: 42 });
    expect(report.tandems.every((t: { mentors: unknown[] }) => t.mentors.length === 2)).toBe(true);
    expect(report.tandems.filter((t: { stale: boolean }) => t.stale).map((t: { mentee: { email: string } }) => t.mentee.email)).toEqual(['michael.schmitt@example.com']);
    const pairs = JSON.parse((await runCli(['--db', db, 'pair', 'list', '--round', 'pilot', '--json'], { today: TODAY })).stdout);
    const finn = pairs.find((p: { mentor: { email: string } }) => p.mentor.email === 'finn.wolf@example.com');
    expect(finn.mentee.email).not.toBe('michael.schmitt@example.com');
  });

  it('shows the sample topics as the participants file spells them (the sessions file writes them in lower case)', async () => {
    const db = join(dir, 'tandem-demo.db');
    expect(english.stdout).toMatch(/\n(Instagram|LinkedIn|TikTok|Hashtags) +\d+ █/);
    const participants = (await runCli(['--db', db, 'participant', 'list', '--round', 'pilot'], { today: TODAY, columns: 250 })).stdout;
    expect(participants).toContain('Instagram, TikTok, Hashtags');
    expect(participants).toContain('Homepage, LinkedIn, Online applications');
    expect(participants).not.toMatch(/instagram|linkedin|tiktok/);
    const keys = JSON.parse((await runCli(['--db', db, 'participant', 'list', '--round', 'pilot', '--json'], { today: TODAY })).stdout);
    expect(keys.find((p: { email: string }) => p.email === 'lena.vogel@example.com').topics).toEqual(['instagram', 'tiktok', 'hashtags']);
  });

  it('rebuilds the same programme when run again in the same folder', async () => {
    const again = await runCli(['demo', '--out-dir', dir, '--json'], { today: TODAY });
    expect(again.code).toBe(0);
    const doc = JSON.parse(again.stdout);
    expect(doc.roundReport.counts.sessions).toBe(42);
    expect(doc.surveyReport.groups.all.n).toBe(18);
  });

  it('refuses to build into a database that holds data', async () => {
    const db = join(dir, 'tandem-demo.db');
    const result = await runCli(['--db', db, 'demo', '--out-dir', tempDir()], { today: TODAY });
    expect(result).toMatchObject({ code: 1 });
    expect(result.stderr).toContain('already holds data');
  });

  it('is German throughout with LANG=de_DE.UTF-8: no English label is left', async () => {
    const german = await runCli(['demo', '--out-dir', tempDir()], { today: TODAY, env: { LANG: 'de_DE.UTF-8' } });
    expect(german.code).toBe(0);
    const text = german.stdout + german.stderr;
    expect(text).toContain('Woche 20 von 27');
    expect(text).toContain('27.11.2026');
    // The demo's survey has a title in the run's language, shown instead of its name.
    expect(text).toContain('Abschlussbefragung · Runde pilot');
    expect(text).not.toContain('„final“');
    await loadLanguage('de');
    const en = translator('en');
    const de = translator('de');
    const leftovers = messageKeys('en')
      .map((key) => ({ key, english: en(key), german: de(key) }))
      // labels and phrases: a few words without placeholders that German says differently
      .filter(({ english, german }) => english !== german && !english.includes('{') && english.length >= 5 && /\s|^[A-Z]/.test(english))
      // whole words only; German's gender colon ("Mentor:innen") is a different word
      .filter(({ english }) => new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}:])`, 'u').test(text));
    expect(leftovers.map((l) => `${l.key}: ${l.english}`)).toEqual([]);
    for (const word of ['Round report', 'Sessions', 'Topics', 'Goals achieved', 'Latest highlights', 'responses', 'Would you recommend']) {
      expect(text).not.toContain(word);
    }
  });

  it('leaves no database behind in a named --db folder that does not exist yet', () => {
    expect(existsSync(join(dir, 'tandem-demo.db-wal'))).toBe(false);
  });
});
