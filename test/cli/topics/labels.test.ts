import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/db/schema.js';
import { snapshot, tandem, tempDbPath, tempDir, type RunOptions } from '../../helpers/cli.js';
import type { Step } from '../../helpers/prompter.js';

// Topics shown as first entered (issue 15): `#Online-Bewerbung` and `LinkedIn` go in through
// every door and come out as `Online-Bewerbung` and `LinkedIn` in every view, in English and
// German; the key stays the identity (`linkedin` = `LinkedIn` is a shared topic; JSON keys).

async function ok(db: string, argv: string[], options: RunOptions = {}): Promise<string> {
  const result = await tandem(db, argv, options);
  expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

function file(name: string, text: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const MENTOR = ['participant', 'add', '--round', '2026', '--role', 'mentor', '--name', 'Lena Vogel', '--email', 'lena@example.com', '--location', 'Hamburg'];
const MENTEE = ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'Klaus Berger', '--email', 'klaus@example.com', '--location', 'Köln'];

/** A round whose mentor entered `#Online-Bewerbung,LinkedIn` and whose mentee the same topics in other spellings. */
async function programme(): Promise<string> {
  const db = tempDbPath();
  await ok(db, ['round', 'create', '2026', '--start', '2026-01-15', '-q']);
  await ok(db, [...MENTOR, '--topics', '#Online-Bewerbung,LinkedIn', '-q']);
  await ok(db, [...MENTEE, '--topics', 'linkedin, #online-bewerbung,#TikTok', '-q']);
  return db;
}

async function matched(): Promise<string> {
  const db = await programme();
  await ok(db, ['pair', 'match', '--round', '2026', '--yes', '-q']);
  return db;
}

const labels = (db: string) => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT key, label FROM topic_label ORDER BY key').all();
  } finally {
    handle.close();
  }
};

