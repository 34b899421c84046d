import { describe, expect, it } from 'vitest';
import { dateProblemKey, readDate } from '../../../src/core/dates.js';
import { closestColumn, columnFor, columnKey, COLUMN_ALIASES, FILE_COLUMNS, parseColumnMap } from '../../../src/core/fields/columns.js';
import { PARTICIPANT_FIELDS, OPTION_LISTS } from '../../../src/core/fields/index.js';
import { checkFormat } from '../../../src/core/sessions.js';
import { TandemError } from '../../../src/core/errors.js';

describe('readDate', () => {
  it.each([
    ['2027-01-16', '2027-01-16'],
    ['16.01.2027', '2027-01-16'],
    ['6.1.2027', '2027-01-06'],
    [' 29.02.2028 ', '2028-02-29'],
    ['29.02.2027', undefined],
    ['16.01.27', undefined],
    ['16/01/2027', undefined],
    ['2027-1-16', undefined],
    ['', undefined],
  ])('readDate(%j) = %j', (value, iso) => expect(readDate(value)).toBe(iso));

  it('names a two-digit year as its own problem', () => {
    expect(dateProblemKey('16.01.27')).toBe('date.twoDigitYear');
    expect(dateProblemKey('32.01.2027')).toBe('session.problem.date');
  });
});

describe('column names', () => {
  it.each([
    ['E-Mail', 'email'],
    ['Vorgesetzte:r E-Mail', 'manager_email'],
    ['Vorgesetzter E-Mail', 'manager_email'],
    ['manager-e-mail', 'manager_email'],
    ['Kapazitaet', 'capacity'],
    ['KAPAZITÄT', 'capacity'],
    ['Manager Email', 'manager_email'],
    ['Shoe size', undefined],
  ])('%j is %j in a participants file', (header, column) => expect(columnFor(header, [...FILE_COLUMNS.participants.required, ...FILE_COLUMNS.participants.optional])).toBe(column));

  it('compares without case, separators and umlaut spelling', () => {
    expect(columnKey(' Erreicht_am ')).toBe(columnKey('erreicht-AM'));
    expect(columnKey('Höhepunkt')).toBe('hoehepunkt');
  });

  it('has no alias that means two columns of one file kind', () => {
    for (const spec of Object.values(FILE_COLUMNS)) {
      const columns = [...spec.required, ...spec.optional];
      const owner = new Map<string, string>();
      for (const column of columns) {
        for (const name of [column, ...(COLUMN_ALIASES[column] ?? [])]) {
          expect(owner.get(columnKey(name)) ?? column, `${name} in ${columns.join(',')}`).toBe(column);
          owner.set(columnKey(name), column);
        }
      }
    }
  });

  it('suggests a close column and nothing for a distant one', () => {
    const people = [...FILE_COLUMNS.people.required, ...FILE_COLUMNS.people.optional];
    expect(closestColumn('emial', people)).toBe('email');
    expect(closestColumn('Abteilng', people)).toBe('department');
    expect(closestColumn('Schuhgröße', people)).toBeUndefined();
  });

  it('reads --map, refusing a pair without =', () => {
    expect([...parseColumnMap('Mitarbeiter-Mail=email, OE = Department')]).toEqual([
      ['mitarbeitermail', 'email'],
      ['oe', 'department'],
    ]);
    expect(() => parseColumnMap('OE')).toThrow(TandemError);
    expect(() => parseColumnMap('=email')).toThrow(TandemError);
  });
});

describe('German values', () => {
  it.each([
    ['Präsenz', 'in-person'],
    ['vor Ort', 'in-person'],
    ['Teams', 'video'],
    ['ZOOM', 'video'],
    ['Telefon', 'phone'],
    ['video', 'video'],
  ])('format %j is %j', (value, format) => expect(checkFormat(value)).toBe(format));

  it.each([
    ['Mentorin', 'mentor'],
    ['Mentor:in', 'mentor'],
    ['mentor*in', 'mentor'],
    ['Mentee', 'mentee'],
  ])('role %j is %j', (value, role) => expect(PARTICIPANT_FIELDS.role.check(value)).toBe(role));

  it('refuses what is no format or role', () => {
    expect(checkFormat('Brieftaube')).toMatchObject({ key: 'session.problem.format' });
    expect(PARTICIPANT_FIELDS.role.check('Chefin')).toMatchObject({ key: 'field.role' });
    expect(OPTION_LISTS.separator.test(',')).toBe(true);
  });
});
