import { UsageError } from '../../../core/errors.js';
import { DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR } from '../../../core/survey/report.js';

/** `--min-group`: a whole number of at least 3 (exit 2 otherwise), default 5. */
export function parseMinGroup(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_GROUP;
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < MIN_GROUP_FLOOR) {
    throw new UsageError('error.minGroup', { min: MIN_GROUP_FLOOR, value });
  }
  return n;
}