describe('topics shown as first entered', () => {
  it('participant add keeps the first spelling of each key; matching still treats linkedin = LinkedIn as a shared topic', async () => {
    const db = await programme();
    expect(labels(db)).toEqual([
      { key: 'linkedin', label: 'LinkedIn' },
      { key: 'online-bewerbung', label: 'Online-Bewerbung' },
      { key: 'tiktok', label: 'TikTok' },
    ]);
    const proposal = await ok(db, ['pair', 'match', '--round', '2026', '--dry-run']);
    expect(proposal).toContain('shared topic: LinkedIn');
    expect(proposal).toContain('shared topic: Online-Bewerbung');
    const json = JSON.parse(await ok(db, ['pair', 'match', '--round', '2026', '--dry-run', '--json']));
    // Two shared topics (10 each) and different locations/departments: the keys match across spellings.
    expect(json.pairs[0]).toMatchObject({
      score: 20,
      reasons: ['shared topic: linkedin', 'shared topic: online-bewerbung'],
      why: [{ kind: 'topic', topic: 'linkedin' }, { kind: 'topic', topic: 'online-bewerbung' }],
    });
    const de = await ok(db, ['--lang', 'de', 'pair', 'match', '--round', '2026', '--dry-run']);
    expect(de).toContain('gemeinsames Thema: LinkedIn');
    expect(de).toContain('gemeinsames Thema: Online-Bewerbung');
  });

  it('a later spelling of a key does not replace the first (first wins), through any door', async () => {
    const db = await matched();
    await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'klaus@example.com', '--minutes', '30', '--date', '2026-02-01', '--topics', 'LINKEDIN,#tiktok', '-q']);
    await ok(db, ['goal', 'add', '--round', '2026', '--mentee', 'klaus@example.com', 'Profil anlegen', '--topic', '#linkedIn', '-q']);
    expect(labels(db)).toEqual([
      { key: 'linkedin', label: 'LinkedIn' },
      { key: 'online-bewerbung', label: 'Online-Bewerbung' },
      { key: 'tiktok', label: 'TikTok' },
    ]);
    expect(await ok(db, ['session', 'list', '--round', '2026'])).toContain('LinkedIn, TikTok');
  });

  it('participant list, pair list and person show show the labels in English and German; JSON keeps the keys', async () => {
    const db = await matched();
    for (const lang of ['en', 'de']) {
      const participants = await ok(db, ['--lang', lang, 'participant', 'list', '--round', '2026']);
      expect(participants).toContain('Online-Bewerbung, LinkedIn');
      expect(participants).toContain('LinkedIn, Online-Bewerbung, TikTok');
      expect(participants).not.toMatch(/linkedin|online-bewerbung/);
      const pairs = await ok(db, ['--lang', lang, 'pair', 'list', '--round', '2026']);
      expect(pairs).toContain(lang === 'en' ? 'shared topic: LinkedIn' : 'gemeinsames Thema: LinkedIn');
      expect(pairs).toContain(lang === 'en' ? 'shared topic: Online-Bewerbung' : 'gemeinsames Thema: Online-Bewerbung');
      expect(await ok(db, ['--lang', lang, 'person', 'show', 'lena@example.com'])).toContain('Online-Bewerbung, LinkedIn');
    }
    const json = JSON.parse(await ok(db, ['participant', 'list', '--round', '2026', '--json']));
    expect(json.map((p: { topics: string[] }) => p.topics)).toEqual([['online-bewerbung', 'linkedin'], ['linkedin', 'online-bewerbung', 'tiktok']]);
    expect(JSON.parse(await ok(db, ['pair', 'list', '--round', '2026', '--json']))[0].reasons).toEqual(['shared topic: linkedin', 'shared topic: online-bewerbung']);
    const person = JSON.parse(await ok(db, ['person', 'show', 'lena@example.com', '--json']));
    expect(person.rounds[0].topics).toEqual(['online-bewerbung', 'linkedin']);
    // A participants file reads back as the same keys (and keeps the labels).
    const csv = await ok(db, ['participant', 'list', '--round', '2026', '--format', 'csv']);
    expect(csv).toContain('"Online-Bewerbung; LinkedIn"');
  });

  it('session log (option and prompt), session list, goal add and goal list show the labels', async () => {
    const db = tempDbPath();
    await ok(db, ['round', 'create', '2026', '--start', '2026-01-15', '-q']);
    // Participants without topics: the labels come from the sessions and goals.
    await ok(db, [...MENTOR, '-q']);
    await ok(db, [...MENTEE, '-q']);
    await ok(db, ['pair', 'add', 'lena@example.com', 'klaus@example.com', '--round', '2026', '-q']);
    await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'klaus@example.com', '--minutes', '45', '--date', '2026-02-01', '--topics', '#Online-Bewerbung', '-q']);
    const script: Step[] = [
      { kind: 'input', message: /Date/, answer: '2026-02-15' },
      { kind: 'number', message: /Minutes/, answer: 60 },
      { kind: 'select', message: /Format/, answer: 'video' },
      { kind: 'input', message: /Topics/, answer: 'LinkedIn, #online-bewerbung' },
      { kind: 'input', message: /Note/, answer: '' },
      { kind: 'input', message: /highlight/, answer: '' },
    ];
    const prompted = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'klaus@example.com'], { tty: true, script });
    expect(prompted.code, prompted.stderr).toBe(0);
    expect(prompted.stderr).toContain('logged a session of 60 min');
    await ok(db, ['goal', 'add', '--round', '2026', '--mentee', 'klaus@example.com', 'Ein LinkedIn-Profil anlegen', '--topic', '#LinkedIn', '-q']);
    for (const lang of ['en', 'de']) {
      const sessions = await ok(db, ['--lang', lang, 'session', 'list', '--round', '2026'], { columns: 200 });
      expect(sessions).toContain('Online-Bewerbung');
      expect(sessions).toContain('LinkedIn, Online-Bewerbung');
      expect(sessions).not.toMatch(/linkedin|online-bewerbung/);
      const goals = await ok(db, ['--lang', lang, 'goal', 'list', '--round', '2026']);
      expect(goals).toMatch(/│ LinkedIn\s+│/);
    }
    const json = JSON.parse(await ok(db, ['session', 'list', '--round', '2026', '--json']));
    expect(json.map((s: { topics: string[] }) => s.topics)).toEqual([['online-bewerbung'], ['linkedin', 'online-bewerbung']]);
    expect(JSON.parse(await ok(db, ['goal', 'list', '--round', '2026', '--json']))[0].topic).toBe('linkedin');
  });

  it('CSV imports of participants, sessions and goals record the labels as written in the file', async () => {
    const db = tempDbPath();
    await ok(db, ['round', 'create', '2026', '--start', '2026-01-15', '-q']);
    const participants = file(
      'p.csv',
      'name,email,role,topics\nLena Vogel,lena@example.com,mentor,#Online-Bewerbung;LinkedIn\nKlaus Berger,klaus@example.com,mentee,linkedin\n',
    );
    await ok(db, ['participant', 'import', participants, '--round', '2026', '-q']);
    await ok(db, ['pair', 'match', '--round', '2026', '--yes', '-q']);
    await ok(db, ['session', 'import', file('s.csv', 'mentee_email,date,minutes,topics\nklaus@example.com,2026-02-01,60,#Instagram-Reels;online-bewerbung\n'), '--round', '2026', '-q']);
    await ok(db, ['goal', 'import', file('g.csv', 'mentee_email,goal,topic\nklaus@example.com,Ein Reel drehen,#Instagram-Reels\nklaus@example.com,Profil,#Xing\n'), '--round', '2026', '-q']);
    expect(await ok(db, ['participant', 'list', '--round', '2026'])).toContain('Online-Bewerbung, LinkedIn');
    expect(await ok(db, ['pair', 'list', '--round', '2026'])).toContain('shared topic: LinkedIn');
    expect(await ok(db, ['session', 'list', '--round', '2026'])).toContain('Instagram-Reels, Online-Bewerbung');
    const goals = await ok(db, ['goal', 'list', '--round', '2026']);
    expect(goals).toContain('Instagram-Reels');
    expect(goals).toContain('Xing');
  });

  it('round report (table, md, html, xlsx topics, json), certificates and the survey questions show the labels', async () => {
    const db = await matched();
    await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'klaus@example.com', '--minutes', '60', '--date', '2026-02-01', '--topics', 'linkedin,ONLINE-BEWERBUNG', '-q']);
    await ok(db, ['session', 'log', '--round', '2026', '--mentee', 'klaus@example.com', '--minutes', '60', '--date', '2026-02-15', '--topics', 'linkedin', '-q']);
    for (const lang of ['en', 'de']) {
      const table = await ok(db, ['--lang', lang, 'round', 'report', '2026']);
      expect(table).toMatch(/LinkedIn\s+2 █/);
      expect(table).toMatch(/Online-Bewerbung\s+1 █/);
      expect(table).toContain(lang === 'en' ? 'shared topic: LinkedIn' : 'gemeinsames Thema: LinkedIn');
      const md = await ok(db, ['--lang', lang, 'round', 'report', '2026', '--format', 'md']);
      expect(md).toContain('| LinkedIn | 2 |');
      expect(md).toContain('| Online-Bewerbung | 1 |');
      const html = await ok(db, ['--lang', lang, 'round', 'report', '2026', '--format', 'html']);
      expect(html).toContain('>LinkedIn<');
      expect(html).toContain('>Online-Bewerbung<');
      expect(html).not.toMatch(/>linkedin<|>online-bewerbung</);
    }
    const json = JSON.parse(await ok(db, ['round', 'report', '2026', '--json']));
    expect(json.topics).toEqual([
      { topic: 'linkedin', label: 'LinkedIn', sessions: 2 },
      { topic: 'online-bewerbung', label: 'Online-Bewerbung', sessions: 1 },
    ]);
    expect(json.tandems[0].mentors[0].reasons).toEqual(['shared topic: linkedin', 'shared topic: online-bewerbung']);

    const out = tempDir();
    await ok(db, ['--lang', 'de', 'round', 'certificates', '2026', '--out-dir', out, '-q']);
    const [certificate] = readdirSync(out);
    expect(readFileSync(join(out, certificate!), 'utf8')).toContain('<bdi>LinkedIn</bdi>, <bdi>Online-Bewerbung</bdi>');

    const survey = JSON.parse(await ok(db, ['survey', 'create', '--round', '2026', '--name', 'start', '--kind', 'baseline', '--json']));
    expect(survey.questions.map((q: { id: string; text: string; textDe: string }) => [q.id, q.text, q.textDe])).toEqual([
      ['confidence:linkedin', 'How confident are you with LinkedIn?', 'Wie sicher fühlen Sie sich beim Thema LinkedIn?'],
      ['confidence:online-bewerbung', 'How confident are you with Online-Bewerbung?', 'Wie sicher fühlen Sie sich beim Thema Online-Bewerbung?'],
      ['confidence:tiktok', 'How confident are you with TikTok?', 'Wie sicher fühlen Sie sich beim Thema TikTok?'],
    ]);
  });

  it("the matching wizard's proposal and a participant's options show the labels", async () => {
    const db = await programme();
    const menu = (answer: string): Step => ({ kind: 'select', message: /^(What next\?|Wie weiter\?)$/, answer });
    const result = await tandem(db, ['pair', 'match', '--round', '2026'], {
      tty: true,
      env: { NO_COLOR: '1' },
      script: [menu('options'), { kind: 'select', pick: (choices) => choices.find((c) => c.name.includes('Klaus'))!.value }, menu('quit'), { kind: 'confirm', answer: true }],
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('shared topic: LinkedIn');
    expect(result.stderr).toContain('shared topic: Online-Bewerbung');
    expect(result.stderr).not.toMatch(/shared topic: (linkedin|online-bewerbung)/);
  });

  it('export carries the labels, and import restores them: the restored file shows the same spellings', async () => {
    const db = await matched();
    const exported = await ok(db, ['export']);
    expect(JSON.parse(exported).tables.topic_label).toEqual([
      { key: 'linkedin', label: 'LinkedIn' },
      { key: 'online-bewerbung', label: 'Online-Bewerbung' },
      { key: 'tiktok', label: 'TikTok' },
    ]);
    const restored = tempDbPath();
    await ok(restored, ['import', file('export.json', exported), '-q']);
    expect(await ok(restored, ['export'])).toBe(exported);
    expect(await ok(restored, ['participant', 'list', '--round', '2026'])).toContain('Online-Bewerbung, LinkedIn');
  });

  it('import refuses a label that is not a spelling of its key (exit 2), creating no database', async () => {
    const db = await matched();
    const doc = JSON.parse(await ok(db, ['export']));
    doc.tables.topic_label[0].label = 'Xing';
    const restored = tempDbPath();
    const result = await tandem(restored, ['import', file('export.json', JSON.stringify(doc))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tables.topic_label[0]');
    expect(result.stderr).toContain('"Xing" is not a spelling of the topic "linkedin"');
    expect(snapshot(restored)).toBeNull();
    const de = await tandem(restored, ['--lang', 'de', 'import', file('export.json', JSON.stringify(doc))]);
    expect(de.code).toBe(2);
    expect(de.stderr).toContain('„Xing“ ist keine Schreibweise des Themas „linkedin“');
  });
});

describe('topic list and topic rename', () => {
  it('lists every topic with its key and label; rename changes only how a topic is shown, in every view', async () => {
    const db = await matched();
    expect(JSON.parse(await ok(db, ['topic', 'list', '--json']))).toEqual([
      { key: 'linkedin', label: 'LinkedIn' },
      { key: 'online-bewerbung', label: 'Online-Bewerbung' },
      { key: 'tiktok', label: 'TikTok' },
    ]);
    const de = await ok(db, ['--lang', 'de', 'topic', 'list']);
    expect(de).toMatch(/Schlüssel\s+│ Angezeigt als/);
    const renamed = await tandem(db, ['topic', 'rename', '#ONLINE-BEWERBUNG', 'ONLINE-Bewerbung']);
    expect(renamed).toEqual({ code: 0, stdout: '', stderr: 'topic online-bewerbung is now shown as "ONLINE-Bewerbung" (was "Online-Bewerbung")\n' });
    expect(await ok(db, ['pair', 'list', '--round', '2026'])).toContain('shared topic: ONLINE-Bewerbung');
    expect(JSON.parse(await ok(db, ['--lang', 'de', 'topic', 'rename', 'online-bewerbung', 'Online-Bewerbung', '--json']))).toEqual({
      key: 'online-bewerbung',
      label: 'Online-Bewerbung',
      previous: 'ONLINE-Bewerbung',
    });
    // The key, and so the pair's reasons as data and its score, did not change.
    expect(JSON.parse(await ok(db, ['pair', 'list', '--round', '2026', '--json']))[0]).toMatchObject({ score: 20, reasons: ['shared topic: linkedin', 'shared topic: online-bewerbung'] });
  });

  it.each([
    [['topic', 'rename', 'linkedin', 'Xing'], 2, 'tandem: error: <label>: "Xing" is not a spelling of the topic "linkedin" (a label differs from its key only in case)\n'],
    [['topic', 'rename', 'linkedin', '#'], 2, 'tandem: error: <label>: "" is not a spelling of the topic "linkedin" (a label differs from its key only in case)\n'],
    [['topic', 'rename', 'xing', 'Xing'], 1, 'tandem: error: no topic "xing"\nhint: the topics: `tandem topic list`\n'],
    [['--lang', 'de', 'topic', 'rename', 'xing', 'Xing'], 1, 'tandem: Fehler: kein Thema „xing“\nHinweis: die Themen: `tandem topic list`\n'],
  ])('topic rename %j refuses (exit %i), changing nothing', async (argv, code, stderr) => {
    const db = await matched();
    const before = snapshot(db);
    expect(await tandem(db, argv)).toEqual({ code, stdout: '', stderr });
    expect(snapshot(db)).toEqual(before);
  });
});

describe('topic labels of files from before schema version 6', () => {
  const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

  it('the upgrade labels every stored topic by its key (the spelling was never stored); new topics keep theirs, old keys keep the key', async () => {
    const db = join(tempDir(), 'tandem.db');
    copyFileSync(join(FIXTURES, 'schema-v5.db'), db);
    const participants = await ok(db, ['participant', 'list', '--round', '2026']);
    expect(new Database(db, { readonly: true }).pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(labels(db)).toEqual(
      ['hashtags', 'homepages', 'instagram', 'linkedin', 'online application tools', 'snapchat', 'twitter'].map((key) => ({ key, label: key })),
    );
    expect(participants).toContain('linkedin, online application tools');
    await ok(db, ['participant', 'add', '--round', '2026', '--role', 'mentor', '--name', 'Zoe Brandt', '--email', 'zoe@example.com', '--topics', 'LinkedIn,#TikTok', '-q']);
    expect(await ok(db, ['participant', 'list', '--round', '2026'])).toContain('linkedin, TikTok');
    // The organiser gives an old key its spelling.
    await ok(db, ['topic', 'rename', 'linkedin', 'LinkedIn', '-q']);
    expect(await ok(db, ['participant', 'list', '--round', '2026'])).toContain('LinkedIn, TikTok');
  });

  it('an export of a version 5 file has no labels: imported, its topics are shown by their keys', async () => {
    const old = join(tempDir(), 'old.db');
    copyFileSync(join(FIXTURES, 'schema-v5.db'), old);
    // Export with the v5 file's own tables: read its rows without upgrading it.
    const handle = new Database(old, { readonly: true });
    const names = (handle.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((t) => t.name);
    const tables = Object.fromEntries(names.map((name) => [name, handle.prepare(`SELECT * FROM "${name}"`).all()]));
    handle.close();
    expect(names).not.toContain('topic_label');
    const restored = tempDbPath();
    await ok(restored, ['import', file('v5.json', JSON.stringify({ tandem: 1, schemaVersion: 5, tables })), '-q']);
    expect(labels(restored)).toContainEqual({ key: 'linkedin', label: 'linkedin' });
    expect(await ok(restored, ['participant', 'list', '--round', '2026'])).toContain('linkedin, online application tools');
  });

  it('the version 6 fixture shows its labels and round-trips through export and import', async () => {
    const db = join(tempDir(), 'tandem.db');
    copyFileSync(join(FIXTURES, 'schema-v6.db'), db);
    expect(await ok(db, ['participant', 'list', '--round', '2026'])).toContain('instagram, TikTok');
    const exported = await ok(db, ['export']);
    const restored = tempDbPath();
    await ok(restored, ['import', file('v6.json', exported), '-q']);
    expect(await ok(restored, ['export'])).toBe(exported);
    expect(await ok(restored, ['participant', 'list', '--round', '2026'])).toContain('instagram, TikTok');
  });
});
