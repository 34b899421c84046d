import Database from 'better-sqlite3';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound, writeTemp } from '../../helpers/fixtures.js';
import type { Script } from '../../helpers/prompter.js';

/** Issue 17 point 2: the programme's own questions, every kind, in both languages, through every door. */
const ALL_KINDS = fileURLToPath(new URL('./fixtures/questions-all-kinds.json', import.meta.url));
const SUPPRESSED = { suppressed: true, note: 'suppressed: not shown to protect groups of fewer than 5 responses' };

async function ownSurvey(): Promise<string> {
  const db = tempDbPath();
  await withRound(db);
  const created = await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'pulse', '--questions', ALL_KINDS, '--json']);
  expect(created.code, created.stderr).toBe(0);
  expect(JSON.parse(created.stdout).questions.map((q: { id: string; kind: string }) => `${q.id}:${q.kind}`)).toEqual([
    'useful:yesno',
    'recommend-nps:nps',
    'pace:scale5',
    'format:choice',
    'tools:multichoice',
    'improve:text',
  ]);
  return db;
}

function stored(db: string): string[] {
  const handle = new Database(db, { readonly: true });
  try {
    return (handle.prepare('SELECT answers FROM survey_response ORDER BY answers').pluck().all() as string[]);
  } finally {
    handle.close();
  }
}

