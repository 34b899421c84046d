import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage, messageKeys, pickLang, placeholders, translator } from '../../../../src/core/i18n/index.js';

describe('message catalogues', () => {
  beforeAll(() => loadLanguage('de'));

  it('have the same keys in English and German', () => {
    const en = messageKeys('en');
    const de = messageKeys('de');
    expect(en.filter((k) => !de.includes(k)), 'missing in de').toEqual([]);
    expect(de.filter((k) => !en.includes(k)), 'missing in en').toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const key of messageKeys('en')) expect(placeholders('de', key), key).toEqual(placeholders('en', key));
  });

  it('fill placeholders and fall back to the key', () => {
    const t = translator('en');
    expect(t('error.roundNotFound', { round: 'X' })).toBe('unknown round "X"');
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it.each([
    ['en', 0, 'the database check found 0 faults'],
    ['en', 1, 'the database check found 1 fault'],
    ['en', 2, 'the database check found 2 faults'],
    ['de', 1, '1 Problem'],
    ['de', 5, '5 Probleme'],
  ] as const)('picks the plural form of %s for %i', (lang, count, text) => {
    const key = text.includes('database') ? 'admin.check.failed' : 'admin.check.problems';
    expect(translator(lang)(key, { count })).toBe(text);
  });

  it('fills placeholders inside plural branches and prefers an exact =n branch', () => {
    const en = translator('en');
    expect(en('round.cadenceDays', { days: 1 })).toBe('every day');
    expect(en('round.cadenceDays', { days: 14 })).toBe('every 14 days');
    expect(en('survey.created', { survey: 'final', round: 'R', count: 1 })).toBe('created survey "final" of round R with 1 question');
    expect(translator('de')('status.stale', { count: 1 })).toBe('1 Tandem ist überfällig:');
    expect(translator('de')('status.stale', { count: 3 })).toBe('3 Tandems sind überfällig:');
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
