import type { RowError } from '../core/errors.js';
import { CSV_LISTS, isProblem, OPTION_LISTS, readField, type Field, type ListSyntax } from '../core/fields/index.js';
import type { CsvRow, CsvTable } from './csv.js';

/**
 * The file door of a field (CSV and spreadsheet cells): the row's cell in the field's
 * column, read with the table's list separators. A broken rule is recorded in `errors`
 * (as a message key, translated when shown) and gives undefined, as an absent cell does.
 */
export function fieldCell<T>(table: Pick<CsvTable, 'delimiter' | 'lists'>, row: CsvRow, field: Field<T>, errors: RowError[]): T | undefined {
  const value = readField(field, row.cells[field.column], listsOf(table));
  if (!isProblem(value)) return value;
  errors.push({ line: row.line, column: field.column, key: value.key, params: value.params });
  return undefined;
}

/** How lists are written in a table's cells: by the CSV delimiter (SPEC §4), or in a workbook any of `,` `;` `|`. */
export function listsOf(table: Pick<CsvTable, 'delimiter' | 'lists'>): ListSyntax {
  return table.lists === 'sheet' ? OPTION_LISTS : CSV_LISTS[table.delimiter];
}
