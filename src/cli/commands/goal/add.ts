import type { Command } from 'commander';
import { UsageError } from '../../../core/errors.js';
import { checkText, isProblem, MAX_GOAL } from '../../../core/sessions.js';
import { GOAL_FIELDS, optionField } from '../../../core/fields/index.js';
import { getGoal, insertGoal } from '../../../db/goals.js';
import { assertNotClosed } from '../../../db/rounds.js';
import { examples, type App } from '../../app.js';
import { usageProblem } from '../session/tandem.js';
import { requireMentee } from './shared.js';
import { goalJson } from './view.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('add <text>')
    .description(t('goal.add.description'))
    .option('--round <round>', t('option.round'))
    .requiredOption('--mentee <email>', t('goal.option.mentee'))
    .option('--topic <topic>', t('goal.option.topic'))
    .addHelpText('after', examples(t, ['tandem goal add --round 2026 --mentee ceo@example.com "post a first Instagram story" --topic instagram']))
    .action(
      app.action(async (ctx, raw: string, o: { round?: string; mentee: string; topic?: string }) => {
        const text = checkText(raw, MAX_GOAL);
        if (text === null) throw new UsageError('error.goal.empty');
        if (isProblem(text)) throw usageProblem(text, t('report.label.goal'), t);
        const topic = optionField(GOAL_FIELDS.topic, o.topic) || null;
        const round = await ctx.round(o.round);
        assertNotClosed(round);
        const db = await ctx.db();
        const menteeId = requireMentee(db, round, o.mentee);
        const id = db.transaction(() => insertGoal(db, { roundId: round.id, menteeId, text, topic, achievedOn: null })).immediate();
        if (ctx.json) return ctx.printJson(goalJson(getGoal(db, id)));
        ctx.info(t('goal.added', { id, text }));
      }),
    );
}
