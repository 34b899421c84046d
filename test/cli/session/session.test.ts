import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { RoundBuilder, withDb } from '../../helpers/round-fixture.js';
import { closeRound } from '../../../src/db/rounds.js';

/**
 * Round 2026 (15 Jan – 15 Jul 2026): Anna with mentor Mia; Clara with a team (Max and
 * Nora); Bernd, a mentee without a pair; Otto, a mentor without a pair. Today is
 * 2026-03-01 (runCli's default TANDEM_TODAY).
 */
function fixture(): string {
  const db = tempDbPath();
  withDb(db, (d) => {
    new RoundBuilder(d)
      .person('mia', 'Mia Maier', 'mentor')
      .person('max', 'Max Meier', 'mentor')
      .person('nora', 'Nora Neumann', 'mentor')
      .person('otto', 'Otto Olsen', 'mentor')
      .person('anna', 'Anna Arendt', 'mentee')
      .person('clara', 'Clara Chef', 'mentee')
      .person('bernd', 'Bernd Bauer', 'mentee')
      .pair('mia', 'anna')
      .pair('max', 'clara')
      .pair('nora', 'clara')
      .session('anna', ['mia'], '2026-02-10', 45, { topics: ['instagram'] });
  });
  return db;
}

async function sessions(db: string, mentee?: string) {
  const result = await tandem(db, ['session', 'list', '--round', '2026', '--json', ...(mentee ? ['--mentee', mentee] : [])]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('session log', () => {
  it('logs a session of the mentee\'s tandem: today, all active mentors, topics normalised', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'CLARA@example.com', '--minutes', '60', '--topics', '#Snapchat, Instagram,snapchat', '--format', 'video', '--note', ' n ', '--highlight', 'first snap']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'logged a session of 60 min with Clara Chef on 1 Mar 2026 (round 2026)\n' });
    const [logged] = await sessions(db, 'clara@example.com');
    expect(logged).toEqual({
      id: expect.any(Number),
      date: '2026-03-01',
      mentee: { name: 'Clara Chef', email: 'clara@example.com' },
      mentors: [
        { name: 'Max Meier', email: 'max@example.com' },
        { name: 'Nora Neumann', email: 'nora@example.com' },
      ],
      minutes: 60,
      format: 'video',
      topics: ['snapchat', 'instagram'],
      note: 'n',
      highlight: 'first snap',
    });
  });

  it('--mentor names who attended; --json prints the session', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'clara@example.com', '--mentor', 'nora@example.com', '--date', '2026-02-20', '--minutes', '30', '--json']);
    expect(result.code).toBe(0);
    const session = JSON.parse(result.stdout);
    expect(Object.keys(session)).toEqual(['id', 'date', 'mentee', 'mentors', 'minutes', 'format', 'topics', 'note', 'highlight']);
    expect(session).toMatchObject({ date: '2026-02-20', mentors: [{ email: 'nora@example.com' }], format: null, topics: [], note: null, highlight: null });
  });

  it('takes the round from the only open round when --round is left out', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'log', '--mentee', 'anna@example.com', '--minutes', '15', '-q']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await sessions(db, 'anna@example.com')).toHaveLength(2);
  });

  it.each([
    [['--mentee', 'anna@example.com', '--minutes', '0'], 2, 'tandem: error: --minutes: "0" must be a whole number of minutes from 1 to 600'],
    [['--mentee', 'anna@example.com', '--minutes', '601'], 2, 'tandem: error: --minutes: "601" must be a whole number of minutes from 1 to 600'],
    [['--mentee', 'anna@example.com', '--minutes', '1.5'], 2, 'tandem: error: --minutes: "1.5" must be a whole number of minutes from 1 to 600'],
    [['--mentee', 'anna@example.com', '--minutes', '30', '--date', '2026-03-02'], 2, 'tandem: error: --date: 2026-03-02 is in the future (today is 2026-03-01)'],
    [['--mentee', 'anna@example.com', '--minutes', '30', '--date', '2026-01-14'], 2, 'tandem: error: --date: 2026-01-14 is outside the round (2026-01-15 – 2026-07-15)'],
    [['--mentee', 'anna@example.com', '--minutes', '30', '--date', '1.3.26'], 2, 'tandem: error: --date: "1.3.26" has a two-digit year, which is ambiguous: write the year in full'],
    [['--mentee', 'anna@example.com', '--minutes', '30', '--format', 'zoomy'], 2, 'tandem: error: --format: "zoomy" is not a format (expected in-person, video, phone)'],
    [['--mentee', 'clara@example.com', '--minutes', '30', '--mentor', 'mia@example.com'], 2, 'tandem: error: mia@example.com is not an active mentor of the tandem of clara@example.com (its mentors: max@example.com, nora@example.com)'],
    [['--mentee', 'anna@example.com', '--minutes', '30', '--mentor', 'not-an-email'], 2, 'tandem: error: --mentor: "not-an-email" is not a valid email address'],
    [['--mentee', 'mia@example.com', '--minutes', '30'], 2, 'tandem: error: mia@example.com takes part in round 2026 as a mentor, not as a mentee'],
    [['--mentee', 'nobody@example.com', '--minutes', '30'], 1, 'tandem: error: no person with email nobody@example.com'],
    [['--mentee', 'bernd@example.com', '--minutes', '30'], 1, 'tandem: error: bernd@example.com has no active pair in round 2026, so there is no tandem to log a session for'],
    [['--minutes', '30'], 2, 'tandem: error: this needs an answer, but stdin is not a terminal'],
    [['--mentee', 'anna@example.com'], 2, 'tandem: error: this needs an answer, but stdin is not a terminal'],
  ])('refuses %j with exit %i and changes nothing', async (args, code, message) => {
    const db = fixture();
    const before = snapshot(db);
    const result = await tandem(db, ['session', 'log', '--round', '2026', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stdout).toBe('');
    expect(snapshot(db)).toEqual(before);
  });

  it('names the options that answer the prompt when stdin is not a terminal', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'log', '--round', '2026']);
    expect(result.stderr).toContain('hint: answer with --mentee and --minutes');
    expect((await tandem(db, ['--lang', 'de', 'session', 'log', '--round', '2026'])).stderr).toContain('Hinweis: antworten Sie mit --mentee und --minutes');
  });

  it('refuses a closed round with exit 1', async () => {
    const db = fixture();
    withDb(db, (d) => closeRound(d, 1, '2026-02-28'));
    const before = snapshot(db);
    const result = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--minutes', '30']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('tandem: error: round "2026" is closed: no further sessions or matching\n');
    expect(snapshot(db)).toEqual(before);
  });

  it('asks on a terminal: the tandem from a list (with its last session), who attended, date, minutes and the rest', async () => {
    const db = fixture();
    let listed: string[] = [];
    const result = await tandem(db, ['session', 'log', '--round', '2026'], {
      tty: true,
      script: [
        {
          kind: 'select',
          message: /Which tandem met/,
          pick: (choices) => {
            listed = choices.map((c) => c.name);
            return choices.find((c) => c.name.startsWith('Clara'))!.value;
          },
        },
        { kind: 'checkbox', message: /Who attended/, pick: (choices) => [choices[1]!.value] },
        { kind: 'input', message: /Date/, answer: '2026-02-27' },
        { kind: 'number', message: /Minutes/, answer: 50 },
        { kind: 'select', message: /Format/, answer: 'in-person' },
        { kind: 'input', message: /Topics/, answer: '#LinkedIn' },
        { kind: 'input', message: /Note/, answer: '' },
        { kind: 'input', message: /highlight/, answer: 'Clara loved it' },
      ],
    });
    expect(result.stderr).toContain('logged a session of 50 min with Clara Chef on 27 Feb 2026');
    expect(result.code).toBe(0);
    expect(listed).toEqual([
      'Anna Arendt <anna@example.com> with Mia Maier · last session: 10 Feb 2026',
      'Clara Chef <clara@example.com> with Max Meier, Nora Neumann · last session: no session yet',
    ]);
    const [logged] = await sessions(db, 'clara@example.com');
    expect(logged).toMatchObject({
      date: '2026-02-27',
      minutes: 50,
      mentors: [{ email: 'nora@example.com' }],
      format: 'in-person',
      topics: ['linkedin'],
      note: null,
      highlight: 'Clara loved it',
    });
  });

  it('asks only for what is missing: --mentee given, minutes asked; a one-mentor tandem is not asked who attended', async () => {
    const db = fixture();
    const result = await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'anna@example.com', '--date', '2026-02-28', '--format', 'phone', '--topics', 'x', '--note', 'n', '--highlight', 'h'], {
      tty: true,
      script: [{ kind: 'number', message: /Minutes/, answer: 25 }],
    });
    expect(result.code).toBe(0);
    expect((await sessions(db, 'anna@example.com'))[1]).toMatchObject({ date: '2026-02-28', minutes: 25, format: 'phone' });
  });

  it('Ctrl+C at a prompt leaves the database untouched (exit 130)', async () => {
    const db = fixture();
    const before = snapshot(db);
    const result = await tandem(db, ['session', 'log', '--round', '2026'], { tty: true, script: [{ kind: 'select', cancel: true }] });
    expect(result.code).toBe(130);
    expect(snapshot(db)).toEqual(before);
  });
});

