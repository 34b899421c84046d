import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { COLUMN_ALIASES, FILE_COLUMNS } from '../../../core/fields/columns.js';
import type { T } from '../../../core/i18n/index.js';
import { examples, type App } from '../../app.js';

const TOPICS = ['columns'] as const;

/** `tandem help columns`: the column names every import accepts (the alias table of core/fields/columns), and German values. */
export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('help [topic]')
    .description(t('help.description', { topics: TOPICS.join(', ') }))
    .addHelpText('after', `${examples(t, ['tandem help columns', 'tandem --lang de help columns'])}\n${columnsHelp(t)}`)
    .action(
      app.action(async (ctx, topic: string | undefined) => {
        if (topic === undefined) return ctx.print(t('help.topics', { topics: TOPICS.join(', ') }));
        if (topic !== 'columns') throw new UsageError('error.help.topic', { topic, topics: TOPICS.join(', ') });
        ctx.print(columnsHelp(t).trimEnd());
      }),
    );
}

/** The alias table as plain text: which file has which columns, the names each column also goes by, and the values read in German. */
export function columnsHelp(t: T): string {
  const pad = (rows: string[][]) => {
    const width = Math.max(...rows.map((r) => r[0]!.length)) + 2;
    return rows.map(([a, b]) => `  ${a!.padEnd(width)}${b}`).join('\n');
  };
  const files = Object.entries(FILE_COLUMNS).map(([file, spec]) => [file, [...spec.required.map((c) => `${c}*`), ...spec.optional].join(', ')]);
  const aliases = Object.entries(COLUMN_ALIASES).map(([column, names]) => [column, names.join(', ')]);
  return [
    t('help.columns.files'),
    pad(files),
    '',
    t('help.columns.aliases'),
    pad(aliases),
    '',
    t('help.columns.values'),
    '',
  ].join('\n');
}
