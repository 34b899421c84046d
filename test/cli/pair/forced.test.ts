import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { writeTemp } from '../../helpers/fixtures.js';
import { named, type Step } from '../../helpers/prompter.js';

/**
 * Round R with the top of the org chart: Clara Chef (the CEO) is a mentee, and both
 * mentors report to her (Ben speaks only English, Clara only German). Egon, the other
 * mentee, speaks both and reports to nobody in the round. Matching gives Egon a mentor and cannot place
 * Clara: every mentor is in her management chain.
 */
async function boardRound(): Promise<string> {
  const db = tempDbPath();
  const created = await tandem(db, ['round', 'create', 'R', '--start', '2026-01-15']);
  if (created.code !== 0) throw new Error(created.stderr);
  const csv = writeTemp(
    'p.csv',
    'name,email,role,manager_email,topics,languages\n' +
      'Anna Azubi,anna@example.com,mentor,clara@example.com,instagram,de\n' +
      'Ben Becker,ben@example.com,mentor,clara@example.com,linkedin,en\n' +
      'Clara Chef,clara@example.com,mentee,,instagram,de\n' +
      'Egon Exec,egon@example.com,mentee,,instagram,de;en\n',
  );
  const imported = await tandem(db, ['participant', 'import', csv, '--round', 'R']);
  if (imported.code !== 0) throw new Error(imported.stderr);
  return db;
}

const menu = (answer: string): Step => ({ kind: 'select', message: /^What next\?$/, answer });
const wizard = (db: string, script: Step[]) => tandem(db, ['pair', 'match', '--round', 'R'], { tty: true, script, env: { NO_COLOR: '1' } });

interface Listed {
  mentor: { email: string };
  mentee: { email: string };
  reasons: string[];
  why: unknown[];
  forced: boolean;
  locked: boolean;
}
const listed = async (db: string): Promise<Listed[]> => JSON.parse((await tandem(db, ['pair', 'list', '--round', 'R', '--json'])).stdout);
const nextSteps = async (db: string): Promise<{ key: string; command: string }[]> => JSON.parse((await tandem(db, ['status', '--json'])).stdout).next;

