import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, plusDays, plusMonths } from '../../../src/core/dates.js';

// The calendar arithmetic is hand-written for start-up speed; date-fns is the oracle.
const day = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const local = (iso: string) => parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));

describe('ISO date arithmetic agrees with date-fns', () => {
  it('plusDays, daysBetween and plusMonths', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: -400, max: 400 }), fc.integer({ min: -60, max: 60 }), (a, b, days, months) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(local(b), local(a)));
        expect(plusDays(a, days)).toBe(format(new Date(local(a).getFullYear(), local(a).getMonth(), local(a).getDate() + days), 'yyyy-MM-dd'));
        expect(plusMonths(a, months)).toBe(format(addMonths(local(a), months), 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });

  it('isIsoDate accepts exactly the real calendar dates', () => {
    const candidate = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const parsed = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
        expect(isIsoDate(text)).toBe(isValid(parsed) && format(parsed, 'yyyy-MM-dd') === text);
      }),
      { numRuns: 3000 },
    );
  });
});
