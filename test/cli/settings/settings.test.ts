import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath, tempDir } from '../../helpers/cli.js';
import { PNG_1X1, SAFE_SVG } from '../../helpers/logo.js';

async function dbWithSettings(): Promise<string> {
  const db = tempDbPath();
  expect((await tandem(db, ['settings', 'set', 'organisation', 'Muster AG'])).code).toBe(0);
  return db;
}

describe('tandem settings', () => {
  it('sets, gets and lists text settings; an empty value clears one', async () => {
    const db = await dbWithSettings();
    expect((await tandem(db, ['settings', 'set', 'programme', '  Reverse Mentoring 2026 '])).stderr).toBe('saved programme\n');
    expect((await tandem(db, ['settings', 'set', 'Signer', 'Dr. Eva Schmidt'])).code).toBe(0);
    expect((await tandem(db, ['settings', 'set', 'signer-title', 'Personalleiterin'])).code).toBe(0);
    expect((await tandem(db, ['settings', 'get', 'programme'])).stdout).toBe('Reverse Mentoring 2026\n');
    expect((await tandem(db, ['settings', 'set', 'programme', 'Reverse Mentoring 2026'])).stderr).toBe('programme unchanged\n');
    const list = await tandem(db, ['settings', 'list']);
    expect(list.stdout).toMatch(/organisation: +Muster AG\n/);
    expect(list.stdout).toMatch(/signer-title: +Personalleiterin\n/);
    expect(list.stdout).toMatch(/logo: +–\n/);
    expect((await tandem(db, ['settings', 'set', 'programme', ''])).stderr).toBe('cleared programme\n');
    expect((await tandem(db, ['settings', 'get', 'programme'])).stdout).toBe('');
    expect(JSON.parse((await tandem(db, ['settings', 'list', '--json'])).stdout)).toEqual({
      organisation: 'Muster AG', programme: null, signer: 'Dr. Eva Schmidt', signerTitle: 'Personalleiterin', logo: null,
    });
    expect(JSON.parse((await tandem(db, ['settings', 'get', 'organisation', '--json'])).stdout)).toEqual({ key: 'organisation', value: 'Muster AG' });
  });

  it('stores a PNG or a safe SVG logo as a data URI, checked by its signature, not its name', async () => {
    const db = await dbWithSettings();
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.svg'), PNG_1X1); // a PNG under an SVG name is a PNG
    expect((await tandem(db, ['settings', 'set', 'logo', join(dir, 'logo.svg')])).code).toBe(0);
    expect((await tandem(db, ['settings', 'get', 'logo'])).stdout).toBe(`data:image/png;base64,${PNG_1X1.toString('base64')}\n`);
    expect(JSON.parse((await tandem(db, ['settings', 'list', '--json'])).stdout).logo).toEqual({ type: 'image/png', bytes: PNG_1X1.length });
    writeFileSync(join(dir, 'logo.svg'), SAFE_SVG);
    expect((await tandem(db, ['settings', 'set', 'logo', join(dir, 'logo.svg')])).code).toBe(0);
    expect((await tandem(db, ['settings', 'get', 'logo'])).stdout).toBe(`data:image/svg+xml;base64,${Buffer.from(SAFE_SVG).toString('base64')}\n`);
    expect((await tandem(db, ['settings', 'list'])).stdout).toMatch(/logo: +image\/svg\+xml, 1 KB\n/);
    expect((await tandem(db, ['settings', 'set', 'logo', ''])).code).toBe(0);
    expect((await tandem(db, ['settings', 'get', 'logo'])).stdout).toBe('');
  });

  const svg = (inner: string, attrs = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;
  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'logo.svg is an SVG with script; a logo may not contain scripts, event handlers, foreign objects or external references'],
    ['an event handler', svg('<rect/>', ' onload="alert(1)"'), 'logo.svg is an SVG with event handler; a logo may not contain scripts, event handlers, foreign objects or external references'],
    ['a foreignObject', svg('<foreignObject><p>x</p></foreignObject>'), 'logo.svg is an SVG with foreignObject; a logo may not contain scripts, event handlers, foreign objects or external references'],
    ['an external image', svg('<image href="https://evil.example/x.png"/>'), 'logo.svg is an SVG with embedded or linked element; a logo may not contain scripts, event handlers, foreign objects or external references'],
    ['an external url()', svg('<rect style="fill:url(https://evil.example/p)"/>'), 'logo.svg is an SVG with external url(); a logo may not contain scripts, event handlers, foreign objects or external references'],
    ['an entity', `<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${svg('&x;')}`, 'logo.svg is neither a PNG nor an SVG image'],
    ['plain text', 'hello', 'logo.svg is neither a PNG nor an SVG image'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'logo.svg is neither a PNG nor an SVG image'],
    ['a file over 256 KB', Buffer.concat([PNG_1X1, Buffer.alloc(256 * 1024)]), 'logo.svg is 257 KB; a logo may have at most 256 KB'],
  ])('refuses a logo with %s (exit 2, nothing stored)', async (_, content, message) => {
    const db = await dbWithSettings();
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.svg'), content);
    const before = snapshot(db);
    const result = await tandem(db, ['settings', 'set', 'logo', 'logo.svg'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`tandem: error: ${message}`);
    expect(snapshot(db)).toEqual(before);
  });

  it.each([
    [['settings', 'set', 'colour', 'blue'], 'tandem: error: unknown setting "colour"; the settings are: organisation, programme, signer, signer-title, logo'],
    [['settings', 'get', 'colour'], 'tandem: error: unknown setting "colour"; the settings are: organisation, programme, signer, signer-title, logo'],
    [['settings', 'set', 'organisation', 'x'.repeat(201)], 'tandem: error: organisation is longer than 200 characters'],
    [['settings', 'set', 'signer', 'Eva\nSchmidt'], 'tandem: error: signer must be one line without control characters'],
    [['settings', 'set', 'logo', 'missing.png'], 'tandem: error: cannot read missing.png: no such file'],
  ])('%j is refused with exit 2 and changes nothing', async (argv, message) => {
    const db = await dbWithSettings();
    const before = snapshot(db);
    const result = await tandem(db, argv, { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(snapshot(db)).toEqual(before);
  });

  it('speaks German under --lang de', async () => {
    const db = await dbWithSettings();
    const result = await tandem(db, ['--lang', 'de', 'settings', 'set', 'farbe', 'blau']);
    expect(result.stderr.split('\n')[0]).toBe('tandem: Fehler: unbekannte Einstellung „farbe“; die Einstellungen sind: organisation, programme, signer, signer-title, logo');
  });
});

describe('tandem settings on a fresh path', () => {
  it('a refused setting creates no database file', async () => {
    const db = tempDbPath();
    const result = await tandem(db, ['settings', 'set', 'logo', 'missing.png'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(snapshot(db)).toBeNull();
  });
});
