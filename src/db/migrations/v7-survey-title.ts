// Migration 7: a survey's title (`survey create --title`), shown wherever the survey is named;
// the name stays its identifier (`--name`). Null: no title, the name is shown.
export const surveyTitle = `
  ALTER TABLE survey ADD COLUMN title TEXT CHECK (title IS NULL OR length(title) BETWEEN 1 AND 120);
`;
