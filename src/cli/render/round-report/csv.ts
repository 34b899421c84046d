import type { RoundReport } from '../../../core/report/types.js';
import { sheetCsv, type CsvStyle, type Sheet } from '../csv.js';

/**
 * The per-tandem table as CSV (language-neutral headers, ISO dates). With `--stale-only`
 * it is a mail-merge list: the mentee's and mentors' names and emails and the last session.
 */
export function renderReportCsv(report: RoundReport, staleOnly: boolean, style: CsvStyle = {}): string {
  return sheetCsv(tandemsSheet(report, staleOnly), style);
}

/** The per-tandem table (the CSV, and the `tandems` sheet of the workbook). */
export function tandemsSheet(report: RoundReport, staleOnly: boolean): Sheet {
  const names = (people: { name: string | null }[]) => people.map((p) => p.name ?? '');
  const emails = (people: { email: string | null }[]) => people.map((p) => p.email ?? '');
  if (staleOnly) {
    return {
      name: 'tandems',
      head: ['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'last_session', 'sessions'],
      rows: report.tandems.map((x) => [x.mentee.name, x.mentee.email, names(x.mentors), emails(x.mentors), x.lastSession, x.sessions]),
    };
  }
  return {
    name: 'tandems',
    head: ['mentee_name', 'mentee_email', 'mentor_names', 'mentor_emails', 'sessions', 'minutes', 'last_session', 'stale', 'goals_set', 'goals_achieved', 'below_minimum', 'sessions_needed'],
    rows: report.tandems.map((x) => [
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
  };
}
