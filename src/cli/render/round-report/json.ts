import type { RoundReport, TandemRow } from '../../../core/report/types.js';
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
    // Written out, not spread: once per tandem and mentor of a large round. The keys in TandemRow's order.
    tandems: report.tandems.map((x) => ({
      mentee: x.mentee,
      mentors: x.mentors.map((m) => {
        const { reasons, why } = reasonFields(m.why);
        return { name: m.name, email: m.email, reasons, why };
      }),
      sessions: x.sessions,
      minutes: x.minutes,
      lastSession: x.lastSession,
      stale: x.stale,
      belowMinimum: x.belowMinimum,
      sessionsNeeded: x.sessionsNeeded,
      goals: x.goals,
    }) satisfies Record<keyof TandemRow, unknown>),
  };
}
