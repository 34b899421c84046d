import type { Command } from 'commander';
import { surveyList } from '../../../app/surveys.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
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
        const head = ['survey.list.name', 'survey.list.kind', 'survey.list.questions', 'survey.list.responses', 'survey.list.closed'].map((k) => t(k));
        const rows = surveys.map((s) => [s.name, t(`survey.surveyKind.${s.kind}`), s.questions, s.responses, s.closedOn ?? t('survey.list.open')]);
        ctx.print(renderTable(ctx.io, head, rows));
      }),
    );
}
