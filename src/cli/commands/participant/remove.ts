import type { Command } from 'commander';
import { NotFoundError, StateError } from '../../../core/errors.js';
import { parseEmail } from '../../../core/people.js';
import { activePairCount, findParticipant, removeParticipant } from '../../../db/participants.js';
import { getPerson } from '../../../db/people.js';
import { examples, type App } from '../../app.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('remove <email>')
    .description(t('participant.remove.description'))
    .option('--round <round>', t('option.round'))
    .option('--force', t('option.forceRemove'))
    .addHelpText('after', examples(t, ['tandem participant remove lena.vogel@example.com --round 2026', 'tandem participant remove lena.vogel@example.com --round 2026 --force']))
    .action(
      app.action(async (ctx, rawEmail: string, o: { round?: string; force?: boolean }) => {
        const email = parseEmail(rawEmail, '<email>');
        const round = await ctx.round(o.round);
        const db = await ctx.db();
        const ended = db
          .transaction(() => {
            const person = getPerson(db, email);
            if (!findParticipant(db, round.id, person.id)) throw new NotFoundError('error.notParticipant', { email, round: round.name });
            const pairs = activePairCount(db, round.id, person.id);
            if (pairs > 0 && !o.force) throw new StateError('error.participantInPair', { email, count: pairs }, 'hint.forceRemove');
            return removeParticipant(db, round.id, person.id, ctx.today, 'participant removed');
          })
          .immediate();
        ctx.info(t('participant.removed', { email, round: round.name, ended }));
      }),
    );
}
