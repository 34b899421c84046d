import type { Command } from 'commander';
import { examples, type App } from '../../app.js';
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
        const [{ writeExport }, { chunked, writeAtomicStream }] = await Promise.all([import('../../../db/export.js'), import('../../../io/atomic.js')]);
        if (target.path === undefined) {
          const stdout = chunked((text) => ctx.io.out(text));
          writeExport(db, stdout.write);
          return stdout.flush();
        }
        const out = target.path;
        const { fileError } = await import('../../../db/files.js');
        // Streamed: the document never sits in memory, whatever the size of the database.
        const { schemaVersion, tables, rows } = writeAtomicStream(out, (write) => writeExport(db, write), { fileError });
        if (ctx.json) return ctx.printJson({ file: out, schemaVersion, rows });
        ctx.info(t('admin.export.done', { rows, tables, file: out }));
      }),
    );
}
