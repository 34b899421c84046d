import type { Command } from 'commander';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../../core/errors.js';
import { parseRole } from '../../../core/people.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('certificates [round]')
    .description(t('certificate.description'))
    .requiredOption('--out-dir <dir>', t('certificate.outDir'))
    .option('--role <role>', t('certificate.role'))
    .addHelpText('after', examples(t, ['tandem round certificates 2026 --out-dir certificates/', 'tandem --lang de round certificates 2026 --out-dir urkunden/ --role mentee']))
    .action(
      app.action(async (ctx, ref: string | undefined, o: { outDir: string; role?: string }) => {
        const role = parseRole(o.role ?? 'mentor');
        const dir = resolve(ctx.deps.cwd, o.outDir);
        const round = await ctx.round(ref);
        const [{ loadCertificates }, { certificateFileNames }, { certificateHtml }, { writeFileAtomic }] = await Promise.all([
          import('../../../db/certificates.js'),
          import('../../../core/certificates.js'),
          import('../../render/certificate.js'),
          import('../../../io/atomic.js'),
        ]);
        const certificates = loadCertificates(await ctx.db(), round, role);
        try {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
        } catch {
          throw new UsageError('error.outDir', { path: dir });
        }
        if (!statSync(dir).isDirectory()) throw new UsageError('error.outDir', { path: dir });
        const { formatLongDate } = await import('../../render/format.js');
        const dates = {
          start: await formatLongDate(round.startsOn, ctx.lang),
          end: await formatLongDate(round.endsOn, ctx.lang),
          issued: await formatLongDate(ctx.today, ctx.lang),
        };
        const names = certificateFileNames(certificates);
        const progress = ctx.progress(t('certificate.progress'), certificates.length);
        const files = certificates.map((c, i) => {
          const path = join(dir, names[i]!);
          writeFileAtomic(path, certificateHtml(c, round, t, ctx.lang, dates));
          progress.tick(i + 1);
          return { name: c.name, email: c.email, file: path, sessions: c.sessions, minutes: c.minutes };
        });
        progress.done();
        if (ctx.json) return ctx.printJson(files);
        ctx.info(t('certificate.written', { count: files.length, dir }));
      }),
    );
}
