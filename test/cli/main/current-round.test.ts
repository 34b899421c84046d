import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';

async function programme() {
  const db = tempDbPath();
  await tandem(db, ['round', 'create', 'spring', '--start', '2026-02-01']);
  await tandem(db, ['round', 'create', 'old', '--start', '2025-01-01', '--end', '2025-06-30']);
  const csv = writeTemp('p.csv', 'name,email,role,topics\nAnna,anna@example.com,mentor,instagram\nEgon,egon@example.com,mentee,instagram\n');
  await tandem(db, ['participant', 'import', csv, '--round', 'spring']);
  await tandem(db, ['pair', 'match', '--round', 'spring', '--yes']);
  return db;
}

describe('the current round (SPEC §1)', () => {
  it('is the only open round when --round is left out', async () => {
    const db = await programme();
    const pairs = await tandem(db, ['pair', 'list', '--json']);
    expect(pairs.code).toBe(0);
    expect(JSON.parse(pairs.stdout)).toHaveLength(1);
  });

  it('with one running round among several not closed, is the running one', async () => {
    const db = await programme();
    await tandem(db, ['round', 'create', 'autumn', '--start', '2026-09-01']);
    const pairs = await tandem(db, ['pair', 'list', '--json']);
    expect(pairs.code).toBe(0);
    expect(JSON.parse(pairs.stdout)).toHaveLength(1);
  });

  it('with several rounds not closed and none (or more than one) running, exits 2 naming them', async () => {
    const db = await programme();
    await tandem(db, ['round', 'create', 'autumn', '--start', '2026-09-01']);
    await tandem(db, ['round', 'create', 'summer', '--start', '2026-02-15']);
    const before = snapshot(db);
    for (const argv of [['pair', 'list'], ['participant', 'list'], ['session', 'list'], ['goal', 'list'], ['pair', 'match', '--dry-run'], ['survey', 'report'], ['round', 'show']]) {
      const result = await tandem(db, argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toBe(
        'tandem: error: more than one round is not closed and no single one is running; name one with --round: old (finished), spring (running), summer (running), autumn (planned)\nhint: pass --round <name>, or set TANDEM_ROUND\n',
      );
    }
    // Months later both have ended: two finished rounds and a planned one, none running.
    const later = await tandem(db, ['--lang', 'de', 'pair', 'list'], { today: '2026-08-20' });
    expect(later).toMatchObject({
      code: 2,
      stderr: 'tandem: Fehler: mehr als eine Runde ist nicht abgeschlossen und keine läuft als einzige; nennen Sie eine mit --round: old (beendet), spring (beendet), summer (beendet), autumn (geplant)\nHinweis: --round <name> angeben oder TANDEM_ROUND setzen\n',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('is the round TANDEM_ROUND names, even among several open ones', async () => {
    const db = await programme();
    await tandem(db, ['round', 'create', 'autumn', '--start', '2026-09-01']);
    const spring = await tandem(db, ['pair', 'list', '--json'], { env: { TANDEM_ROUND: 'spring' } });
    expect(JSON.parse(spring.stdout)).toHaveLength(1);
    const autumn = await tandem(db, ['pair', 'list', '--json'], { env: { TANDEM_ROUND: 'autumn' } });
    expect(JSON.parse(autumn.stdout)).toEqual([]);
    const old = await tandem(db, ['pair', 'list', '--json', '--round', 'old'], { env: { TANDEM_ROUND: 'spring' } });
    expect(JSON.parse(old.stdout)).toEqual([]);
  });

  it('is the only round not closed even after its end (finished)', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'old', '--start', '2025-01-01', '--end', '2025-06-30']);
    const result = await tandem(db, ['round', 'show', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ name: 'old', status: 'finished' });
  });

  it('when every round is closed, exits 2 listing them all', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'old', '--start', '2025-01-01', '--end', '2025-06-30']);
    await tandem(db, ['--yes', 'round', 'close', 'old']);
    const before = snapshot(db);
    const result = await tandem(db, ['pair', 'list']);
    expect(result).toMatchObject({ code: 2, stderr: 'tandem: error: no round that is not closed; name one with --round (rounds: old (closed))\nhint: pass --round <name>, or set TANDEM_ROUND\n' });
    expect(snapshot(db)).toEqual(before);
  });
});

