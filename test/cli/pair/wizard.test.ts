import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, type RunOptions } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { named, scriptedPrompter, type Script, type Step } from '../../helpers/prompter.js';
import { meanwhile } from '../../helpers/round-fixture.js';

/**
 * Round R: four mentors, three mentees, every capacity 1. The optimum is
 *   Egon–Anna 28 · Frida–Cem 18 · Gerd–Dora 18 (total 64), Ben left over;
 * without Frida–Cem, Frida gets Ben (8); Gerd by hand with Ben (13) leaves Frida with Dora (3).
 */
async function round(): Promise<string> {
  const db = tempDbPath();
  const created = await tandem(db, ['round', 'create', 'R', '--start', '2026-01-15']);
  if (created.code !== 0) throw new Error(created.stderr);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,department,location,topics\n' +
      'Anna Azubi,anna@example.com,mentor,IT,Hamburg,instagram;twitter\n' +
      'Ben Becker,ben@example.com,mentor,Sales,Köln,instagram\n' +
      'Cem Cakir,cem@example.com,mentor,IT,Köln,linkedin\n' +
      'Dora Dietz,dora@example.com,mentor,IT,Berlin,hashtags\n' +
      'Egon Exec,egon@example.com,mentee,Board,Hamburg,instagram;twitter\n' +
      'Frida Fuchs,frida@example.com,mentee,Finance,Köln,linkedin\n' +
      'Gerd Gast,gerd@example.com,mentee,Board,Berlin,hashtags;instagram\n',
  );
  const imported = await tandem(db, ['participant', 'import', csv, '--round', 'R']);
  if (imported.code !== 0) throw new Error(imported.stderr);
  return db;
}

const MATCH = ['pair', 'match', '--round', 'R'];

/** `tandem …` on a (fake) terminal, without colour so the text can be compared. */
const onTerminal = (db: string, argv: string[], options: Omit<RunOptions, 'tty'>) =>
  tandem(db, argv, { ...options, tty: true, env: { NO_COLOR: '1', ...options.env } });


const menu = (answer: string, extra: Partial<Step> = {}): Step => ({ kind: 'select', message: /^What next\?$/, answer, ...extra });

async function pairs(db: string): Promise<string[]> {
  const listed = await tandem(db, ['pair', 'list', '--round', 'R', '--json']);
  return (JSON.parse(listed.stdout) as { mentor: { email: string }; mentee: { email: string }; locked: boolean; since: string; status: string }[]).map(
    (p) => `${p.mentee.email.split('@')[0]}–${p.mentor.email.split('@')[0]}${p.locked ? ' locked' : ''} ${p.since} ${p.status}`,
  );
}

function exclusions(db: string): string[] {
  const handle = new Database(db, { readonly: true });
  try {
    return (
      handle
        .prepare(
          `SELECT a.email AS a, b.email AS b, r.name AS round FROM exclusion x JOIN person a ON a.id = x.person_a
           JOIN person b ON b.id = x.person_b LEFT JOIN round r ON r.id = x.round_id ORDER BY x.id`,
        )
        .all() as { a: string; b: string; round: string | null }[]
    ).map((x) => `${x.a} ${x.b} ${x.round ?? '*'}`);
  } finally {
    handle.close();
  }
}


