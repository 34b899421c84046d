import type { Command } from 'commander';
import { surveyList } from '../../../app/surveys.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { formatDate } from '../../render/format.js';
import { renderTable } from '../../render/table.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  roundOption(group.command('list'), t)
    .description(t('survey.list.description'))
    .addHelpText('after', examples(t, ['tandem survey list --round 2026', 'tandem survey list --round 2026 --json']))
    .action(
      app.action(async (ctx, o: { round?: string }) => {
        const round = await ctx.round(o.round);
        const surveys = surveyList(await ctx.db(), round);
        if (ctx.json) return ctx.printJson(surveys);
        if (surveys.length === 0) return ctx.info(t('survey.list.none', { round: round.name }));
        // The title column only where a survey has one: the name stays what --name takes.
        const titled = surveys.some((s) => s.title !== null);
        const head = ['survey.list.name', ...(titled ? ['survey.list.title'] : []), 'survey.list.kind', 'survey.list.questions', 'survey.list.responses', 'survey.list.closed'].map((k) => t(k));
        const rows = surveys.map((s) => [s.name, ...(titled ? [s.title ?? '–'] : []), t(`survey.surveyKind.${s.kind}`), s.questions, s.responses, s.closedOn === null ? t('survey.list.open') : formatDate(s.closedOn, ctx.lang)]);
        ctx.print(renderTable(ctx.io, head, rows));
      }),
    );
}
