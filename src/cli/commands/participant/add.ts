import type { Command } from 'commander';
import { addParticipant } from '../../../app/participants.js';
import { optionField, PARTICIPANT_FIELDS } from '../../../core/fields/index.js';
import { examples, type App } from '../../app.js';
import { roundOption } from '../../options.js';
import { parsePersonOptions, personOptions, type PersonOptions } from '../person/options.js';

interface Options extends PersonOptions {
  round?: string;
  role: string;
  topics?: string;
  capacity?: string;
}

export default function register(group: Command, app: App): void {
  const { t } = app;
  personOptions(
    roundOption(group.command('add').description(t('participant.add.description')), t).requiredOption('--role <role>', t('option.role')),
    t,
  )
    .option('--topics <list>', t('option.topics'))
    .option('--capacity <n>', t('option.capacity'))
    .addHelpText(
      'after',
      examples(t, [
        'tandem participant add --round 2026 --name "Lena Vogel" --email lena.vogel@example.com --role mentor --topics Instagram,TikTok',
        'tandem participant add --name "Dr. Klaus Berger" --email klaus.berger@example.com --role mentee --manager frank.maier@example.com --capacity 2',
      ]),
    )
    .action(
      app.action(async (ctx, o: Options) => {
        const role = optionField(PARTICIPANT_FIELDS.role, o.role)!;
        const person = parsePersonOptions(o);
        const topics = optionField(PARTICIPANT_FIELDS.topics, o.topics) ?? [];
        const capacity = optionField(PARTICIPANT_FIELDS.capacity, o.capacity);
        const round = await ctx.round(o.round);
        addParticipant(await ctx.db(), round, { person, role, topics, capacity }, t);
        ctx.info(t('participant.added', { name: person.name, role: t(`role.${role}`), round: round.name }));
      }),
    );
}

