import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { writeOutput } from '../../../io/output.js';
import { outputOptions, outputTarget } from '../../output-options.js';
import { assertWritableFile, existingDbPath } from './paths.js';

export default function register(program: Command, app: App): void {
  const { t } = app;
  outputOptions(program.command('export').description(t('admin.export.description')), t, ['json'], 'admin.option.out')
    .addHelpText('after', examples(t, ['tandem export --out tandem-export.json', 'tandem export > tandem-export.json']))
    .action(
      app.action(async (ctx, o: { out?: string }) => {
        existingDbPath(ctx);
        const target = outputTarget(ctx, o, ['json'], 'json');
        if (target.path !== undefined) assertWritableFile(target.path);
        const db = await ctx.db();
        const { exportDatabase, formatExport } = await import('../../../db/export.js');
        const doc = exportDatabase(db);
        const text = formatExport(doc);
        if (target.path === undefined) return ctx.io.out(text);
        const out = target.path;
        writeOutput(out, text);
        const rows = Object.values(doc.tables).reduce((n, r) => n + r.length, 0);
        if (ctx.json) return ctx.printJson({ file: out, schemaVersion: doc.schemaVersion, rows });
        ctx.info(t('admin.export.done', { rows, tables: Object.keys(doc.tables).length, file: out }));
      }),
    );
}
