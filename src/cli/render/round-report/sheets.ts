import type { RoundReport } from '../../../core/report/types.js';
import type { TopicName } from '../../../core/tags.js';
import type { Sheet } from '../csv.js';
import { tandemsSheet } from './csv.js';

/**
 * The round report as workbook sheets, one per table: overview, tandems (the CSV's table),
 * topics, goals, survey (only with a survey: its headline figures per group, suppressed
 * groups without figures, as everywhere). Headers are language-neutral, dates ISO; topics
 * as shown (their labels: a workbook is read by people).
 */
export function reportSheets(report: RoundReport, staleOnly: boolean, topic: TopicName): Sheet[] {
  const { round, counts } = report;
  const overview: Sheet = {
    name: 'overview',
    head: ['field', 'value'],
    rows: [
      ['round', round.name],
      ['starts_on', round.startsOn],
      ['ends_on', round.endsOn],
      ['status', round.status],
      ['as_of', report.asOf],
      ['week', round.week],
      ['weeks', round.weeks],
      ['mentors', counts.mentors],
      ['mentees', counts.mentees],
      ['active_pairs', counts.activePairs],
      ['ended_pairs', counts.endedPairs],
      ['unmatched_mentors', counts.unmatchedMentors],
      ['unmatched_mentees', counts.unmatchedMentees],
      ['sessions', counts.sessions],
      ['minutes', counts.minutes],
      ['goals_set', report.goals.set],
      ['goals_achieved', report.goals.achieved],
    ],
  };
  const sheets: Sheet[] = [
    overview,
    tandemsSheet(report, staleOnly),
    { name: 'topics', head: ['topic', 'sessions'], rows: report.topics.map((x) => [topic(x.topic), x.sessions]) },
    { name: 'goals', head: ['date', 'mentee', 'goal'], rows: report.goals.achievements.map((x) => [x.date, x.mentee, x.goal]) },
  ];
  if (report.survey) {
    const groups = Object.entries(report.survey.groups);
    sheets.push({
      name: 'survey',
      head: ['survey', 'group', 'n', 'suppressed', 'note', 'recommend_percent', 'nps', 'satisfaction_mean', 'learning_mean', 'continue_percent'],
      rows: groups.map(([name, g]) => [
        report.survey!.survey,
        name,
        g.n,
        g.suppressed,
        g.note,
        g.recommendPercent,
        g.nps,
        g.satisfactionMean,
        g.learningMean,
        g.continuePercent,
      ]),
    });
  }
  return sheets;
}
