import type { RoundReport } from '../../../core/report/types.js';
import { TOPIC_KEYS, type TopicName } from '../../../core/tags.js';
import { reasonFields } from '../reasons.js';

/**
 * The `round report --json` document: each tandem mentor's reasons as English sentences
 * and as data (`why`); each topic by key (`topic`, as scripts match it) and as shown
 * (`label`). Its own module, so `--json` loads none of the other renderers.
 */
export function reportJson(report: RoundReport, topic: TopicName = TOPIC_KEYS): unknown {
  return {
    ...report,
    topics: report.topics.map((x) => ({ topic: x.topic, label: topic(x.topic), sessions: x.sessions })),
    tandems: report.tandems.map((x) => ({
      ...x,
      mentors: x.mentors.map(({ why, ...ref }) => ({ ...ref, ...reasonFields(why) })),
    })),
  };
}
