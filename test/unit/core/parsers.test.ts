import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, plusDays, plusMonths, weekOf } from '../../../src/core/dates.js';
import { TandemError } from '../../../src/core/errors.js';
import { isEmail, parseEmail, parseIntInRange, parsePositiveInt, parseRole } from '../../../src/core/people.js';
import { roundStatus } from '../../../src/core/rounds.js';
import { isLabelOf, normaliseTag, parseList, parseTagList, topicLabel, topicLabels, topicNamer } from '../../../src/core/tags.js';

describe('dates', () => {
  it.each([
    ['2026-01-15', true],
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['15.01.2026', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, ok) => expect(isIsoDate(value)).toBe(ok));

  it.each([
    ['2026-01-15', 6, '2026-07-15'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-03-29', 1, '2026-04-29'],
  ])('plusMonths(%s, %i) = %s', (date, months, expected) => expect(plusMonths(date, months)).toBe(expected));

  it('counts days across a DST change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(plusDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(plusDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it.each([
    ['2026-01-14', 0],
    ['2026-01-15', 1],
    ['2026-01-21', 1],
    ['2026-01-22', 2],
    ['2026-07-15', 26],
    ['2027-01-01', 26],
  ])('week of %s is %i of 26 (182 days inclusive)', (asOf, week) => expect(weekOf('2026-01-15', '2026-07-15', asOf)).toEqual({ week, weeks: 26 }));

  it.each([
    ['2026-01-14', null, 'planned'],
    ['2026-01-15', null, 'running'],
    ['2026-07-15', null, 'running'],
    ['2026-07-16', null, 'finished'],
    ['2026-03-01', '2026-02-01', 'closed'],
  ])('status on %s (closed %s) is %s', (today, closedOn, status) =>
    expect(roundStatus({ startsOn: '2026-01-15', endsOn: '2026-07-15', closedOn }, today)).toBe(status));
});

describe('tags and lists', () => {
  it.each([
    ['#Instagram', 'instagram'],
    ['  Hashtags ', 'hashtags'],
    ['##TikTok', 'tiktok'],
    ['# Online Applications', 'online applications'],
  ])('normaliseTag(%s) = %s', (tag, expected) => expect(normaliseTag(tag)).toBe(expected));

  it.each([
    ['#Online-Bewerbung', 'Online-Bewerbung'],
    ['  LinkedIn ', 'LinkedIn'],
    ['## Übersicht Social Media', 'Übersicht Social Media'],
    ['#', ''],
  ])('topicLabel(%j) = %j: trimmed, no leading #, case, spaces and umlauts kept', (tag, expected) => expect(topicLabel(tag)).toBe(expected));

  it('topic labels: the first spelling of a key stands for it; a label is a spelling of its key; unknown keys are named by themselves', () => {
    expect(topicLabels(['LinkedIn', '#linkedin', ' ', '#Online-Bewerbung', 'ONLINE-BEWERBUNG'])).toEqual(['LinkedIn', 'Online-Bewerbung']);
    expect(isLabelOf('linkedin', 'LinkedIn')).toBe(true);
    expect(isLabelOf('übersicht', 'Übersicht')).toBe(true);
    expect(isLabelOf('linkedin', 'Xing')).toBe(false);
    expect(isLabelOf('linkedin', '#LinkedIn')).toBe(false);
    expect(isLabelOf('linkedin', ' LinkedIn')).toBe(false);
    expect(isLabelOf('', '')).toBe(false);
    const name = topicNamer(new Map([['linkedin', 'LinkedIn']]));
    expect([name('linkedin'), name('instagram')]).toEqual(['LinkedIn', 'instagram']);
  });

  it('splits, normalises and de-duplicates lists', () => {
    expect(parseTagList('#Instagram, instagram;Twitter| ,')).toEqual(['instagram', 'twitter']);
    expect(parseTagList('a;b|c', /[;|]/)).toEqual(['a', 'b', 'c']);
    expect(parseTagList('a,b', /[;|]/)).toEqual(['a,b']);
    expect(parseList('DE, en,de')).toEqual(['de', 'en']);
    expect(parseTagList(undefined)).toEqual([]);
  });
});

describe('people parsers', () => {
  it.each([
    ['lena@example.com', true],
    ['Lena.Vogel+x@example.co.uk', true],
    ['lena@example', false],
    ['lena example.com', false],
    ['@example.com', false],
    ['a@b@c.de', false],
  ])('isEmail(%s) = %s', (value, ok) => expect(isEmail(value)).toBe(ok));

  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof TandemError ? [error.exitCode, error.key] : ['other'];
    }
    return ['ok'];
  };

  it.each([
    [() => parseEmail(' Lena@Example.COM '), ['ok']],
    [() => parseEmail('nope'), [2, 'error.email']],
    [() => parseRole('Mentor'), ['ok']],
    [() => parseRole('boss'), [2, 'error.role']],
    [() => parsePositiveInt('3', 'x'), ['ok']],
    [() => parsePositiveInt('0', 'x'), [2, 'error.positiveInt']],
    [() => parsePositiveInt('1.5', 'x'), [2, 'error.positiveInt']],
    [() => parsePositiveInt('51', 'x', 50), [2, 'error.positiveInt']],
    [() => parseIntInRange('0', 'x', 0, 5), ['ok']],
    [() => parseIntInRange('-1', 'x', 0, 5), [2, 'error.intRange']],
  ])('case %#', (fn, expected) => expect(code(fn)).toEqual(expected));

  it('normalises emails to lower case', () => expect(parseEmail(' Lena@Example.COM ')).toBe('lena@example.com'));
});