describe('survey create --questions: every kind', () => {
  it('import (comma and semicolon files, multichoice with the list separator), then the report of every kind', async () => {
    const db = await ownSurvey();
    const comma = [
      'role,useful,recommend-nps,pace,format,tools,improve',
      'mentee,yes,10,4,video,teams;miro,More sessions',
      'mentee,yes,9,5,video,slack|teams,',
      'mentee,no,6,3,office,,Shorter meetings',
      'mentor,yes,8,4,video,miro,',
      'mentor,ja,9,4,office,teams;slack;miro,Clearer goals',
    ];
    const semicolon = ['role;useful;recommend-nps;pace;format;tools;improve', 'mentor;yes;7;2;video;teams,miro;'];
    for (const [name, text] of [['a.csv', comma], ['b.csv', semicolon]] as const) {
      const result = await tandem(db, ['survey', 'import', writeTemp(name, `${text.join('\n')}\n`), '--round', '2026', '--name', 'pulse']);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(stored(db)).toContain('{"useful":true,"recommend-nps":10,"pace":4,"format":"video","tools":["teams","miro"],"improve":"More sessions"}');
    expect(stored(db)).toContain('{"useful":true,"recommend-nps":7,"pace":2,"format":"video","tools":["teams","miro"]}');

    const report = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--name', 'pulse', '--json'])).stdout);
    expect(report.groups.all).toEqual({
      n: 6,
      participants: 0, // the round has no participants in this test
      responseRate: null,
      suppressed: false,
      questions: {
        useful: { n: 6, yesPercent: 83 },
        'recommend-nps': { n: 6, score: 33, promoters: 3, passives: 2, detractors: 1 },
        pace: { n: 6, mean: 3.7, counts: { '1': 0, '2': 1, '3': 1, '4': 3, '5': 1 } },
        format: { n: 6, counts: { video: 4, office: 2 } },
        tools: { n: 5, counts: { teams: 4, slack: 2, miro: 4 } },
        improve: SUPPRESSED,
      },
    });
    expect(report.groups.mentor).toEqual({ n: null, suppressed: true, reason: 'min-group', note: SUPPRESSED.note, questions: {} });
    const csv = (await tandem(db, ['survey', 'report', '--round', '2026', '--name', 'pulse', '--format', 'csv'])).stdout;
    expect(csv).toContain('all,format,count_video,4\nall,format,count_office,2\n');
    expect(csv).toContain('all,tools,count_teams,4\nall,tools,count_slack,2\nall,tools,count_miro,4\n');
    const en = (await tandem(db, ['survey', 'report', '--round', '2026', '--name', 'pulse'])).stdout;
    expect(en).toContain('Which format worked best? (n = 6)  most chosen: Video call (4)');
    expect(en).toMatch(/Miro board +4 /);
    const de = (await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026', '--name', 'pulse', '--format', 'md'])).stdout;
    expect(de).toContain('| Welches Format hat am besten funktioniert? | 6 | am häufigsten: Videoanruf (4) | Videoanruf: 4 · Im Büro: 2 |');
    expect(de).toContain('Welche Werkzeuge haben Sie ausprobiert? | 5 |');
    const html = (await tandem(db, ['--lang', 'de', 'survey', 'report', '--round', '2026', '--name', 'pulse', '--format', 'html'])).stdout;
    expect(html).toContain('data-chart="all-tools"');
    expect(html).toContain('Miro-Board');
  });

  it('an import row with an unknown option or an empty required answer is one error each, exit 2, nothing imported', async () => {
    const db = await ownSurvey();
    const before = snapshot(db);
    const csv = ['role,useful,recommend-nps,pace,format,tools', 'mentee,yes,9,4,phone,teams', 'mentee,,9,4,video,teams;fax'];
    const result = await tandem(db, ['survey', 'import', writeTemp('bad.csv', `${csv.join('\n')}\n`), '--round', '2026', '--name', 'pulse']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').slice(1, 4)).toEqual([
      'bad.csv:2: format: must be one of video, office, not "phone"',
      'bad.csv:3: useful: must be answered',
      'bad.csv:3: tools: must be one or more of teams, slack, miro, not "fax"',
    ]);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    ['en', [] as string[], /^\(1\/6\) Was the programme useful\?$/, /^\(4\/6\) Which format worked best\?$/, /^\(5\/6\) Which tools did you try\? \(leave empty to skip\)$/, 'Video call', 'Miro board'],
    ['de', ['--lang', 'de'], /^\(1\/6\) War das Programm nützlich\?$/, /^\(4\/6\) Welches Format hat am besten funktioniert\?$/, /^\(5\/6\) Welche Werkzeuge haben Sie ausprobiert\? \(leer lassen zum Überspringen\)$/, 'Videoanruf', 'Miro-Board'],
  ])('survey respond asks every kind (%s): required ones without "skip", options in the language', async (_lang, flags, first, choice, multi, video, miro) => {
    const db = await ownSurvey();
    const seen: Record<string, string[]> = {};
    const pick = (id: string, value: unknown) => (choices: { name: string; value: unknown }[]) => {
      seen[id] = choices.map((c) => `${c.name}=${String(c.value)}`);
      return value;
    };
    const script: Script = [
      { kind: 'select', message: first, pick: pick('useful', 'yes') },
      { kind: 'number', answer: 8 },
      { kind: 'select', pick: pick('pace', 3) },
      { kind: 'select', message: choice, pick: pick('format', 'office') },
      { kind: 'checkbox', message: multi, pick: pick('tools', ['miro', 'teams']) },
      { kind: 'input', answer: 'Nothing' },
      { kind: 'confirm', answer: true },
    ];
    const result = await tandem(db, [...flags, 'survey', 'respond', '--round', '2026', '--name', 'pulse', '--role', 'mentor'], { tty: true, script });
    expect(result.code, result.stderr).toBe(0);
    expect(seen.useful).toHaveLength(2); // yes, no: a required question has no "skip"
    expect(seen.pace).toHaveLength(5);
    expect(seen.format).toEqual([`${video}=video`, expect.stringMatching(/=office$/)]);
    expect(seen.tools).toEqual(['Teams=teams', 'Slack=slack', `${miro}=miro`]);
    expect(result.stderr).toContain(`Teams, ${miro}`); // the summary, in the question's order
    expect(stored(db)).toEqual(['{"useful":true,"recommend-nps":8,"pace":3,"format":"office","tools":["teams","miro"],"improve":"Nothing"}']);
  });
});

describe('survey create --questions: bad files', () => {
  const q = (over: Record<string, unknown>) => ({ id: 'a', kind: 'yesno', text: { en: 'A?', de: 'A?' }, ...over });
  it.each([
    ['an unknown kind', [q({ kind: 'slider' })], 'questions[0]: kind: unknown kind "slider"; kinds are yesno, nps, scale5, choice, multichoice, text'],
    ['a duplicate id', [q({}), q({ kind: 'text' })], 'questions[1]: id: the id "a" is used twice'],
    ['a missing text', [q({ text: undefined })], 'questions[0]: text: missing'],
    ['a missing German text', [q({ text: { en: 'A?' } })], 'questions[0]: text.de: missing'],
    ['an id with capitals', [q({ id: 'Nice' })], 'questions[0]: id: an id may only hold a-z, 0-9, - and _, not "Nice"'],
    ['a choice without options', [q({ kind: 'choice' })], 'questions[0]: options: a choice question needs at least two options'],
  ])('%s is one clear error, exit 2, nothing created', async (_what, questions, line) => {
    const db = tempDbPath();
    await withRound(db);
    const file = writeTemp('questions.json', JSON.stringify({ questions }));
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'create', '--round', '2026', '--questions', file]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `tandem: error: ${file}: 1 error; nothing was imported\n${file}:${line}\n` });
    expect(snapshot(db)).toEqual(before);
  });

  it('every problem of a file is listed at once; not JSON and a missing file are one line each', async () => {
    const db = tempDbPath();
    await withRound(db);
    const before = snapshot(db);
    const file = writeTemp('q.json', JSON.stringify({ questions: [q({ kind: 'slider' }), q({ text: { en: 'B' } })] }));
    const both = await tandem(db, ['survey', 'create', '--round', '2026', '--questions', file]);
    expect(both.code).toBe(2);
    expect(both.stderr.split('\n').slice(1, 4)).toEqual([`${file}:questions[0]: kind: unknown kind "slider"; kinds are yesno, nps, scale5, choice, multichoice, text`, `${file}:questions[1]: text.de: missing`, `${file}:questions[1]: id: the id "a" is used twice`]);
    const notJson = writeTemp('n.json', '{"questions": [');
    expect(await tandem(db, ['survey', 'create', '--round', '2026', '--questions', notJson])).toEqual({ code: 2, stdout: '', stderr: `tandem: error: ${notJson}: 1 error; nothing was imported\n${notJson}:1: questions: not a JSON document\n` });
    expect((await tandem(db, ['survey', 'create', '--round', '2026', '--questions', '/nonexistent/q.json'])).code).toBe(2);
    const kind = await tandem(db, ['survey', 'create', '--round', '2026', '--kind', 'midterm']);
    expect(kind).toEqual({ code: 2, stdout: '', stderr: 'tandem: error: a survey kind must be one of standard, baseline, final, not "midterm"\n' });
    const noTopics = await tandem(db, ['survey', 'create', '--round', '2026', '--kind', 'baseline']);
    expect(noTopics.code).toBe(1);
    expect(noTopics.stderr).toContain('round 2026 has no mentee topics to ask about');
    expect(snapshot(db)).toEqual(before);
  });
});
