import { parseAnswerCell, type Answers } from '../core/survey/answers.js';
import type { Question } from '../core/survey/questions.js';
import type { Role, SurveyResponse } from '../core/survey/report.js';
import { PARTICIPANT_FIELDS } from '../core/fields/index.js';
import { fieldCell } from './cells.js';
import { validateRows, type CsvSpec, type CsvTable } from './csv.js';

/** SPEC §4: `role` required, one optional column per question id of the survey. */
export function surveyCsvSpec(questions: readonly Question[]): CsvSpec {
  return { required: ['role'], optional: questions.map((q) => q.id) };
}

/**
 * Validates the rows of a survey file against the survey's questionnaire: an unknown column
 * is an error, every cell is checked (yes/no as yes/no, ja/nein, true/false, 1/0; scales
 * as whole numbers in range; an empty cell is "not answered"), and every error of the
 * file is reported at once with its line.
 */
export function surveyRows(table: CsvTable, questions: readonly Question[]): SurveyResponse[] {
  return validateRows(table, (row, errors): SurveyResponse | undefined => {
    const role: Role | undefined = fieldCell(table, row, PARTICIPANT_FIELDS.role, errors);
    // Built in questionnaire order, so equal responses store equal JSON whatever the column order.
    const answers: Answers = {};
    for (const question of questions) {
      const raw = row.cells[question.id];
      if (raw === undefined) continue;
      const parsed = parseAnswerCell(question, raw);
      if (!parsed.ok) errors.push({ line: row.line, column: question.id, message: parsed.message });
      else if (parsed.value !== undefined) answers[question.id] = parsed.value;
    }
    return role ? { role, answers } : undefined;
  });
}
