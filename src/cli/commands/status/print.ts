import type { StatusView } from '../../../core/status.js';
import type { Ctx } from '../../context.js';
import { formatDate } from '../../render/format.js';

/** Lists longer than this end in "… and N more"; --json has them all. */
const LIST_LIMIT = 10;

const who = (p: { name: string | null; email: string | null }, forgotten: string) => (p.email ? `${p.name} <${p.email}>` : forgotten);

/** The status overview for the terminal. */
export function printStatus(ctx: Ctx, status: StatusView): void {
  const { t, io, lang } = ctx;
  const { bold, dim, yellow, cyan } = io.color;
  const forgotten = t('person.forgotten');
  const lines: string[] = [];
  if (status.rounds.length === 0) lines.push(t('status.noOpenRounds'));
  for (const r of status.rounds) {
    if (r.startsInDays !== null) {
      // Before the start nothing has happened yet: the saved pairs and the start are what matter.
      lines.push(`${bold(t('status.roundLinePlanned', { round: r.name, date: formatDate(r.startsOn, lang), days: r.startsInDays }))}  ${dim(t(`status.${r.status}`))}`);
      lines.push(`  ${t('status.countsPlanned', { pairs: r.savedPairs, goals: r.openGoals })}`);
    } else {
      lines.push(`${bold(t('status.roundLine', { round: r.name, week: r.week, weeks: r.weeks }))}  ${dim(t(`status.${r.status}`))}`);
      lines.push(`  ${t('status.counts', { pairs: r.activePairs, sessions: r.sessions, month: r.sessionsThisMonth, goals: r.openGoals })}`);
    }
    if (r.staleTandems.length) {
      lines.push(`  ${yellow(t('status.stale', { count: r.staleTandems.length }))}`);
      for (const s of r.staleTandems.slice(0, LIST_LIMIT)) {
        const last = s.lastSession ? t('status.lastSession', { date: formatDate(s.lastSession, lang) }) : t('status.neverMet');
        lines.push(`    - ${who(s.mentee, forgotten)} ${dim(`(${last}; ${s.mentors.map((m) => who(m, forgotten)).join(', ')})`)}`);
      }
      if (r.staleTandems.length > LIST_LIMIT) lines.push(dim(`    ${t('status.more', { count: r.staleTandems.length - LIST_LIMIT })}`));
    }
    if (r.behindPace.length) {
      lines.push(`  ${yellow(t('status.behindPace', { count: r.behindPace.length, min: r.minSessions }))}`);
      for (const s of r.behindPace.slice(0, LIST_LIMIT)) {
        const pace = t('status.paceLine', { sessions: s.sessions, needed: s.sessionsNeeded });
        lines.push(`    - ${who(s.mentee, forgotten)} ${dim(`(${pace}; ${s.mentors.map((m) => who(m, forgotten)).join(', ')})`)}`);
      }
      if (r.behindPace.length > LIST_LIMIT) lines.push(dim(`    ${t('status.more', { count: r.behindPace.length - LIST_LIMIT })}`));
    }
    for (const role of ['mentors', 'mentees'] as const) {
      const people = r.unmatched[role];
      if (!people.length) continue;
      lines.push(`  ${yellow(t(`status.unmatched.${role}`, { count: people.length }))}`);
      for (const p of people.slice(0, LIST_LIMIT)) lines.push(`    - ${who(p, forgotten)}`);
      if (people.length > LIST_LIMIT) lines.push(dim(`    ${t('status.more', { count: people.length - LIST_LIMIT })}`));
    }
    lines.push('');
  }
  if (status.next.length) {
    lines.push(bold(t('status.next')));
    for (const step of status.next) lines.push(`  ${t(step.key, step.params)}:\n    ${cyan(step.command)}`);
  } else if (status.rounds.length) {
    lines.push(t('status.allGood'));
  }
  ctx.print(lines.join('\n'));
}
