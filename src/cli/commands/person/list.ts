import type { Command } from 'commander';
import { listPeople } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { renderTable } from '../../render/table.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('list')
    .description(t('person.list.description'))
    .addHelpText('after', examples(t, ['tandem person list', 'tandem person list --json']))
    .action(
      app.action(async (ctx) => {
        const people = listPeople(await ctx.db()).map((p) => ({
          name: p.name,
          email: p.email,
          department: p.department,
          location: p.location,
          managerEmail: p.managerEmail,
          languages: p.languages,
        }));
        if (ctx.json) return ctx.printJson(people);
        if (people.length === 0) return ctx.info(t('person.none'));
        ctx.print(
          renderTable(
            ctx.io,
            [t('label.name'), t('label.email'), t('label.department'), t('label.location'), t('label.manager'), t('label.languages')],
            people.map((p) => [p.name, p.email, p.department, p.location, p.managerEmail, p.languages.join(', ')]),
          ),
        );
      }),
    );
}
