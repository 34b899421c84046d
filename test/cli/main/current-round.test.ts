import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
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

  it('with two open rounds, exits 2 naming both', async () => {
    const db = await programme();
    await tandem(db, ['round', 'create', 'autumn', '--start', '2026-09-01']);
    const before = snapshot(db);
    for (const argv of [['pair', 'list'], ['participant', 'list'], ['session', 'list'], ['goal', 'list'], ['pair', 'match', '--dry-run'], ['survey', 'report'], ['round', 'show']]) {
      const result = await tandem(db, argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toBe(
        'tandem: error: more than one round is open; name one with --round: spring (running), autumn (planned)\nhint: pass --round <name>, or set TANDEM_ROUND\n',
      );
    }
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

  it('without any open round, lists all rounds as candidates', async () => {
    const db = tempDbPath();
    await tandem(db, ['round', 'create', 'old', '--start', '2025-01-01', '--end', '2025-06-30']);
    const result = await tandem(db, ['pair', 'list']);
    expect(result).toMatchObject({ code: 2, stderr: 'tandem: error: no open round; name one with --round (rounds: old (finished))\nhint: pass --round <name>, or set TANDEM_ROUND\n' });
  });
});
