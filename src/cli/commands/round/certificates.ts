import type { Command } from 'commander';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../../core/errors.js';
import { parseRole } from '../../../core/people.js';
import { examples, type App } from '../../app.js';
import { outputFile } from '../../output-options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('certificates [round]')
    .description(t('certificate.description'))
    .requiredOption('--out-dir <dir>', t('certificate.outDir'))
    .option('--role <role>', t('certificate.role'))
    .option('--force', t('certificate.force'))
    .addHelpText('after', examples(t, ['tandem round certificates 2026 --out-dir certificates/', 'tandem --lang de round certificates 2026 --out-dir urkunden/ --role mentee']))
    .action(
      app.action(async (ctx, ref: string | undefined, o: { outDir: string; role?: string; force?: boolean }) => {
        const role = parseRole(o.role ?? 'mentor');
        const dir = outputFile(ctx, o.outDir);
        const round = await ctx.round(ref);
        const [{ loadCertificates }, { certificateFileNames, minimumReached }, { certificateHtml }, { shortPath, writeOutput }] = await Promise.all([
          import('../../../db/certificates.js'),
          import('../../../core/certificates.js'),
          import('../../render/certificate.js'),
          import('../../../io/output.js'),
        ]);
        const certificates = loadCertificates(await ctx.db(), round, role);
        const paths = certificateFileNames(certificates).map((name) => outputFile(ctx, join(dir, name)));
        // Every file is checked before the first is written: a refused run writes nothing.
        const existing = o.force ? undefined : paths.find((path) => existsSync(path));
        if (existing !== undefined) throw new UsageError('error.outExists', { path: existing });
        try {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
        } catch {
          throw new UsageError('error.outDir', { path: shortPath(dir) });
        }
        if (!statSync(dir).isDirectory()) throw new UsageError('error.outDir', { path: shortPath(dir) });
        const { formatLongDate } = await import('../../render/format.js');
        const dates = {
          start: await formatLongDate(round.startsOn, ctx.lang),
          end: await formatLongDate(round.endsOn, ctx.lang),
          issued: await formatLongDate(ctx.today, ctx.lang),
        };
        const progress = ctx.progress(t('certificate.progress'), certificates.length);
        const files = certificates.map((c, i) => {
          const path = paths[i]!;
          writeOutput(path, certificateHtml(c, round, t, ctx.lang, dates));
          progress.tick(i + 1);
          return { name: c.name, email: c.email, file: path, sessions: c.sessions, minutes: c.minutes, minimumReached: minimumReached(c, round) };
        });
        progress.done();
        if (ctx.json) return ctx.printJson(files);
        ctx.info(t('certificate.written', { count: files.length, dir }));
      }),
    );
}