describe('the current round across its end date (issue 14)', () => {
  it('after the end the finished round is still current; after round close, another round is', async () => {
    const db = await programme();
    await tandem(db, ['--yes', 'round', 'close', 'old'], { today: '2026-03-01' });
    await tandem(db, ['session', 'log', '--mentee', 'egon@example.com', '--minutes', '60', '--date', '2026-02-20']);
    await tandem(db, ['survey', 'create']);
    const answers = writeTemp('answers.csv', 'role,recommend\nmentor,yes\nmentee,yes\n');
    expect((await tandem(db, ['survey', 'import', answers])).code).toBe(0);
    const after = { today: '2026-08-10' }; // spring ran 2026-02-01 – 2026-08-01
    const show = await tandem(db, ['round', 'show', '--json'], after);
    expect(JSON.parse(show.stdout)).toMatchObject({ name: 'spring', status: 'finished' });

    const survey = await tandem(db, ['survey', 'report', '--json'], after);
    expect(survey.code, survey.stderr).toBe(0);
    expect(JSON.parse(survey.stdout)).toMatchObject({ survey: 'final' });
    const report = await tandem(db, ['round', 'report', '--json'], after);
    expect(report.code, report.stderr).toBe(0);
    expect(JSON.parse(report.stdout)).toMatchObject({ round: { name: 'spring', status: 'finished' }, counts: { sessions: 1 } });
    const dir = tempDir();
    const certificates = await tandem(db, ['round', 'certificates', '--out-dir', dir, '--json'], after);
    expect(certificates.code, certificates.stderr).toBe(0);
    expect(JSON.parse(certificates.stdout)).toMatchObject([{ name: 'Anna', sessions: 1 }]);
    const logged = await tandem(db, ['session', 'log', '--mentee', 'egon@example.com', '--minutes', '45', '--date', '2026-07-20'], after);
    expect(logged.code, logged.stderr).toBe(0);
    const sessions = await tandem(db, ['session', 'list', '--json'], after);
    expect(JSON.parse(sessions.stdout).map((s: { date: string }) => s.date)).toEqual(['2026-02-20', '2026-07-20']);

    // Closed, with two new rounds planned: nothing is current any more.
    await tandem(db, ['--yes', 'round', 'close', 'spring'], after);
    await tandem(db, ['round', 'create', 'autumn', '--start', '2026-09-01'], after);
    await tandem(db, ['round', 'create', 'winter', '--start', '2026-12-01'], after);
    const before = snapshot(db);
    for (const argv of [['survey', 'report'], ['round', 'report'], ['round', 'certificates', '--out-dir', tempDir()], ['session', 'log', '--mentee', 'egon@example.com', '--minutes', '30', '--date', '2026-07-21']]) {
      const result = await tandem(db, argv, after);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toBe(
        'tandem: error: more than one round is not closed and no single one is running; name one with --round: autumn (planned), winter (planned)\nhint: pass --round <name>, or set TANDEM_ROUND\n',
      );
    }
    expect(snapshot(db)).toEqual(before);
    // Named, the closed round still reports.
    const named = await tandem(db, ['round', 'report', 'spring', '--json'], after);
    expect(named.code, named.stderr).toBe(0);
    expect(JSON.parse(named.stdout)).toMatchObject({ round: { name: 'spring', status: 'closed' }, counts: { sessions: 2 } });
    // With one other round left, that one is current: spring's commands must name it.
    await tandem(db, ['--yes', 'round', 'close', 'winter'], after);
    const autumn = await tandem(db, ['round', 'report', '--json'], after);
    expect(JSON.parse(autumn.stdout)).toMatchObject({ round: { name: 'autumn', status: 'planned' } });
  });
});
