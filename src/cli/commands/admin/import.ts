import type { Command } from 'commander';
import { existsSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { StateError, UsageError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import { resolvePath } from './paths.js';

const MAX_BYTES = 256 * 1024 * 1024;

export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('import <file>')
    .description(t('admin.import.description'))
    .addHelpText('after', examples(t, ['tandem --db restored.db import tandem-export.json']))
    .action(
      app.action(async (ctx, file: string) => {
        const path = resolvePath(ctx, file);
        if (!existsSync(path)) throw new UsageError('admin.error.fileMissing', { path });
        const stat = statSync(path);
        if (stat.isDirectory()) throw new UsageError('admin.error.isDirectory', { path });
        if (stat.size > MAX_BYTES) throw new UsageError('admin.error.fileTooLarge', { path, mb: MAX_BYTES / 1024 / 1024 });
        const { isEmpty } = await import('../../../db/tables.js');
        const { parseExport } = await import('../../../db/export.js');
        const { importDocument, upgradeDocument } = await import('../../../db/upgrade.js');
        const dbPath = ctx.dbPath();
        const existed = existsSync(dbPath);
        // Refuse a non-empty database before reading a possibly large file.
        if (existed && !isEmpty(await ctx.db())) throw new StateError('admin.import.notEmpty', {}, 'admin.import.hintEmpty');
        const name = basename(path);
        const doc = upgradeDocument(parseExport(readFileSync(path), name), name);
        (await import('../../../io/document-fields.js')).checkDocumentFields(doc, name);
        const { checkDocumentRoles } = await import('../../../app/restore.js');
        checkDocumentRoles(doc.tables, name);
        const db = await ctx.db(true);
        const total = Object.values(doc.tables).reduce((n, rows) => n + rows.length, 0);
        const progress = ctx.progress(t('admin.import.progress'), total);
        let counts: Record<string, number>;
        try {
          counts = importDocument(db, doc, (done) => progress.tick(done));
        } catch (error) {
          // A failed import into a new file leaves no file behind.
          if (!existed) {
            ctx.close();
            for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) if (existsSync(f)) unlinkSync(f);
          }
          throw error;
        }
        progress.done();
        if (ctx.json) return ctx.printJson({ file: path, schemaVersion: doc.schemaVersion, tables: counts });
        ctx.info(t('admin.import.done', { rows: total, tables: Object.keys(counts).length, file: path }));
      }),
    );
}
