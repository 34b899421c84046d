import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { parseRole } from '../../../core/people.js';
import { shortPath } from '../../../io/output.js';
import { examples, type App } from '../../app.js';
import { outDirFiles, outputFile } from '../../output-options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('certificates [round]')
    .description(t('certificate.description'))
    .requiredOption('--out-dir <dir>', t('certificate.outDir'))
    .option('--role <role>', t('certificate.role'))
    .option('--format <format>', t('certificate.format'))
    .option('--force', t('certificate.force'))
    .addHelpText('after', examples(t, ['tandem round certificates 2026 --out-dir certificates/', 'tandem round certificates 2026 --out-dir certificates/ --format pdf', 'tandem --lang de round certificates 2026 --out-dir bescheinigungen/ --role mentee']))
    .action(
      app.action(async (ctx, ref: string | undefined, o: { outDir: string; role?: string; format?: string; force?: boolean }) => {
        const role = parseRole(o.role ?? 'mentor');
        const format = (o.format ?? 'html').trim().toLowerCase();
        if (format !== 'html' && format !== 'pdf') throw new UsageError('error.output.format', { value: o.format!, formats: 'html, pdf' });
        const dir = outputFile(ctx, o.outDir);
        const round = await ctx.round(ref);
        const [{ certificatesOf }, { certificateFileNames, minimumReached }, { certificateHtml }, { writeOutput }, pdf] = await Promise.all([
          import('../../../app/certificates.js'),
          import('../../../core/certificates.js'),
          import('../../render/certificate.js'),
          import('../../../io/output.js'),
          import('../../../io/pdf.js'),
        ]);
        const browser = format === 'pdf' ? pdf.findBrowser(ctx.deps.env) : undefined;
        const { certificates, settings } = certificatesOf(await ctx.db(), round, role);
        const paths = outDirFiles(ctx, dir, certificateFileNames(certificates, t('certificate.filePrefix'), format), o.force === true);
        const { formatLongDate } = await import('../../render/format.js');
        const dates = { start: await formatLongDate(round.startsOn, ctx.lang), end: await formatLongDate(round.endsOn, ctx.lang), issued: await formatLongDate(ctx.today, ctx.lang) };
        const progress = ctx.progress(t('certificate.progress'), certificates.length);
        const files = certificates.map((c, i) => {
          const path = paths[i]!;
          const html = certificateHtml(c, round, t, ctx.lang, dates, settings);
          writeOutput(path, browser ? pdf.htmlToPdf(browser, html, shortPath(path)) : html);
          progress.tick(i + 1);
          return { name: c.name, email: c.email, file: path, sessions: c.sessions, minutes: c.minutes, minimumReached: minimumReached(c, round) };
        });
        progress.done();
        if (ctx.json) return ctx.printJson(files);
        ctx.info(t('certificate.written', { count: files.length, dir }));
      }),
    );
}
