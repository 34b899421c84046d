import type { Command } from 'commander';
import { addGoal } from '../../../app/goals.js';
import { usageProblem } from '../../../app/problems.js';
import { UsageError } from '../../../core/errors.js';
import { checkText, isProblem, MAX_GOAL } from '../../../core/sessions.js';
import { GOAL_FIELDS, optionField } from '../../../core/fields/index.js';
import { examples, type App } from '../../app.js';
import { aliasOptions, roundOption } from '../../options.js';
import { goalJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  const command = roundOption(group.command('add <text>').description(t('goal.add.description')), t)
    .requiredOption('--mentee <email>', t('goal.option.mentee'))
    .option('--topic <topic>', t('goal.option.topic'));
  aliasOptions(command, t, { '--mentee': '--mentee-email' })
    .addHelpText('after', examples(t, ['tandem goal add --round 2026 --mentee ceo@example.com "post a first Instagram story" --topic Instagram']))
    .action(
      app.action(async (ctx, raw: string, o: { round?: string; mentee: string; topic?: string }) => {
        const text = checkText(raw, MAX_GOAL);
        if (text === null) throw new UsageError('error.goal.empty');
        if (isProblem(text)) throw usageProblem(text, t('report.label.goal'), t);
        const topic = optionField(GOAL_FIELDS.topic, o.topic) || null;
        const round = await ctx.round(o.round);
        const goal = addGoal(await ctx.db(), round, { mentee: o.mentee, text, topic });
        if (ctx.json) return ctx.printJson(goalJson(goal));
        ctx.info(t('goal.added', { id: goal.id, text }));
      }),
    );
}
