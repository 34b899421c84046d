import { z } from 'zod';
import type { RowError } from '../core/errors.js';
import { isIsoDate } from '../core/dates.js';
import { isEmail } from '../core/people.js';
import type { CsvRow } from './csv.js';

/** Validators for CSV cells; each message is what the user reads after `file:LINE: column:`. */
export const cells = {
  name: z.string().min(1, 'is empty').max(200, 'is longer than 200 characters'),
  text: (max: number) => z.string().max(max, `is longer than ${max} characters`),
  email: z
    .string()
    .min(1, 'is empty')
    .refine((v) => isEmail(v), { message: 'is not a valid email address' })
    .transform((v) => v.toLowerCase()),
  role: z.string().transform((v, c) => {
    const role = v.toLowerCase();
    if (role === 'mentor' || role === 'mentee') return role;
    c.addIssue({ code: 'custom', message: `unknown role "${v}" (expected mentor or mentee)` });
    return z.NEVER;
  }),
  int: (min: number, max: number) =>
    z
      .string()
      .regex(/^-?\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, { message: `must be a whole number from ${min} to ${max}` }),
  date: z.string().refine(isIsoDate, { message: 'is not a valid date (YYYY-MM-DD)' }),
};

/**
 * Reads one cell through a validator. An absent column or empty optional cell gives
 * undefined; a failure is recorded in `errors` and also gives undefined.
 */
export function cell<T>(
  row: CsvRow,
  column: string,
  schema: z.ZodType<T, string>,
  errors: RowError[],
  options: { required?: boolean } = {},
): T | undefined {
  const raw = row.cells[column];
  if (raw === undefined || raw === '') {
    if (options.required) errors.push({ line: row.line, column, message: 'is required' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  errors.push({ line: row.line, column, message: result.error.issues[0]?.message ?? 'is invalid' });
  return undefined;
}
