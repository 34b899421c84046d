import type { Command } from 'commander';
import { addPerson } from '../../../app/people.js';
import { examples, type App } from '../../app.js';
import { parsePersonOptions, personOptions, type PersonOptions } from './options.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  personOptions(group.command('add').description(t('person.add.description')), t)
    .addHelpText(
      'after',
      examples(t, ['tandem person add --name "Petra Scholz" --email p.scholz@example.com --department Vertrieb --manager board@example.com']),
    )
    .action(
      app.action(async (ctx, o: PersonOptions) => {
        const person = parsePersonOptions(o);
        const result = addPerson(await ctx.db(true), person);
        ctx.info(t(`person.${result}`, { name: person.name, email: person.email }));
      }),
    );
}
