import { describe, expect, it } from 'vitest';
import { firstLook } from '../../../src/cli/program.js';

// Start-up reads the global options and the command words with commander and the same
// option definitions as the command tree (no second argv parser).
describe('firstLook', () => {
  it.each<[string[], Partial<ReturnType<typeof firstLook>>]>([
    [['round', 'list'], { words: ['round', 'list'], lang: undefined, color: true, help: false, version: false, parsed: true }],
    [['--db', 'x.db', '--lang', 'de', 'round', 'list'], { words: ['round', 'list'], lang: 'de' }],
    [['round', 'list', '--lang=de', '--no-color'], { words: ['round', 'list'], lang: 'de', color: false }],
    [['pair', 'match', '--round', 'R', '--yes', '--lang', 'en'], { words: ['pair', 'match'], lang: 'en' }],
    [['-yq', 'goal', 'add', '--mentee', 'a@example.com', 'text'], { words: ['goal', 'add'] }],
    [['round', '--help'], { words: ['round'], help: true }],
    [['-V'], { words: [], version: true }],
    [['--json'], { words: [], help: false, version: false, parsed: true }],
    [['--', 'round'], { words: ['round'] }],
    [['round', 'list', '--lang'], { words: [], parsed: false }],
  ])('%j', (argv, expected) => {
    expect(firstLook(argv)).toMatchObject(expected);
  });
});
