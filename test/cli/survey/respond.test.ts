import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import type { Script } from '../../helpers/prompter.js';
import { allSkipped, withSurvey } from './helpers.js';

function responses(db: string): { id: number; survey_id: number; role: string; answers: string }[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT * FROM survey_response').all() as never;
  } finally {
    handle.close();
  }
}

/** Answers to all six questions, then "save". */
const FULL: Script = [
  { kind: 'select', message: /^\(1\/6\) Would you recommend the programme\?$/, answer: 'yes' },
  { kind: 'number', message: /^\(2\/6\) How likely are you to recommend it to a colleague\? \(0–10; leave empty to skip\)$/, answer: 9 },
  { kind: 'select', message: /^\(3\/6\) How satisfied are you with your tandem\?/, answer: 4 },
  { kind: 'select', message: /^\(4\/6\) How much did you learn\?/, answer: 5 },
  { kind: 'select', message: /^\(5\/6\) Will you stay in touch/, answer: 'no' },
  { kind: 'input', message: /^\(6\/6\) What was your highlight\? \(leave empty to skip\)$/, answer: '  My first Instagram story  ' },
  { kind: 'confirm', message: /^Save these answers\?$/, answer: true },
];

describe('survey respond (scripted prompts)', () => {
  it('asks the six questions one by one, confirms, and stores only the role and the answers', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script: FULL });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Your answers are stored without your name: only your role is kept.');
    expect(result.stderr).toContain('Your answers:\n');
    expect(result.stderr).toContain('thank you: your answers were saved anonymously\n');
    const rows = responses(db);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).toEqual(['id', 'survey_id', 'role', 'answers']);
    expect(rows[0]).toMatchObject({ survey_id: 1, role: 'mentee' });
    expect(rows[0]!.answers).toBe('{"recommend":true,"nps":9,"satisfaction":4,"learning":5,"continue":false,"highlight":"My first Instagram story"}');
    expect(rows[0]!.id).toBeGreaterThan(0);
    expect(rows[0]!.id).toBeLessThan(2 ** 48);
  });

  it('shows the prompt kinds with their choices: yes/no/skip, 1–5 plus skip', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const seen: string[][] = [];
    const pick = (value: unknown) => (choices: { name: string; value: unknown }[]) => {
      seen.push(choices.map((c) => `${c.name}=${String(c.value)}`));
      return value;
    };
    const script: Script = [
      { kind: 'select', pick: pick('skip') },
      { kind: 'number', answer: undefined },
      { kind: 'select', pick: pick('skip') },
      { kind: 'select', pick: pick(1) },
      { kind: 'select', pick: pick('yes') },
      { kind: 'input', answer: '' },
      { kind: 'confirm', answer: true },
    ];
    const result = await tandem(db, ['--no-color', 'survey', 'respond', '--round', '2026', '--role', 'mentor'], { tty: true, script });
    expect(result.code, result.stderr).toBe(0);
    expect(seen[0]).toEqual(['yes=yes', 'no=no', 'skip this question=skip']);
    expect(seen[1]).toEqual(['1=1', '2=2', '3=3', '4=4', '5=5', 'skip this question=skip']);
    expect(result.stderr).toMatch(/Would you recommend the programme\?  \(skipped\)/);
    expect(responses(db)[0]).toMatchObject({ role: 'mentor', answers: '{"learning":1,"continue":true}' });
  });

  it('stores an all-skipped response as a response with no answers', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentor'], { tty: true, script: allSkipped('   ') });
    expect(result.code).toBe(0);
    expect(responses(db).map((r) => [r.role, r.answers])).toEqual([['mentor', '{}']]);
  });

  it('asks in German with --lang de, using the questions\u2019 German texts', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const script: Script = [
      { kind: 'select', message: /^\(1\/6\) Würden Sie das Programm weiterempfehlen\?$/, answer: 'yes' },
      { kind: 'number', message: /^\(2\/6\) Wie wahrscheinlich .* \(0–10; leer lassen zum Überspringen\)$/, answer: 10 },
      { kind: 'select', message: /^\(3\/6\) Wie zufrieden sind Sie mit Ihrem Tandem\? \(1 = am wenigsten, 5 = am meisten\)$/, answer: 5 },
      { kind: 'select', message: /^\(4\/6\) Wie viel haben Sie gelernt\?/, answer: 5 },
      { kind: 'select', message: /^\(5\/6\) Werden Sie mit Ihrer Tandempartnerin/, answer: 'yes' },
      { kind: 'input', message: /^\(6\/6\) Was war Ihr persönliches Highlight\?/, answer: 'Hashtags' },
      { kind: 'confirm', message: /^Diese Antworten speichern\?$/, answer: true },
    ];
    const result = await tandem(db, ['--lang', 'de', 'survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('vielen Dank: Ihre Antworten wurden anonym gespeichert');
  });

  it('asks for the role when --role is left out', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const script: Script = [{ kind: 'select', message: /^Your role in the programme$/, answer: 'mentor' }, ...FULL];
    const result = await tandem(db, ['survey', 'respond', '--round', '2026'], { tty: true, script });
    expect(result.code, result.stderr).toBe(0);
    expect(responses(db)[0]!.role).toBe('mentor');
  });

  it('saves nothing when the respondent declines to save (exit 0)', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const script: Script = [...FULL.slice(0, -1), { kind: 'confirm', answer: false }];
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('nothing was saved\n');
    expect(snapshot(db)).toEqual(before);
  });

  it.each([1, 3, 6, 7])('Ctrl+C at prompt %i: exit 130, nothing saved', async (at) => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const script: Script = [...FULL.slice(0, at - 1), { ...FULL[at - 1]!, cancel: true }];
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/tandem: error: cancelled; nothing was changed\n$/);
    expect(responses(db)).toEqual([]);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    ['no terminal', {}, []],
    ['--yes', { tty: true }, ['--yes']],
    ['CI set', { tty: true, env: { CI: '1' } }, []],
  ] as const)('without a prompt (%s): exit 2 naming survey import', async (_what, options, extra) => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'mentee', ...extra], { ...options, script: [] });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'tandem: error: survey respond asks its questions on a terminal, but stdin is not a terminal\n' +
        'hint: to record answers without a terminal, use `tandem survey import <file.csv> --round 2026 --name final`\n',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses an unknown role with exit 2 and an unknown survey with exit 1, before any question', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const role = await tandem(db, ['survey', 'respond', '--round', '2026', '--role', 'boss'], { tty: true, script: [] });
    expect(role).toEqual({ code: 2, stdout: '', stderr: 'tandem: error: unknown role "boss" (expected mentor or mentee)\n' });
    const survey = await tandem(db, ['survey', 'respond', '--round', '2026', '--name', 'midpoint', '--role', 'mentor'], {
      tty: true,
      script: [],
    });
    expect(survey.code).toBe(1);
    expect(survey.stderr).toContain('round 2026 has no survey named "midpoint"');
  });

  it('prints a small JSON receipt with --json, without the answers', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const result = await tandem(db, ['--json', 'survey', 'respond', '--round', '2026', '--role', 'mentee'], { tty: true, script: FULL });
    expect(JSON.parse(result.stdout)).toEqual({ survey: 'final', round: '2026', role: 'mentee', answered: 6 });
  });
});
