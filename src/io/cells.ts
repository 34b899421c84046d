import type { RowError } from '../core/errors.js';
import { CSV_LISTS, isProblem, readField, type Field } from '../core/fields/index.js';
import type { CsvRow, CsvTable } from './csv.js';

/**
 * The file door of a field (CSV today, spreadsheets later): the row's cell in the field's
 * column, read with the table's list separators. A broken rule is recorded in `errors`
 * (as a message key, translated when shown) and gives undefined, as an absent cell does.
 */
export function fieldCell<T>(table: Pick<CsvTable, 'delimiter'>, row: CsvRow, field: Field<T>, errors: RowError[]): T | undefined {
  const value = readField(field, row.cells[field.column], CSV_LISTS[table.delimiter]);
  if (!isProblem(value)) return value;
  errors.push({ line: row.line, column: field.column, key: value.key, params: value.params });
  return undefined;
}
