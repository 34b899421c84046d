// Migration 5: survey kinds (standard, baseline, final), closing a survey, and the log of
// issued survey reports (SPEC §3 "over time": survey, date, n per group and question; no figures).
export const surveyLife = `
  ALTER TABLE survey ADD COLUMN kind TEXT NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard', 'baseline', 'final'));
  ALTER TABLE survey ADD COLUMN closed_on TEXT;

  CREATE TABLE survey_report_log (
    id INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES survey(id),
    issued_on TEXT NOT NULL,
    counts TEXT NOT NULL
  ) STRICT;
  CREATE INDEX survey_report_log_survey ON survey_report_log(survey_id);
`;
