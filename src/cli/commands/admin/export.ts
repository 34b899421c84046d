import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
import { assertWritableFile, existingDbPath, resolvePath } from './paths.js';

export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('export')
    .description(t('admin.export.description'))
    .option('--out <file>', t('admin.option.out'))
    .addHelpText('after', examples(t, ['tandem export --out tandem-export.json', 'tandem export > tandem-export.json']))
    .action(
      app.action(async (ctx, o: { out?: string }) => {
        existingDbPath(ctx);
        const db = await ctx.db();
        const { exportDatabase, formatExport } = await import('../../../db/export.js');
        const { fileError } = await import('../../../db/files.js');
        const doc = exportDatabase(db);
        const text = formatExport(doc);
        if (o.out === undefined) return ctx.io.out(text);
        const out = resolvePath(ctx, o.out);
        assertWritableFile(out);
        const { writeFileAtomic } = await import('../../../io/atomic.js');
        try {
          writeFileAtomic(out, text);
        } catch (error) {
          throw fileError(error, out);
        }
        const rows = Object.values(doc.tables).reduce((n, r) => n + r.length, 0);
        if (ctx.json) return ctx.printJson({ file: out, schemaVersion: doc.schemaVersion, rows });
        ctx.info(t('admin.export.done', { rows, tables: Object.keys(doc.tables).length, file: out }));
      }),
    );
}
