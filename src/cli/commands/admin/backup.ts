import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { StateError } from '../../../core/errors.js';
import { examples, type App } from '../../app.js';
import { outputFile } from '../../output-options.js';
import { assertWritableFile, existingDbPath } from './paths.js';

export default function register(program: Command, app: App): void {
  const { t } = app;
  program
    .command('backup <file>')
    .description(t('admin.backup.description'))
    .option('--force', t('admin.option.force'))
    .addHelpText('after', examples(t, ['tandem backup backups/tandem-2026-03-01.db', 'tandem backup latest.db --force']))
    .action(
      app.action(async (ctx, file: string, o: { force?: boolean }) => {
        const dbPath = existingDbPath(ctx);
        const target = outputFile(ctx, file);
        assertWritableFile(target);
        if (existsSync(target) && !o.force) throw new StateError('admin.backup.exists', { file: target }, 'admin.backup.hintForce');
        const db = await ctx.db();
        const { backupDatabase } = await import('../../../db/backup.js');
        const { bytes, check } = await backupDatabase(db, target, { force: o.force === true });
        if (ctx.json) return ctx.printJson({ file: target, bytes, schemaVersion: check.schemaVersion, tables: check.tables });
        ctx.info(t('admin.backup.done', { db: dbPath, file: target, kb: Math.ceil(bytes / 1024) }));
      }),
    );
}
