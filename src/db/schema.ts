import { reasonsAsData } from './migrations/v2-reasons.js';
import { settingsAndSalutation } from './migrations/v4-settings.js';
import { surveyLife } from './migrations/v5-survey-life.js';
import { topicLabels } from './migrations/v6-topic-labels.js';
import { surveyTitle } from './migrations/v7-survey-title.js';
import { sessionTotals } from './migrations/v8-session-totals.js';
import type { Db } from './types.js';

/** SQL to run, or a step that needs code (converting stored values); run by `migrate`. */
export type Migration = string | ((db: Db) => void);

/**
 * Append-only migrations: migration i brings the schema from user_version i to i+1.
 * Never edit a released migration; add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  // 1: the first schema
  `
  CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    name TEXT,
    email TEXT COLLATE NOCASE UNIQUE,
    department TEXT,
    location TEXT,
    manager_email TEXT COLLATE NOCASE,
    languages TEXT NOT NULL DEFAULT '[]',
    forgotten_on TEXT
  ) STRICT;

  CREATE TABLE round (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days >= 1),
    min_sessions INTEGER NOT NULL DEFAULT 6 CHECK (min_sessions >= 0),
    mentors_per_mentee INTEGER NOT NULL DEFAULT 1 CHECK (mentors_per_mentee >= 1),
    closed_on TEXT,
    CHECK (ends_on > starts_on)
  ) STRICT;

  CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    topics TEXT NOT NULL DEFAULT '[]',
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    UNIQUE (round_id, person_id)
  ) STRICT;
  CREATE INDEX participant_person ON participant(person_id);

  CREATE TABLE pair (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    mentor_id INTEGER NOT NULL REFERENCES person(id),
    mentee_id INTEGER NOT NULL REFERENCES person(id),
    score INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '[]',
    since TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    ended_on TEXT,
    end_reason TEXT,
    locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),
    CHECK (mentor_id <> mentee_id)
  ) STRICT;
  CREATE UNIQUE INDEX pair_active ON pair(round_id, mentor_id, mentee_id) WHERE status = 'active';
  CREATE INDEX pair_round ON pair(round_id, mentee_id);
  CREATE INDEX pair_mentor ON pair(mentor_id);
  CREATE INDEX pair_mentee ON pair(mentee_id);

  CREATE TABLE exclusion (
    id INTEGER PRIMARY KEY,
    person_a INTEGER NOT NULL REFERENCES person(id),
    person_b INTEGER NOT NULL REFERENCES person(id),
    round_id INTEGER REFERENCES round(id),
    CHECK (person_a < person_b)
  ) STRICT;
  CREATE UNIQUE INDEX exclusion_unique ON exclusion(person_a, person_b, ifnull(round_id, 0));

  CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    mentee_id INTEGER NOT NULL REFERENCES person(id),
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
    format TEXT CHECK (format IN ('in-person', 'video', 'phone')),
    topics TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    highlight TEXT
  ) STRICT;
  CREATE INDEX session_tandem ON session(round_id, mentee_id, date);

  CREATE TABLE session_mentor (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    mentor_id INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (session_id, mentor_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX session_mentor_person ON session_mentor(mentor_id);

  CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    mentee_id INTEGER NOT NULL REFERENCES person(id),
    text TEXT NOT NULL,
    topic TEXT,
    achieved_on TEXT
  ) STRICT;
  CREATE INDEX goal_tandem ON goal(round_id, mentee_id);

  CREATE TABLE survey (
    id INTEGER PRIMARY KEY,
    round_id INTEGER NOT NULL REFERENCES round(id),
    name TEXT NOT NULL,
    questions TEXT NOT NULL,
    UNIQUE (round_id, name)
  ) STRICT;

  -- A response holds the role and the answers, nothing else: no person, no pair, no
  -- time. Its id is random, so the row order does not follow the order of answering.
  CREATE TABLE survey_response (
    id INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES survey(id),
    role TEXT NOT NULL CHECK (role IN ('mentor', 'mentee')),
    answers TEXT NOT NULL
  ) STRICT;
  CREATE INDEX survey_response_survey ON survey_response(survey_id);
  `,
  // 2: pair reasons as data ({"kind": "topic", "topic": …}) instead of English sentences
  reasonsAsData,
  // 3: which pairs `round close` completed, so `round reopen` makes exactly those active again
  `ALTER TABLE pair ADD COLUMN closed_with_round INTEGER NOT NULL DEFAULT 0 CHECK (closed_with_round IN (0, 1));`,
  // 4: programme settings, a person's salutation
  settingsAndSalutation,
  // 5: survey kinds, survey close, the log of issued survey reports
  surveyLife,
  // 6: topics shown as first entered: each topic key's label (display form)
  topicLabels,
  // 7: a survey's title, shown where the survey is named
  surveyTitle,
  // 8: session totals per tandem and topic counts per round, kept as sessions are written
  sessionTotals,
];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
