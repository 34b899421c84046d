import type { Command } from 'commander';
import { listPeople } from '../../../db/people.js';
import { examples, type App } from '../../app.js';
import { emitList, limited, LIST_FORMATS, listLimit, listOptions, outputTarget, type OutputOptions } from '../../output-options.js';
import { renderTable } from '../../render/table.js';
import { memo } from '../../../core/memo.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  listOptions(group.command('list').description(t('person.list.description')), t)
    .addHelpText('after', examples(t, ['tandem person list', 'tandem person list --limit 20', 'tandem person list --json', 'tandem person list --out organigramm.xlsx']))
    .action(
      app.action(async (ctx, o: OutputOptions) => {
        const target = outputTarget(ctx, o, LIST_FORMATS, 'table');
        const limit = listLimit(o);
        const all = listPeople(await ctx.db()).map((p) => ({
          name: p.name,
          email: p.email,
          department: p.department,
          location: p.location,
          managerEmail: p.managerEmail,
          languages: p.languages,
        }));
        const languages = memo((list: readonly string[]) => list.join(', '));
        await emitList(ctx, target, o, limited(all, limit, (people) => ({
          json: people,
          none: 'person.none',
          table: (io) =>
            people.length === 0
              ? undefined
              : renderTable(
                  io,
                  [t('label.name'), t('label.email'), t('label.department'), t('label.location'), t('label.manager'), t('label.languages')],
                  people.map((p) => [p.name, p.email, p.department, p.location, p.managerEmail, languages(p.languages)]),
                ),
          // The columns of a people import: the file reads back in.
          sheet: () => ({
            name: 'people',
            head: ['name', 'email', 'department', 'location', 'manager_email', 'languages'],
            rows: people.map((p) => [p.name, p.email, p.department, p.location, p.managerEmail, p.languages]),
          }),
        })));
      }),
    );
}
