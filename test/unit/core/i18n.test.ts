import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, messageKeys, pickLang, translator } from '../../../src/core/i18n/index.js';

describe('message catalogues', () => {
  beforeAll(() => loadLanguage('de'));

  it('have the same keys in English and German', () => {
    const en = messageKeys('en');
    const de = messageKeys('de');
    expect(en.filter((k) => !de.includes(k)), 'missing in de').toEqual([]);
    expect(de.filter((k) => !en.includes(k)), 'missing in en').toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const en = translator('en');
    const de = translator('de');
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const keysOf = (t: typeof en, key: string) => placeholders(t(key));
    for (const key of messageKeys('en')) expect(keysOf(de, key), key).toEqual(keysOf(en, key));
  });

  it('fill placeholders and fall back to the key', () => {
    const t = translator('en');
    expect(t('error.roundNotFound', { round: 'X' })).toBe('unknown round "X"');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it.each([
    [undefined, {}, 'en'],
    ['de', {}, 'de'],
    [undefined, { TANDEM_LANG: 'de' }, 'de'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'de'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    ['en', { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { TANDEM_LANG: 'en', LANG: 'de_AT' }, 'en'],
  ])('pickLang(%s, %j) = %s', (option, env, lang) => expect(pickLang(option, env)).toBe(lang));
});
