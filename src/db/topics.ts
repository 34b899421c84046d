import { topicLabel, topicNamer, type TopicName } from '../core/tags.js';
import { statement } from './statements.js';
import type { Db } from './types.js';

// Topics are stored by key (SPEC §2: `#Instagram` = `instagram`); `topic_label` keeps each
// key's display form, as first entered, in one place. Every write of topics passes here.

/**
 * Records the labels of topics as entered (first spelling of a key wins, later ones leave
 * it alone) and returns their keys, de-duplicated, in order: what the row stores.
 */
export function storeTopics(db: Db, topics: readonly string[]): string[] {
  const keys: string[] = [];
  for (const topic of topics) {
    const key = storeTopic(db, topic);
    if (key && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** One topic as entered: its label recorded (first wins), its key returned ('' for an empty one). */
export function storeTopic(db: Db, topic: string): string {
  const label = topicLabel(topic);
  const key = label.toLowerCase();
  if (key) statement(db, `INSERT INTO topic_label (key, label) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`).run(key, label);
  return key;
}

/** How this database names topics: one query per command, not one per row. */
export function topicNames(db: Db): TopicName {
  const rows = statement(db, `SELECT key, label FROM topic_label`).raw().all() as [string, string][];
  return topicNamer(new Map(rows));
}


/** Every topic with its label, by key. */
export function listTopicLabels(db: Db): { key: string; label: string }[] {
  return statement(db, `SELECT key, label FROM topic_label ORDER BY key`).all() as { key: string; label: string }[];
}

/** The label of a key, or undefined for a topic never entered. */
export function topicLabelOf(db: Db, key: string): string | undefined {
  return (statement(db, `SELECT label FROM topic_label WHERE key = ?`).pluck().get(key) as string | undefined) ?? undefined;
}

/** Replaces a key's label (the caller checked that it is a spelling of the key). */
export function setTopicLabel(db: Db, key: string, label: string): void {
  statement(db, `UPDATE topic_label SET label = ? WHERE key = ?`).run(label, key);
}
