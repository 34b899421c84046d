import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

/**
 * A small round: Anna reports to Lea who reports to the executive Egon (two levels);
 * Ben and Cem are free. Egon wants instagram, Frida wants linkedin.
 */
async function round(extra = '') {
  const db = tempDbPath();
  await tandem(db, ['round', 'create', 'R', '--start', '2026-01-15']);
  await tandem(db, ['person', 'add', '--name', 'Lea Lead', '--email', 'lea@example.com', '--manager', 'egon@example.com']);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,department,location,manager_email,topics\n' +
      'Anna Azubi,anna@example.com,mentor,IT,Hamburg,lea@example.com,instagram;linkedin\n' +
      'Ben Becker,ben@example.com,mentor,Sales,Köln,,instagram\n' +
      'Cem Cakir,cem@example.com,mentor,IT,Köln,,linkedin\n' +
      'Egon Exec,egon@example.com,mentee,Board,Hamburg,,instagram\n' +
      'Frida Fuchs,frida@example.com,mentee,Finance,Köln,,linkedin\n' +
      extra,
  );
  const imported = await tandem(db, ['participant', 'import', csv, '--round', 'R']);
  if (imported.code !== 0) throw new Error(imported.stderr);
  return db;
}

const pairsOf = (doc: { pairs: { mentor: { email: string }; mentee: { email: string } }[] }) =>
  doc.pairs.map((p) => `${p.mentor.email}>${p.mentee.email}`);

