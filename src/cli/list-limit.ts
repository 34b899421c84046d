import { parsePositiveInt } from '../core/people.js';
import type { Ctx } from './context.js';

// Apart from output-options.ts, so a list that writes no files (`round list`) loads no file writer.

/** The `--limit` of a list, checked before any work is done (a whole number from 1, else exit 2); undefined for all. */
export function listLimit(o: { limit?: string }): number | undefined {
  return o.limit === undefined ? undefined : parsePositiveInt(o.limit, '--limit', 1_000_000_000);
}

/** "… and N more" on stderr when `--limit` left rows out. */
export function noteMore(ctx: Ctx, more: number | undefined): void {
  if (more) ctx.info(ctx.t('report.more', { count: more }));
}
