import { FieldError, NotFoundError } from '../core/errors.js';
import { isLabelOf, normaliseTag, topicLabel } from '../core/tags.js';
import { setTopicLabel, topicLabelOf } from '../db/topics.js';
import type { Db } from '../db/types.js';

/**
 * Changes how a topic is shown (`topic rename linkedin LinkedIn`): the topic in any
 * spelling, the new label a spelling of the same key (only case may differ, else exit 2),
 * a topic never entered exit 1. The key, and so every match and count, stays as it is.
 */
export function renameTopic(db: Db, topic: string, label: string): { key: string; label: string; previous: string } {
  const key = normaliseTag(topic);
  const shown = topicLabel(label);
  if (!isLabelOf(key, shown)) throw new FieldError('<label>', 'field.topicLabel', { key, label: shown });
  return db
    .transaction(() => {
      const previous = topicLabelOf(db, key);
      if (previous === undefined) throw new NotFoundError('error.topic.notFound', { topic: key }, 'hint.topic.list');
      setTopicLabel(db, key, shown);
      return { key, label: shown, previous };
    })
    .immediate();
}
