import type { RoundReport } from '../../../core/report/types.js';
import { reasonFields } from '../reasons.js';

/**
 * The `round report --json` document: each tandem mentor's reasons as English sentences
 * and as data (`why`). Its own module, so `--json` loads none of the other renderers.
 */
export function reportJson(report: RoundReport): unknown {
  return {
    ...report,
    tandems: report.tandems.map((x) => ({
      ...x,
      mentors: x.mentors.map(({ why, ...ref }) => ({ ...ref, ...reasonFields(why) })),
    })),
  };
}
