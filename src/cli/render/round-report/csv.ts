import type { RoundReport } from '../../../core/report/types.js';
import { csvDocument } from '../csv.js';

/**
 * The per-tandem table as CSV (language-neutral headers, ISO dates). With `--stale-only`
 * it is a mail-merge list: the mentee's and mentors' names and emails and the last session.
 */
export function renderReportCsv(report: RoundReport, staleOnly: boolean): string {
  const names = (people: { name: string | null }[]) => people.map((p) => p.name ?? '').join('; ');
  const emails = (people: { email: string | null }[]) => people.map((p) => p.email ?? '').join('; ');
  if (staleOnly) {
    return csvDocument(
      ['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'last_session', 'sessions'],
      report.tandems.map((x) => [x.mentee.name, x.mentee.email, names(x.mentors), emails(x.mentors), x.lastSession, x.sessions]),
    );
  }
  return csvDocument(
    ['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'sessions', 'minutes', 'last_session', 'stale', 'goals_set', 'goals_achieved', 'below_minimum', 'sessions_needed'],
    report.tandems.map((x) => [
      x.mentee.name,
      x.mentee.email,
      names(x.mentors),
      emails(x.mentors),
      x.sessions,
      x.minutes,
      x.lastSession,
      x.stale ? 'yes' : 'no',
      x.goals.set,
      x.goals.achieved,
      x.belowMinimum ? 'yes' : 'no',
      x.sessionsNeeded,
    ]),
  );
}