describe('session list', () => {
  it('lists who attended by name whatever order they were stored in, a forgotten mentor last; shared values stay per session', async () => {
    const db = tempDbPath();
    withDb(db, (d) => {
      new RoundBuilder(d)
        .person('zoe', 'Zoe Zander', 'mentor')
        .person('ben', null as unknown as string, 'mentor')
        .person('anton', 'anton Arndt', 'mentor')
        .person('eva', 'Eva Engel', 'mentee')
        .person('finn', 'Finn Fuchs', 'mentee')
        .pair('zoe', 'eva')
        .pair('ben', 'eva')
        .pair('anton', 'eva')
        .pair('zoe', 'finn')
        .session('eva', ['zoe', 'ben', 'anton'], '2026-02-10', 45, { topics: ['instagram'] })
        .session('finn', ['zoe'], '2026-02-10', 30, { topics: ['instagram'] })
        .session('eva', ['zoe', 'anton'], '2026-02-11', 60);
    });
    const listed = await sessions(db);
    expect(listed.map((s: { mentors: { email: string }[] }) => s.mentors.map((m) => m.email))).toEqual([
      ['anton@example.com', 'zoe@example.com', 'ben@example.com'],
      ['zoe@example.com'],
      ['anton@example.com', 'zoe@example.com'],
    ]);
    expect(listed.map((s: { topics: string[]; date: string }) => [s.date, s.topics])).toEqual([
      ['2026-02-10', ['instagram']],
      ['2026-02-10', ['instagram']],
      ['2026-02-11', []],
    ]);
    const table = await tandem(db, ['session', 'list', '--round', '2026']);
    expect(table.stdout).toContain('│ anton Arndt, Zoe Zander, ben@example.com │');
  });

  it('lists the sessions by date as a table, and one mentee\'s with --mentee', async () => {
    const db = fixture();
    await tandem(db, ['session', 'log', '--round', '2026', '--mentee', 'clara@example.com', '--minutes', '20', '--date', '2026-01-20', '-q']);
    const table = await tandem(db, ['session', 'list', '--round', '2026']);
    expect(table.code).toBe(0);
    const lines = table.stdout.split('\n').filter((l) => l.startsWith('│'));
    expect(lines[1]).toContain('20 Jan 2026');
    expect(lines[2]).toContain('10 Feb 2026');
    expect(await sessions(db, 'anna@example.com')).toHaveLength(1);
    const none = await tandem(db, ['session', 'list', '--round', '2026', '--mentee', 'bernd@example.com']);
    expect(none).toEqual({ code: 0, stdout: '', stderr: 'no sessions\n' });
  });

  it('prints German labels and dates with --lang de', async () => {
    const db = fixture();
    const table = await tandem(db, ['--lang', 'de', 'session', 'list', '--round', '2026']);
    expect(table.stdout).toContain('Datum');
    expect(table.stdout).toContain('10.02.2026');
  });
});