describe('pair match: the wizard', () => {
  it('shows the proposal, then locks, excludes, assigns by hand, shows options, undoes, asks before quitting, and saves', async () => {
    const db = await round();
    const script: Script = [
      menu('show'),
      menu('lock'),
      { kind: 'select', message: /Which pair should stay/, pick: named('Egon Exec with Anna Azubi') },
      menu('exclude'),
      { kind: 'select', message: /never be proposed/, pick: named('Frida Fuchs with Cem Cakir') },
      menu('assign'),
      { kind: 'select', message: /^Which mentee\?$/, pick: named('Gerd Gast') },
      { kind: 'select', message: /^Which mentor for Gerd Gast\?/, pick: named('Ben Becker') },
      menu('options'),
      { kind: 'select', message: /^Whose options\?$/, pick: named('Frida Fuchs') },
      menu('undo'),
      menu('quit'),
      { kind: 'confirm', message: /Quit without saving\?/, answer: false },
      menu('assign'),
      { kind: 'select', message: /^Which mentee\?$/, pick: named('← back') },
      menu('save'),
    ];
    const prompter = scriptedPrompter(script);
    const result = await onTerminal(db, MATCH, { prompter });
    expect(result.stderr).not.toContain('tandem: error');
    expect(result.code).toBe(0);
    expect(prompter.remaining()).toBe(0);
    // stdout stays clean for data: everything the wizard shows goes to stderr
    expect(result.stdout).toBe('');
    const err = result.stderr;
    expect(err).toContain('Matching wizard for round R');
    expect(err).toContain('3 pairs (3 new) · 3 of 3 mentees covered · total score 64');
    expect(err.split('Proposal:')).toHaveLength(3); // at the start and on "show"
    expect(err).toMatch(/Ben Becker <ben@example.com>: capacity exhausted/);
    expect(err).toMatch(/shared topic: instagram/);
    // the lock moves nothing
    expect(err).toContain('locked: Egon Exec with Anna Azubi (score 28)\n  no pair changed\n  pairs 3 → 3 · mentees covered 3 → 3 · total score 64 → 64\n');
    // the exclusion re-solves around the pair
    expect(err).toContain(
      'excluded: Frida Fuchs with Cem Cakir (score 18)\n  - Frida Fuchs with Cem Cakir (score 18)\n  + Frida Fuchs with Ben Becker (score 8)\n  pairs 3 → 3 · mentees covered 3 → 3 · total score 64 → 54\n',
    );
    // the hand assignment takes Ben from Frida, who gets Dora
    expect(err).toContain('assigned by hand: Gerd Gast with Ben Becker (score 13)\n');
    expect(err).toContain('+ Gerd Gast with Ben Becker (score 13)');
    expect(err).toContain('+ Frida Fuchs with Dora Dietz (score 3)');
    expect(err).toContain('total score 54 → 44');
    // Frida's options: the excluded Cem is listed, not eligible, with the reason
    expect(err).toContain('Options of Frida Fuchs <frida@example.com> (mentee), eligible ones first:');
    expect(err).toMatch(/Cem Cakir <cem@example.com>\s*│ 18\s*│ shared topic: linkedin\s*│ no: excluded/);
    expect(err).toMatch(/Dora Dietz <dora@example.com>\s*│ 3\s*│ different departments: IT \/ Finance\s*│ yes, proposed/);
    // undo takes back the hand assignment, the lock and the exclusion stay
    expect(err).toContain('undone: assigned by hand: Gerd Gast with Ben Becker (score 13)\n');
    expect(err).toContain('total score 44 → 54');
    expect(err).toContain('saved 3 new pairs in round R (1 locked, 1 exclusion for this round, 0 dissolved)\n');

    expect(await pairs(db)).toEqual([
      'egon–anna locked 2026-01-15 active',
      'frida–ben 2026-01-15 active',
      'gerd–dora 2026-01-15 active',
    ]);
    expect(exclusions(db)).toEqual(['cem@example.com frida@example.com R']);
    // the exclusion holds for the next run of the round
    const next = JSON.parse((await tandem(db, [...MATCH, '--rematch', '--dry-run', '--json'])).stdout);
    expect(next.pairs.map((p: { mentor: { email: string } }) => p.mentor.email)).not.toContain('cem@example.com');
  });

  it('offers the assignable mentors best first with score and reasons, and saves a hand pair locked with --since', async () => {
    const db = await round();
    let offered: string[] = [];
    const result = await onTerminal(db, [...MATCH, '--since', '2026-02-01'], {
      script: [
        menu('assign'),
        { kind: 'select', message: /^Which mentee\?$/, pick: named('Frida Fuchs') },
        {
          kind: 'select',
          message: /^Which mentor for Frida Fuchs\? \(eligible ones, best first\)$/,
          pick: (choices) => {
            offered = choices.map((c) => c.name);
            return named('Dora Dietz')(choices);
          },
        },
        menu('save'),
      ],
    });
    expect(result.code).toBe(0);
    expect(offered).toEqual([
      'Cem Cakir <cem@example.com> · score 18 · shared topic: linkedin · same location: Köln · different departments: IT / Finance · (proposed)',
      'Ben Becker <ben@example.com> · score 8 · same location: Köln · different departments: Sales / Finance',
      'Anna Azubi <anna@example.com> · score 3 · different departments: IT / Finance',
      'Dora Dietz <dora@example.com> · score 3 · different departments: IT / Finance',
      '← back',
    ]);
    expect(await pairs(db)).toEqual([
      'egon–anna 2026-02-01 active',
      'frida–dora locked 2026-02-01 active',
      'gerd–ben 2026-02-01 active',
    ]);
    expect(exclusions(db)).toEqual([]);
  });

  it('with --json prints the SPEC match document on stdout after saving, the prompts and tables on stderr', async () => {
    const db = await round();
    const result = await onTerminal(db, ['--json', ...MATCH], { script: [menu('save')] });
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(Object.keys(doc)).toEqual(['pairs', 'unmatched', 'totalScore']);
    expect(doc.totalScore).toBe(64);
    expect(doc.pairs[0]).toEqual({
      mentor: { name: 'Anna Azubi', email: 'anna@example.com' },
      mentee: { name: 'Egon Exec', email: 'egon@example.com' },
      score: 28,
      reasons: ['shared topic: instagram', 'shared topic: twitter', 'same location: Hamburg', 'different departments: IT / Board'],
      why: [
        { kind: 'topic', topic: 'instagram' },
        { kind: 'topic', topic: 'twitter' },
        { kind: 'location', location: 'Hamburg' },
        { kind: 'department', mentor: 'IT', mentee: 'Board' },
      ],
      forced: false,
      status: 'active',
      since: '2026-01-15',
      locked: false,
      new: true,
    });
    expect(doc.unmatched).toEqual({ mentors: [{ email: 'ben@example.com', name: 'Ben Becker', reason: 'capacity exhausted' }], mentees: [] });
    expect(result.stderr).toContain('3 pairs (3 new)');
  });

  it('keeps the round’s pairs: a kept pair can be locked (saved as locked) but is not offered for exclusion', async () => {
    const db = await round();
    expect((await tandem(db, ['pair', 'add', 'ben@example.com', 'frida@example.com', '--round', 'R'])).code).toBe(0);
    let excludable: string[] = [];
    const result = await onTerminal(db, MATCH, {
      script: [
        menu('lock'),
        { kind: 'select', message: /Which pair should stay/, pick: named('Frida Fuchs with Ben Becker') },
        menu('exclude'),
        {
          kind: 'select',
          message: /never be proposed/,
          pick: (choices) => {
            excludable = choices.map((c) => c.name);
            return null; // back
          },
        },
        menu('save'),
      ],
    });
    expect(result.code).toBe(0);
    expect(excludable).toEqual(['Egon Exec with Anna Azubi (score 28)', 'Gerd Gast with Dora Dietz (score 18)', '← back']);
    expect(result.stderr).toContain('saved 2 new pairs in round R (1 locked, 0 exclusions for this round, 0 dissolved)');
    expect(await pairs(db)).toEqual(['egon–anna 2026-01-15 active', 'frida–ben locked 2026-01-15 active', 'gerd–dora 2026-01-15 active']);
  });

  it('--rematch leaves out the unused unlocked pairs and dissolves them only on save', async () => {
    const db = await round();
    expect((await tandem(db, ['pair', 'add', 'ben@example.com', 'frida@example.com', '--round', 'R'])).code).toBe(0);
    const result = await onTerminal(db, [...MATCH, '--rematch'], { script: [menu('save')] });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('3 pairs (3 new) · 3 of 3 mentees covered · total score 64');
    expect(result.stderr).toContain('saved 3 new pairs in round R (0 locked, 0 exclusions for this round, 1 dissolved)');
    expect(await pairs(db)).toEqual(['egon–anna 2026-01-15 active', 'frida–cem 2026-01-15 active', 'gerd–dora 2026-01-15 active']);
  });

  it('speaks German with --lang de', async () => {
    const db = await round();
    const result = await onTerminal(db, ['--lang', 'de', ...MATCH], {
      script: [
        { kind: 'select', message: /^Wie geht es weiter\?$/, pick: named('Ein Paar ausschließen') },
        { kind: 'select', message: /^Welches Paar soll in dieser Runde nie vorgeschlagen werden\?$/, pick: named('Frida Fuchs mit Cem Cakir (18 Punkte)') },
        { kind: 'select', message: /^Wie geht es weiter\?$/, pick: named('Beenden, ohne zu speichern') },
        { kind: 'confirm', message: /^Beenden, ohne zu speichern\?/, answer: true },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Matching-Assistent für Runde R');
    expect(result.stderr).toContain('ausgeschlossen: Frida Fuchs mit Cem Cakir (18 Punkte)');
    expect(result.stderr).toContain('Paare 3 → 3 · versorgte Mentees 3 → 3 · Gesamtpunktzahl 64 → 54');
    expect(result.stderr).toContain('beendet: nichts wurde gespeichert');
    expect(result.stderr).not.toMatch(/wizard\.|What next|score \d/);
  });
});

describe('pair match: the wizard changes nothing unless it saves', () => {
  it('quit (confirmed) after changes leaves the database byte-identical', async () => {
    const db = await round();
    const before = snapshot(db);
    const result = await onTerminal(db, MATCH, {
      script: [
        menu('lock'),
        { kind: 'select', pick: named('Egon Exec') },
        menu('exclude'),
        { kind: 'select', pick: named('Gerd Gast') },
        menu('quit'),
        { kind: 'confirm', answer: true },
      ],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('quit: nothing was saved\n');
    expect(snapshot(db)).toEqual(before);
    expect(await pairs(db)).toEqual([]);
  });

  it.each<[string, Script]>([
    ['at the first menu', [{ kind: 'select', cancel: true }]],
    ['in the middle of a change', [menu('lock'), { kind: 'select', pick: named('Egon Exec') }, menu('exclude'), { kind: 'select', cancel: true }]],
    ['at the quit question', [menu('exclude'), { kind: 'select', pick: named('Gerd Gast') }, menu('quit'), { kind: 'confirm', cancel: true }]],
  ])('Ctrl+C %s exits 130 and leaves the database untouched', async (_when, script) => {
    const db = await round();
    const before = snapshot(db);
    const result = await onTerminal(db, MATCH, { script });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/tandem: error: cancelled; nothing was changed\n$/);
    expect(snapshot(db)).toEqual(before);
  });

  it('without a terminal exits 2 naming --yes and --dry-run, and changes nothing', async () => {
    const db = await round();
    const before = snapshot(db);
    const result = await tandem(db, MATCH);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'tandem: error: this needs an answer, but stdin is not a terminal\nhint: answer with --yes (save the proposal) or --dry-run (only show it)\n',
    );
    expect(snapshot(db)).toEqual(before);
  });

  it.each<[string, string, RegExp]>([
    [
      'an exclusion of a proposed pair',
      `INSERT INTO exclusion (person_a, person_b, round_id)
         SELECT min(a.id, b.id), max(a.id, b.id), NULL FROM person a, person b WHERE a.email = 'anna@example.com' AND b.email = 'egon@example.com'`,
      /^tandem: error: the data changed while the wizard was open, so these pairs are no longer allowed: Egon Exec <egon@example.com> – Anna Azubi <anna@example.com> \(excluded\); nothing was saved\nhint: run `tandem pair match --round R` again\n$/,
    ],
    [
      'a pair made at another terminal',
      `INSERT INTO pair (round_id, mentor_id, mentee_id, since)
         SELECT r.id, m.id, e.id, '2026-01-15' FROM round r, person m, person e WHERE r.name = 'R' AND m.email = 'ben@example.com' AND e.email = 'frida@example.com'`,
      /^tandem: error: the pairs of round R changed while the wizard was open; nothing was saved\nhint: run `tandem pair match --round R` again\n$/,
    ],
    [
      'the round closed',
      `UPDATE round SET closed_on = '2026-02-28' WHERE name = 'R'`,
      /^tandem: error: round "R" is closed: no further sessions or matching\n$/,
    ],
  ])('re-checks inside the save: %s meanwhile → exit 1, nothing of the wizard saved', async (_what, sql, message) => {
    const db = await round();
    const result = await onTerminal(db, MATCH, {
      script: [
        menu('exclude'),
        { kind: 'select', pick: named('Gerd Gast') },
        menu('save', {
          answer: undefined,
          pick: () => {
            meanwhile(db, sql);
            return 'save';
          },
        }),
      ],
    });
    const stderr = result.stderr.slice(result.stderr.indexOf('tandem: error'));
    expect(stderr).toMatch(message);
    expect(result.code).toBe(1);
    // nothing of the wizard: no new pairs, no session exclusion (only what the other terminal wrote)
    expect((await pairs(db)).filter((p) => !p.startsWith('frida–ben'))).toEqual([]);
    expect(exclusions(db).filter((x) => x.endsWith(' R'))).toEqual([]);
  });
});