describe('pair match', () => {
  it('--dry-run --json proposes the optimal pairs with reasons, respects reporting lines, and saves nothing', async () => {
    const db = await round();
    const before = snapshot(db);
    const result = await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(pairsOf(doc)).toEqual(['ben@example.com>egon@example.com', 'cem@example.com>frida@example.com']);
    expect(doc.pairs[0]).toEqual({
      mentor: { name: 'Ben Becker', email: 'ben@example.com' },
      mentee: { name: 'Egon Exec', email: 'egon@example.com' },
      score: 13,
      reasons: ['shared topic: instagram', 'different departments: Sales / Board'],
      why: [
        { kind: 'topic', topic: 'instagram' },
        { kind: 'department', mentor: 'Sales', mentee: 'Board' },
      ],
      forced: false,
      status: 'active',
      since: '2026-01-15',
      locked: false,
      new: true,
    });
    expect(doc.totalScore).toBe(13 + 10 + 5 + 3);
    expect(doc.unmatched).toEqual({ mentors: [{ email: 'anna@example.com', name: 'Anna Azubi', reason: 'capacity exhausted' }], mentees: [] });
    expect(snapshot(db)).toEqual(before);
  });

  it('names the reporting line when it leaves someone without any partner', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'R', '--start', '2026-01-15']);
    await tandem(db, ['person', 'add', '--name', 'Lea Lead', '--email', 'lea@example.com', '--manager', 'egon@example.com']);
    const csv = writeTemp('p.csv', 'name,email,role,manager_email\nAnna,anna@example.com,mentor,lea@example.com\nEgon,egon@example.com,mentee,\n');
    await tandem(db, ['participant', 'import', csv, '--round', 'R']);
    const doc = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json'])).stdout);
    expect(doc.pairs).toEqual([]);
    expect(doc.unmatched).toEqual({
      mentors: [{ email: 'anna@example.com', name: 'Anna', reason: 'no eligible partner: reporting line' }],
      mentees: [{ email: 'egon@example.com', name: 'Egon', reason: 'no eligible partner: reporting line' }],
    });
    const table = await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run']);
    expect(table.stdout).toContain('Anna <anna@example.com>: no eligible partner: reporting line');
    expect(table.stderr).toBe('dry run: nothing was saved\n');
  });

  it('--yes saves, keeps existing pairs on the next run, and --rematch dissolves unused unlocked pairs', async () => {
    const db = await round();
    const saved = await tandem(db, ['pair', 'match', '--round', 'R', '--yes']);
    expect(saved.code).toBe(0);
    expect(saved.stderr).toBe('saved 2 new pairs in round R (0 dissolved)\n');
    const list = JSON.parse((await tandem(db, ['pair', 'list', '--round', 'R', '--json'])).stdout);
    expect(list).toHaveLength(2);
    expect(Object.keys(list[0]).sort()).toEqual(['endReason', 'endedOn', 'forced', 'locked', 'mentee', 'mentor', 'reasons', 'score', 'since', 'status', 'why']);

    const late = writeTemp('late.csv', 'name,email,role,topics\nGerd Gast,gerd@example.com,mentee,linkedin\n');
    await tandem(db, ['participant', 'import', late, '--round', 'R']);
    const again = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json'])).stdout);
    expect(again.pairs.filter((p: { new: boolean }) => !p.new)).toHaveLength(2);
    expect(again.pairs.filter((p: { new: boolean }) => p.new).map((p: { mentor: { email: string } }) => p.mentor.email)).toEqual(['anna@example.com']);

    await tandem(db, ['pair', 'lock', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    const rematch = await tandem(db, ['pair', 'match', '--round', 'R', '--yes', '--rematch', '--json']);
    expect(rematch.code).toBe(0);
    const doc = JSON.parse(rematch.stdout);
    expect(doc.pairs.find((p: { mentee: { email: string } }) => p.mentee.email === 'egon@example.com')).toMatchObject({ locked: true, new: false });
    expect(rematch.stderr).toBe('saved 2 new pairs in round R (1 dissolved)\n');
  });

  it('--weights changes the objective', async () => {
    const db = await round();
    const doc = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json', '--weights', 'topic=0,location=0,department=0'])).stdout);
    expect(doc.totalScore).toBe(0);
    expect(doc.pairs).toHaveLength(2);
  });

  it.each([
    [['--weights', 'topic=ten'], 2, '--weights: "topic=ten" is not a list like'],
    [['--since', '2027-01-01', '--dry-run'], 2, '--since 2027-01-01 is outside the round'],
    [['--since', '2026-02-30', '--dry-run'], 2, '--since: "2026-02-30" is not a valid date'],
    [[], 2, 'this needs an answer, but stdin is not a terminal'],
  ])('pair match %j exits %i', async (args, code, message) => {
    const db = await round();
    const before = snapshot(db);
    const result = await tandem(db, ['pair', 'match', '--round', 'R', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('without a terminal names --yes and --dry-run', async () => {
    const db = await round();
    const result = await tandem(db, ['pair', 'match', '--round', 'R']);
    expect(result.stderr).toContain('hint: answer with --yes (save the proposal) or --dry-run (only show it)');
    const before = snapshot(db);
    const de = await tandem(db, ['--lang', 'de', 'pair', 'match', '--round', 'R']);
    expect(de).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tandem: Fehler: hier ist eine Antwort nötig, aber stdin ist kein Terminal\nHinweis: antworten Sie mit --yes (Vorschlag speichern) oder --dry-run (nur anzeigen)\n',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a closed round', async () => {
    const db = await round();
    await tandem(db, ['round', 'close', 'R', '--yes']);
    const result = await tandem(db, ['pair', 'match', '--round', 'R', '--yes']);
    expect(result).toMatchObject({ code: 1, stderr: 'tandem: error: round "R" is closed: no further sessions or matching\n' });
  });
});

describe('pair add|end|lock|exclude', () => {
  it('adds a pair by hand with its score, and refuses a broken constraint unless --force', async () => {
    const db = await round();
    const ok = await tandem(db, ['pair', 'add', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    expect(ok).toMatchObject({ code: 0, stderr: 'paired Ben Becker with Egon Exec (score 13)\n' });
    const before = snapshot(db);
    const line = await tandem(db, ['pair', 'add', 'anna@example.com', 'egon@example.com', '--round', 'R']);
    expect(line).toMatchObject({ code: 1, stderr: 'tandem: error: this pair breaks a hard constraint: reporting line, capacity\nhint: pass --force to pair them anyway\n' });
    const twice = await tandem(db, ['pair', 'add', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    expect(twice).toMatchObject({ code: 1, stderr: 'tandem: error: ben@example.com and egon@example.com are already paired in round R\n' });
    const role = await tandem(db, ['pair', 'add', 'egon@example.com', 'ben@example.com', '--round', 'R']);
    expect(role).toMatchObject({ code: 2, stderr: 'tandem: error: egon@example.com takes part in round R as a mentee, not as a mentor\n' });
    expect(snapshot(db)).toEqual(before);
    const forced = await tandem(db, ['pair', 'add', 'anna@example.com', 'frida@example.com', '--round', 'R', '--force']);
    expect(forced.code).toBe(0);
  });

  it('ends, locks and excludes pairs, with clear errors for unknown pairs', async () => {
    const db = await round();
    await tandem(db, ['pair', 'add', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    expect((await tandem(db, ['pair', 'lock', 'ben@example.com', 'egon@example.com', '--round', 'R'])).stderr).toBe('locked the pair ben@example.com – egon@example.com\n');
    expect((await tandem(db, ['pair', 'lock', 'ben@example.com', 'egon@example.com', '--round', 'R'])).stderr).toBe('the pair ben@example.com – egon@example.com was already locked\n');
    const before = snapshot(db);
    const missing = await tandem(db, ['pair', 'end', 'cem@example.com', 'egon@example.com', '--round', 'R', '--reason', 'x']);
    expect(missing).toMatchObject({ code: 1, stderr: 'tandem: error: cem@example.com and egon@example.com have no active pair in round R\n' });
    const noReason = await tandem(db, ['pair', 'end', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    expect(noReason.code).toBe(2);
    expect(snapshot(db)).toEqual(before);
    expect((await tandem(db, ['pair', 'end', 'ben@example.com', 'egon@example.com', '--round', 'R', '--reason', 'moved to Berlin'])).code).toBe(0);
    const list = JSON.parse((await tandem(db, ['pair', 'list', '--round', 'R', '--json'])).stdout);
    expect(list[0]).toMatchObject({ status: 'ended', endedOn: '2026-03-01', endReason: 'moved to Berlin' });

    expect((await tandem(db, ['pair', 'exclude', 'ben@example.com', 'egon@example.com'])).stderr).toBe('ben@example.com and egon@example.com will never be paired in any round\n');
    expect((await tandem(db, ['pair', 'exclude', 'egon@example.com', 'ben@example.com'])).stderr).toBe('ben@example.com and egon@example.com were already excluded in any round\n'.replace('ben@example.com and egon@example.com', 'egon@example.com and ben@example.com'));
    const doc = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json'])).stdout);
    expect(pairsOf(doc)).not.toContain('ben@example.com>egon@example.com');
    const unknown = await tandem(db, ['pair', 'exclude', 'ben@example.com', 'nobody@example.com']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'tandem: error: no person with email nobody@example.com\n' });
  });

  it('does not pair people who met in an earlier round unless --allow-repeat', async () => {
    const db = await round();
    await tandem(db, ['pair', 'add', 'ben@example.com', 'egon@example.com', '--round', 'R']);
    await tandem(db, ['round', 'create', 'R2', '--start', '2026-08-01', '--from', 'R']);
    const blocked = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R2', '--dry-run', '--json'])).stdout);
    expect(pairsOf(blocked)).not.toContain('ben@example.com>egon@example.com');
    const allowed = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R2', '--dry-run', '--json', '--allow-repeat'])).stdout);
    expect(pairsOf(allowed)).toContain('ben@example.com>egon@example.com');
  });
});
