import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/cli/prompter.js';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import type { Script, Step } from '../../helpers/prompter.js';
import { withSurvey } from './helpers.js';

function answers(db: string): { role: string; answers: string }[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT role, answers FROM survey_response ORDER BY answers').all() as never;
  } finally {
    handle.close();
  }
}

const CLEAR = '\u001b[2J\u001b[3J\u001b[H';
const seen: { message: string; first: string; choices: number }[] = [];

/** A list answered in kiosk mode: the test checks the placeholder comes first, then picks `value`. */
const choose = (message: RegExp, value: unknown): Step => ({
  kind: 'select',
  message,
  pick: (choices: Choice<unknown>[]) => {
    seen.push({ message: String(message), first: choices[0]!.name, choices: choices.length });
    return value;
  },
});
/** Presses Enter on the placeholder: the kiosk must ask again. */
const enterOnPlaceholder = (message: RegExp): Step => ({ kind: 'select', message, pick: (choices) => choices[0]!.value });

const respondent = (role: 'mentor' | 'mentee', satisfaction: number, highlight: string): Script => [
  choose(/^Your role in the programme$/, role),
  choose(/^\(1\/6\) Would you recommend/, 'yes'),
  { kind: 'number', message: /^\(2\/6\)/, answer: 8 },
  choose(/^\(3\/6\)/, satisfaction),
  choose(/^\(4\/6\)/, 4),
  choose(/^\(5\/6\)/, 'no'),
  { kind: 'input', message: /^\(6\/6\)/, answer: highlight },
  { kind: 'confirm', message: /^Save these answers\?$/, answer: true },
];

describe('survey respond --kiosk (scripted prompts)', () => {
  it('loops respondent after respondent, clears the screen between them, keeps every completed response, discards the unfinished one on Ctrl+C', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    seen.length = 0;
    const script: Script = [
      ...respondent('mentee', 5, 'first'),
      // The second respondent presses Enter on the placeholder of question 1: asked again, saying why.
      choose(/^Your role/, 'mentor'),
      enterOnPlaceholder(/^\(1\/6\) Would you recommend the programme\?$/),
      choose(/^\(1\/6\) Would you recommend the programme\? \(please choose an answer\)$/, 'no'),
      { kind: 'number', answer: undefined },
      choose(/^\(3\/6\)/, 'skip'),
      choose(/^\(4\/6\)/, 2),
      choose(/^\(5\/6\)/, 'skip'),
      { kind: 'input', answer: 'second' },
      { kind: 'confirm', answer: true },
      // The third one answers two questions; then the organiser ends the kiosk with Ctrl+C.
      choose(/^Your role/, 'mentee'),
      choose(/^\(1\/6\)/, 'yes'),
      { kind: 'number', cancel: true },
    ];
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--kiosk'], { tty: true, script });
    expect(result.code, result.stderr).toBe(0);
    expect(answers(db)).toEqual([
      { role: 'mentor', answers: '{"recommend":false,"learning":2,"highlight":"second"}' },
      { role: 'mentee', answers: '{"recommend":true,"nps":8,"satisfaction":5,"learning":4,"continue":false,"highlight":"first"}' },
    ]);
    // Cleared before each of the three respondents and when the kiosk ends.
    expect(result.stderr.split(CLEAR)).toHaveLength(5);
    const screens = result.stderr.split(CLEAR);
    expect(screens[2]).not.toContain('first');
    expect(screens[3]).not.toContain('second');
    expect(screens[1]).toContain('responses saved so far: 0');
    expect(screens[3]).toContain('responses saved so far: 2');
    expect(screens[4]).toBe('kiosk ended; responses saved: 2\n');
    // No list starts on an answer: the first entry is always the placeholder.
    expect(new Set(seen.map((s) => s.first))).toEqual(new Set(['– please choose –']));
    expect(seen.find((s) => s.message.includes('3\\/6'))!.choices).toBe(7); // placeholder, 1–5, skip
  });

  it('--json prints how many responses were saved', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const script: Script = [...respondent('mentor', 3, 'x'), choose(/^Ihre Rolle/, 'mentee'), { kind: 'select', cancel: true }];
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--kiosk', '--json', '--lang', 'de'], { tty: true, script: script.map((s, i) => (i < 8 ? { ...s, message: undefined } : s)) });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ survey: 'final', round: '2026', saved: 1 });
    expect(result.stderr).toContain('Umfrage-Kiosk: willkommen, nächste Person.');
  });

  it('without a terminal is exit 2 naming survey import, and changes nothing', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--kiosk']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^tandem: error: .*terminal/);
    expect(result.stderr).toContain('survey import');
    expect(snapshot(db)).toEqual(before);
  });
});
