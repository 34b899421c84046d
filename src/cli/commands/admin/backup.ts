import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
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
        const { backupFileError, backupInto } = await import('../../../db/backup.js');
        const { writeAtomicWith } = await import('../../../io/atomic.js');
        const check = await writeAtomicWith(target, (temp) => backupInto(db, temp, target), { replace: o.force === true, fileError: backupFileError });
        const bytes = statSync(target).size;
        if (ctx.json) return ctx.printJson({ file: target, bytes, schemaVersion: check.schemaVersion, tables: check.tables });
        ctx.info(t('admin.backup.done', { db: dbPath, file: target, kb: Math.ceil(bytes / 1024) }));
      }),
    );
}
