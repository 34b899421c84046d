import type { Command } from 'commander';
import { parseEmail } from '../../../core/people.js';
import { getPerson } from '../../../db/people.js';
import { personData } from '../../../db/person-data.js';
import { examples, type App } from '../../app.js';
import { formatDate } from '../../render/format.js';
import { reasonFields } from '../../render/reasons.js';
import { renderFields, renderTable } from '../../render/table.js';

export default function register(group: Command, app: App): void {
  const { t } = app;
  group
    .command('show <email>')
    .description(t('person.show.description'))
    .addHelpText('after', examples(t, ['tandem person show lena.vogel@example.com', 'tandem person show lena.vogel@example.com --json > lena.json']))
    .action(
      app.action(async (ctx, rawEmail: string) => {
        const db = await ctx.db();
        const data = personData(db, getPerson(db, parseEmail(rawEmail, '<email>')));
        if (ctx.json) return ctx.printJson({ ...data, pairs: data.pairs.map((p) => ({ ...p, ...reasonFields(p.reasons) })) });
        const { io, lang } = ctx;
        const ref = (r: { name: string | null; email: string | null }) => (r.email ? `${r.name} <${r.email}>` : t('person.forgotten'));
        let text = renderFields(io, [
          [t('label.name'), data.name],
          [t('label.email'), data.email],
          [t('label.department'), data.department],
          [t('label.location'), data.location],
          [t('label.manager'), data.managerEmail],
          [t('label.languages'), data.languages.join(', ') || null],
          [t('label.salutation'), data.salutation && t(`salutation.${data.salutation}`)],
          [t('label.directReports'), data.directReports.map(ref).join(', ') || null],
        ]);
        if (data.rounds.length) {
          text += `\n${io.color.bold(t('person.rounds'))}\n`;
          text += renderTable(io, [t('label.round'), t('label.role'), t('label.topics'), t('label.capacity')], data.rounds.map((r) => [r.round, t(`role.${r.role}`), r.topics.map(ctx.topicName).join(', '), r.capacity]));
        }
        if (data.pairs.length) {
          text += `\n${io.color.bold(t('person.pairs'))}\n`;
          text += renderTable(
            io,
            [t('label.round'), t('label.role'), t('label.partner'), t('label.status'), t('label.since')],
            data.pairs.map((p) => [p.round, t(`role.${p.role}`), ref(p.partner), t(`pairStatus.${p.status}`), formatDate(p.since, lang)]),
          );
        }
        text += `\n${t('person.summary', { sessions: data.sessions.length, goals: data.goals.length, exclusions: data.exclusions.length })}\n`;
        ctx.print(text);
      }),
    );
}
