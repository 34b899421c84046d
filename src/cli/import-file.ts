import type { Command } from 'commander';
import { parseColumnMap } from '../core/fields/columns.js';
import type { T } from '../core/i18n/index.js';
import type { CsvSpec, CsvTable } from '../io/csv.js';
import { resolvePath } from './commands/admin/paths.js';
import type { Ctx } from './context.js';

/** `--sheet` and `--map` as every import takes them. */
export interface ImportFileOptions {
  sheet?: string;
  map?: string;
}

/** Adds `--sheet <name>` and `--map <pairs>` to an import command. */
export function importFileOptions(command: Command, t: T): Command {
  return command.option('--sheet <name>', t('option.sheet')).option('--map <pairs>', t('option.map'));
}

/** Reads an import's CSV or .xlsx file (SPEC §4); a Windows-1252 CSV is read with one notice on stderr. */
export async function readImportFile(ctx: Ctx, file: string, spec: CsvSpec, o: ImportFileOptions): Promise<CsvTable> {
  const map = parseColumnMap(o.map);
  const { readTableFile } = await import('../io/table-file.js');
  const table = await readTableFile(resolvePath(ctx, file), spec, { sheet: o.sheet, map });
  if (table.encoding === 'windows-1252') ctx.info(ctx.t('import.windows1252', { file: table.file }));
  return table;
}
