import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { getPerson } from '../../../db/people.js';
import { forgetPerson } from '../../../db/person-data.js';
import { finishScrub } from '../../../db/scrub.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('forget <email>')
    .description(t('person.forget.description'))
    .addHelpText('after', examples(t, ['tandem person forget lena.vogel@example.com', 'tandem person forget lena.vogel@example.com --yes']))
    .action(
      app.action(async (ctx, rawEmail: string) => {
        const email = parseEmail(rawEmail, '<email>');
        const db = await ctx.db();
        const person = getPerson(db, email);
        if (!ctx.yes) {
          const prompter = await ctx.prompter('--yes');
          const sure = await prompter.confirm({ message: t('person.forget.confirm', { name: person.name ?? email, email }), default: false });
          if (!sure) return ctx.info(t('person.forget.kept'));
        }
        db.transaction(() => forgetPerson(db, person, ctx.today)).immediate();
        // The forget has committed and holds; a scrub that fails now stays recorded for the next command.
        const outcome = finishScrub(db);
        ctx.info(t('person.forgotten.done', { email }));
        if (outcome !== 'done') ctx.io.err(`${t(outcome === 'busy' ? 'person.forget.walBusy' : 'person.forget.scrubPending')}\n`);
      }),
    );
}
