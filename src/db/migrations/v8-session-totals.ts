// Migration 8: session totals kept as sessions are written, so that the round report reads
// one row per tandem instead of aggregating every session of the round (issue 16: 10,000
// tandems and 200,000 sessions). Derived data: not exported, rebuilt on import; the
// partial index finds a round's latest highlights without reading its other sessions.
// tandem's writers add inserted sessions to the totals, one statement per tandem (a trigger
// per row would cost an import of 200,000 sessions half a second); a report notices
// sessions inserted by another program by their count. tandem never changes or deletes a
// session's counted columns: the triggers keep the totals right when another program does.

/** Takes a session (OLD) out of the totals: its tandem's last session is looked up again. */
const subtract = (row: string) => `
    UPDATE tandem_total SET sessions = sessions - 1, minutes = minutes - ${row}.minutes,
        last_session = coalesce((SELECT max(date) FROM session WHERE round_id = ${row}.round_id AND mentee_id = ${row}.mentee_id), last_session)
      WHERE round_id = ${row}.round_id AND mentee_id = ${row}.mentee_id;
    DELETE FROM tandem_total WHERE round_id = ${row}.round_id AND mentee_id = ${row}.mentee_id AND sessions <= 0;
    UPDATE topic_total SET sessions = sessions - 1 WHERE round_id = ${row}.round_id AND topic IN (SELECT value FROM json_each(${row}.topics));
    DELETE FROM topic_total WHERE round_id = ${row}.round_id AND sessions <= 0;`;

const createSessionTotals = `
  CREATE TABLE tandem_total (
    round_id INTEGER NOT NULL REFERENCES round(id),
    mentee_id INTEGER NOT NULL REFERENCES person(id),
    sessions INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    last_session TEXT NOT NULL,
    PRIMARY KEY (round_id, mentee_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE topic_total (
    round_id INTEGER NOT NULL REFERENCES round(id),
    topic TEXT NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (round_id, topic)
  ) STRICT, WITHOUT ROWID;

  CREATE INDEX session_highlight ON session(round_id, date) WHERE highlight IS NOT NULL AND highlight <> '';

  CREATE TRIGGER session_total_delete AFTER DELETE ON session BEGIN
    ${subtract('OLD')}
  END;

  CREATE TRIGGER session_total_update AFTER UPDATE OF round_id, mentee_id, date, minutes, topics ON session BEGIN
    ${subtract('OLD')}
    INSERT INTO tandem_total (round_id, mentee_id, sessions, minutes, last_session) VALUES (NEW.round_id, NEW.mentee_id, 1, NEW.minutes, NEW.date)
      ON CONFLICT DO UPDATE SET sessions = sessions + 1, minutes = minutes + excluded.minutes, last_session = max(last_session, excluded.last_session);
    INSERT INTO topic_total (round_id, topic, sessions) SELECT NEW.round_id, value, 1 FROM json_each(NEW.topics) WHERE true
      ON CONFLICT DO UPDATE SET sessions = sessions + 1;
  END;
`;

/** The totals from the sessions (into empty tables): the migration's last step, and a rebuild's. */
export const fillSessionTotals = `
  INSERT INTO tandem_total (round_id, mentee_id, sessions, minutes, last_session)
    SELECT round_id, mentee_id, count(*), sum(minutes), max(date) FROM session GROUP BY round_id, mentee_id;
  INSERT INTO topic_total (round_id, topic, sessions)
    SELECT s.round_id, j.value, count(*) FROM session s, json_each(s.topics) j WHERE s.topics <> '[]' GROUP BY s.round_id, j.value;
`;

export const sessionTotals = createSessionTotals + fillSessionTotals;
