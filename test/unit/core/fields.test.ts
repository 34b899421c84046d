import { describe, expect, it } from 'vitest';
import { FieldError } from '../../../src/core/errors.js';
import { ARRAY_ITEMS, checkLanguage, CSV_LISTS, GOAL_FIELDS, OPTION_LISTS, optionField, PARTICIPANT_FIELDS, PERSON_FIELDS, readField, SESSION_FIELDS } from '../../../src/core/fields/index.js';

const COMMA_FILE = CSV_LISTS[','];

describe('language tags', () => {
  it.each([
    ['de', 'de'],
    ['EN', 'en'],
    [' en-GB ', 'en'],
    ['es-419', 'es'],
    ['tr', 'tr'],
    ['fil', 'fil'],
  ])('%j is stored as %j', (raw, stored) => {
    expect(checkLanguage(raw, OPTION_LISTS)).toBe(stored);
  });

  it.each(['xx-yy-zz', '12345', 'e', 'deutsch', 'en_GB', 'en-', 'de en', 'en-G'])('%j is not a language tag', (raw) => {
    expect(checkLanguage(raw, OPTION_LISTS)).toEqual({ key: 'field.language', params: { value: raw.trim() } });
  });

  it('a value holding a list separator gets the hint of its door', () => {
    expect(checkLanguage('de,en', COMMA_FILE)).toEqual({ key: 'field.languageList', params: { value: 'de,en', separators: '";" or "|"' } });
    expect(checkLanguage('de,en', ARRAY_ITEMS)).toEqual({ key: 'field.languageItem', params: { value: 'de,en' } });
  });

  it('a list is split at the door’s separators, de-duplicated, and fails on its first bad item', () => {
    expect(PERSON_FIELDS.languages.check('de, EN ,de|en-GB;tr', OPTION_LISTS)).toEqual(['de', 'en', 'tr']);
    expect(PERSON_FIELDS.languages.check('de;xx-yy-zz;12345', COMMA_FILE)).toEqual({ key: 'field.language', params: { value: 'xx-yy-zz' } });
    expect(PERSON_FIELDS.languages.check('de,en', COMMA_FILE)).toMatchObject({ key: 'field.languageList' });
  });
});

describe('fields', () => {
  it('topics: as written (trimmed, no leading #), one per normalised key, at most 1,000 characters as written, the same for participants and sessions', () => {
    expect(PARTICIPANT_FIELDS.topics.check('#Instagram, Hashtags,,#instagram', OPTION_LISTS)).toEqual(['Instagram', 'Hashtags']);
    expect(PARTICIPANT_FIELDS.topics.check(' #Online-Bewerbung ;LinkedIn|Übersicht', OPTION_LISTS)).toEqual(['Online-Bewerbung', 'LinkedIn', 'Übersicht']);
    expect(PARTICIPANT_FIELDS.topics.check('#, ##', OPTION_LISTS)).toEqual([]);
    expect(PARTICIPANT_FIELDS.topics).toBe(SESSION_FIELDS.topics);
    expect(PARTICIPANT_FIELDS.topics.check('a'.repeat(1000), OPTION_LISTS)).toEqual(['a'.repeat(1000)]);
    expect(PARTICIPANT_FIELDS.topics.check('a'.repeat(1001), OPTION_LISTS)).toEqual({ key: 'field.tooLong', params: { max: 1000 } });
    // Code points, not UTF-16 units: 1,000 emoji are 1,000 characters.
    expect(PARTICIPANT_FIELDS.topics.check('😀'.repeat(1000), OPTION_LISTS)).not.toHaveProperty('key');
  });

  it.each([
    [PERSON_FIELDS.name, '  Lena  ', 'Lena'],
    [PERSON_FIELDS.email, ' Lena@Example.COM ', 'lena@example.com'],
    [PERSON_FIELDS.department, ' R&D / Ops ', 'R&D / Ops'],
    [PARTICIPANT_FIELDS.role, 'Mentee', 'mentee'],
    [PARTICIPANT_FIELDS.capacity, ' 3 ', 3],
    [SESSION_FIELDS.minutes, '45', 45],
    [SESSION_FIELDS.format, 'Video', 'video'],
    [GOAL_FIELDS.topic, ' #TikTok ', 'TikTok'],
    [GOAL_FIELDS.achievedOn, '2026-02-01', '2026-02-01'],
  ] as const)('%o reads %j as %j', (field, raw, value) => {
    expect(readField(field as never, raw, OPTION_LISTS)).toEqual(value);
  });

  it.each([
    [PERSON_FIELDS.name, 'x'.repeat(201), { key: 'field.tooLong', params: { max: 200 } }],
    [PERSON_FIELDS.name, '   ', { key: 'field.required', params: {} }],
    [PERSON_FIELDS.email, 'not-an-email', { key: 'field.email', params: { value: 'not-an-email' } }],
    [PERSON_FIELDS.location, 'x'.repeat(201), { key: 'field.tooLong', params: { max: 200 } }],
    [PARTICIPANT_FIELDS.role, 'boss', { key: 'field.role', params: { value: 'boss' } }],
    [PARTICIPANT_FIELDS.capacity, '51', { key: 'field.intRange', params: { value: '51', min: 1, max: 50 } }],
    [PARTICIPANT_FIELDS.capacity, '1.5', { key: 'field.intRange', params: { value: '1.5', min: 1, max: 50 } }],
    [GOAL_FIELDS.achievedOn, '2026-02-30', { key: 'session.problem.date', params: { value: '2026-02-30' } }],
  ] as const)('%o refuses %j', (field, raw, problem) => {
    expect(readField(field as never, raw, OPTION_LISTS)).toEqual(problem);
  });

  it('an empty optional value is absent; the option door throws a FieldError naming the option', () => {
    expect(readField(PERSON_FIELDS.department, '  ', OPTION_LISTS)).toBeUndefined();
    expect(optionField(PERSON_FIELDS.languages, undefined)).toBeUndefined();
    const error = (() => {
      try {
        optionField(PERSON_FIELDS.languages, 'de,xx-yy-zz');
      } catch (e) {
        return e;
      }
    })() as FieldError;
    expect(error).toBeInstanceOf(FieldError);
    expect([error.what, error.key, error.params, error.exitCode]).toEqual(['--languages', 'field.language', { value: 'xx-yy-zz' }, 2]);
  });
});
