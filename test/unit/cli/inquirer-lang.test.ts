import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { stripVTControlCharacters } from 'node:util';
import { inquirerPrompter } from '../../../src/cli/inquirer.js';
import type { Prompter } from '../../../src/cli/prompter.js';
import { loadLanguage, translator, type Lang } from '../../../src/core/i18n/index.js';

/** Every English text inquirer itself can print, none of which may reach a German screen. */
const INQUIRER_ENGLISH = [
  'You must provide a valid numeric value',
  'You must provide a value',
  'You must provide a valid value',
  'Value must be between',
  'Value must be a multiple',
  'At least one choice must be selected',
  'navigate',
  'select',
  'submit',
  'space',
  '(disabled)',
  'Use arrow keys',
  'Y/n',
  'y/N',
  'Yes',
];

/** Runs one prompt on fake streams, typing each key after the previous one was drawn; returns the answer and the screen as text. */
async function drive<R>(lang: Lang, ask: (p: Prompter) => Promise<R>, keys: string[]): Promise<{ answer: R; screen: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let drawn = '';
  output.on('data', (d: Buffer) => (drawn += d.toString()));
  const answer = ask(inquirerPrompter(input, output, translator(lang)));
  for (const key of keys) {
    await new Promise((r) => setTimeout(r, 30));
    input.write(key);
  }
  const result = await answer;
  return { answer: result, screen: stripVTControlCharacters(drawn) };
}

beforeAll(() => loadLanguage('de'));

/** Issue 15: no English left under --lang de, also from the prompts' own texts. */
describe('prompts speak the run\'s language', () => {
  it('a number prompt refuses text, out-of-range and empty answers with German messages, then takes a number', async () => {
    const { answer, screen } = await drive('de', (p) => p.number({ message: 'Minuten', min: 1, max: 600, required: true }), [
      'abc\r',
      '\u0015', // Ctrl+U clears the kept text
      '700\r',
      '\u0015',
      '\r',
      '45\r',
    ]);
    expect(answer).toBe(45);
    expect(screen).toContain('bitte eine ganze Zahl eingeben');
    expect(screen).toContain('bitte eine Zahl von 1 bis 600 eingeben');
    expect(screen).toContain('hier ist eine Antwort nötig');
    for (const english of INQUIRER_ENGLISH) expect(screen).not.toContain(english);
  });

  it('an optional number prompt: empty is undefined; a default is taken on Enter', async () => {
    expect((await drive('de', (p) => p.number({ message: 'NPS', min: 0, max: 10 }), ['\r'])).answer).toBeUndefined();
    expect((await drive('de', (p) => p.number({ message: 'Kapazität', min: 1, max: 10, default: 2 }), ['\r'])).answer).toBe(2);
    const english = await drive('en', (p) => p.number({ message: 'Minutes', min: 1, max: 600, required: true }), ['1.5\r', '\u0015', '0\r', '\u0015', '90\r']);
    expect(english.answer).toBe(90);
    expect(english.screen).toContain('please enter a whole number');
    expect(english.screen).toContain('please enter a number from 1 to 600');
  });

  it.each([
    ['j\r', true, false],
    ['ja\r', true, false],
    ['n\r', false, true],
    ['\r', false, false],
    ['\r', true, true],
    ['y\r', true, false],
  ])('a German confirm shows (J/n) or (j/N) and takes %j as %s (default %s)', async (keys, expected, fallback) => {
    const { answer, screen } = await drive('de', (p) => p.confirm({ message: 'Runde schließen?', default: fallback }), [keys]);
    expect(answer).toBe(expected);
    expect(screen).toContain(fallback ? 'Runde schließen? (J/n)' : 'Runde schließen? (j/N)');
    expect(screen).toContain(`Runde schließen? (${fallback ? 'J/n' : 'j/N'}) ${expected ? 'Ja' : 'Nein'}`);
    for (const english of INQUIRER_ENGLISH) expect(screen).not.toContain(english);
  });

  it('a confirm asks again on an answer that is neither yes nor no, in the run\'s language', async () => {
    const de = await drive('de', (p) => p.confirm({ message: 'Speichern?', default: false }), ['vielleicht\r', '\u0015', 'ja\r']);
    expect(de.answer).toBe(true);
    expect(de.screen).toContain('bitte mit j (ja) oder n (nein) antworten');
    const en = await drive('en', (p) => p.confirm({ message: 'Save?' }), ['maybe\r', '\u0015', '\r']);
    expect(en.answer).toBe(true);
    expect(en.screen).toContain('Save? (Y/n)');
    expect(en.screen).toContain('please answer y (yes) or n (no)');
    expect(en.screen).toContain('Save? (Y/n) Yes');
  });

  it('select and checkbox key hints and a disabled choice are German', async () => {
    const choices = [
      { name: 'Anna', value: 1 },
      { name: 'Ben', value: 2, disabled: true },
    ];
    const picked = await drive('de', (p) => p.select({ message: 'Mentor:in', choices }), ['\r']);
    expect(picked.answer).toBe(1);
    expect(picked.screen).toContain('↑↓ blättern • ⏎ auswählen');
    expect(picked.screen).toContain('Ben (nicht wählbar)');
    const checked = await drive('de', (p) => p.checkbox({ message: 'Themen', choices: [{ name: 'Instagram', value: 'i' }, { name: 'LinkedIn', value: 'l' }] }), [' ', '\r']);
    expect(checked.answer).toEqual(['i']);
    expect(checked.screen).toContain('Leertaste auswählen');
    expect(checked.screen).toContain('⏎ bestätigen');
    for (const screen of [picked.screen, checked.screen]) for (const english of INQUIRER_ENGLISH) expect(screen).not.toContain(english);
  });
});
