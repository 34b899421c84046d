// Migration 6: topics shown as first entered. Rows keep storing topic keys (`linkedin`,
// the identity for matching, counting and de-duplication); `topic_label` holds each key's
// display form (`LinkedIn`) once. Topics stored before this version were kept only as
// keys, so their original spelling is lost: their label is the key.
export const topicLabels = `
  CREATE TABLE topic_label (
    key TEXT PRIMARY KEY,
    label TEXT NOT NULL CHECK (label <> '')
  ) STRICT, WITHOUT ROWID;

  INSERT OR IGNORE INTO topic_label (key, label)
    SELECT value, value FROM (
      SELECT DISTINCT j.value FROM participant, json_each(participant.topics) j
      UNION SELECT DISTINCT j.value FROM session, json_each(session.topics) j WHERE session.topics <> '[]'
      UNION SELECT topic FROM goal WHERE topic IS NOT NULL
      UNION SELECT json_extract(j.value, '$.topic') FROM pair, json_each(pair.reasons) j
        WHERE json_extract(j.value, '$.kind') = 'topic'
    )
    WHERE value IS NOT NULL AND value <> '';
`;