describe('the top of the org chart: a pair forced by hand', () => {
  it('status advises a pair by hand, not pair match, for a mentee nobody may take', async () => {
    const db = await boardRound();
    // before matching, Egon can be matched: pair match is advised for him alone
    expect(await nextSteps(db)).toEqual([
      { key: 'status.next.byHand', params: { count: 1, round: 'R' }, command: 'tandem pair add <mentor-email> clara@example.com --round R --force' },
      { key: 'status.next.match.mentees', params: { count: 1, round: 'R' }, command: 'tandem pair match --round R' },
    ]);
    expect((await tandem(db, ['pair', 'match', '--round', 'R', '--yes'])).code).toBe(0);
    // (Egon's new tandem has not met yet: the stale nudge is another matter)
    const steps = (await nextSteps(db)).filter((s) => s.key !== 'status.next.stale');
    expect(steps).toEqual([
      { key: 'status.next.byHand', params: { count: 1, round: 'R' }, command: 'tandem pair add <mentor-email> clara@example.com --round R --force' },
    ]);
    const text = await tandem(db, ['status']);
    expect(text.stdout).toContain(
      '1 mentee in round R has no eligible mentor (such as the top of the org chart), so matching cannot help: pair them by hand with “Assign a mentee by hand” in the wizard (tandem pair match), or force a pair:\n    tandem pair add <mentor-email> clara@example.com --round R --force\n',
    );
    expect(text.stdout).not.toContain('tandem pair match --round R\n');
  });

  it('the wizard offers every mentor with capacity, marks the rule each breaks, asks, and saves a forced pair', async () => {
    const db = await boardRound();
    let offered: string[] = [];
    const result = await wizard(db, [
      menu('assign'),
      { kind: 'select', message: /^Which mentee\?$/, pick: named('Clara Chef') },
      {
        kind: 'select',
        message: /^No mentor is eligible for Clara Chef\. Pair by hand with which mentor\?/,
        pick: (choices) => {
          offered = choices.map((c) => c.name);
          return named('Ben Becker')(choices);
        },
      },
      { kind: 'confirm', message: /^Pair Clara Chef with Ben Becker although it breaks: reporting line, language\? It is saved as a forced pair\.$/, answer: true },
      menu('save'),
    ]);
    expect(result.stderr).not.toContain('tandem: error');
    expect(result.code).toBe(0);
    // nobody is eligible: the reasons first, then every mentor with capacity (Anna is proposed for Egon, but not stored yet)
    expect(result.stderr).toContain('no eligible mentor\nOptions of Clara Chef <clara@example.com> (mentee)');
    expect(offered).toEqual([
      'Anna Azubi <anna@example.com> · score 10 · breaks: reporting line',
      'Ben Becker <ben@example.com> · score 0 · breaks: reporting line, language',
      '← back',
    ]);
    expect(result.stderr).toContain('paired by hand despite reporting line, language: Clara Chef with Ben Becker (score 0)\n');
    const pairs = await listed(db);
    const clara = pairs.find((p) => p.mentee.email === 'clara@example.com')!;
    expect(clara).toMatchObject({
      mentor: { email: 'ben@example.com' },
      reasons: ['forced by hand despite: reporting line', 'forced by hand despite: language'],
      why: [
        { kind: 'forced', rule: 'reporting line' },
        { kind: 'forced', rule: 'language' },
      ],
      forced: true,
      locked: true,
    });
    expect(pairs.find((p) => p.mentee.email === 'egon@example.com')).toMatchObject({ mentor: { email: 'anna@example.com' }, forced: false });
    // shown in both languages in pair list and the round report
    expect((await tandem(db, ['pair', 'list', '--round', 'R', '--lang', 'de'])).stdout).toContain('von Hand gesetzt trotz: Berichtslinie');
    expect((await tandem(db, ['round', 'report', 'R'])).stdout).toContain('forced by hand despite: reporting line');
    const report = JSON.parse((await tandem(db, ['round', 'report', 'R', '--json'])).stdout);
    const tandemOfClara = report.tandems.find((x: { mentee: { email: string } }) => x.mentee.email === 'clara@example.com');
    expect(tandemOfClara.mentors[0]).toMatchObject({ why: [{ kind: 'forced', rule: 'reporting line' }, { kind: 'forced', rule: 'language' }] });
    // status no longer advises anything for Clara
    const steps = (await nextSteps(db)).map((s) => s.key);
    expect(steps).not.toContain('status.next.byHand');
    expect(steps).not.toContain('status.next.match.mentees');
  });

  it('declining the confirmation pairs nobody, and the database stays as it was', async () => {
    const db = await boardRound();
    const before = snapshot(db);
    const result = await wizard(db, [
      menu('assign'),
      { kind: 'select', message: /^Which mentee\?$/, pick: named('Clara Chef') },
      { kind: 'select', message: /^No mentor is eligible/, pick: named('Anna Azubi') },
      { kind: 'confirm', message: /although it breaks: reporting line\?/, answer: false },
      menu('quit'),
      { kind: 'confirm', message: /Quit without saving\?/, answer: true },
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('paired by hand despite');
    expect(snapshot(db)).toEqual(before);
  });

  it('pair add --force stores the broken rules as reasons; without --force it is refused and nothing changes', async () => {
    const db = await boardRound();
    const before = snapshot(db);
    const refused = await tandem(db, ['pair', 'add', 'anna@example.com', 'clara@example.com', '--round', 'R']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('tandem: error: this pair breaks a hard constraint: reporting line\nhint: pass --force to pair them anyway\n');
    expect(snapshot(db)).toEqual(before);
    const forced = await tandem(db, ['pair', 'add', 'anna@example.com', 'clara@example.com', '--round', 'R', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('note: added despite reporting line');
    const [pair] = await listed(db);
    expect(pair).toMatchObject({
      reasons: ['shared topic: instagram', 'forced by hand despite: reporting line'],
      why: [{ kind: 'topic', topic: 'instagram' }, { kind: 'forced', rule: 'reporting line' }],
      forced: true,
    });
    // the kept forced pair still shows the rule it broke when the round is matched again
    const again = JSON.parse((await tandem(db, ['pair', 'match', '--round', 'R', '--dry-run', '--json'])).stdout);
    expect(again.pairs.find((p: { mentee: { email: string } }) => p.mentee.email === 'clara@example.com')).toMatchObject({
      new: false,
      forced: true,
      reasons: ['shared topic: instagram', 'forced by hand despite: reporting line'],
    });
    // Egon may still have Ben: matching helps him, and nothing is left to do by hand
    const steps = (await nextSteps(db)).map((s) => s.key);
    expect(steps).toContain('status.next.match.mentees');
    expect(steps).not.toContain('status.next.byHand');
  });
});
