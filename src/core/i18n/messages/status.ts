import type { Catalogue } from '../index.js';

/** Messages of `tandem status`. */
const en: Record<string, string> = {
  'status.description': 'where the programme stands: open rounds, stale tandems, unmatched people, and what to do next',
  'status.noOpenRounds': 'No open round.',
  'status.roundLine': 'Round {round}: week {week} of {weeks}',
  'status.counts': '{pairs} active pairs · {sessions} sessions ({month} this month) · {goals} open goals',
  'status.stale': '{count} tandem(s) have gone quiet:',
  'status.lastSession': 'last session {date}',
  'status.neverMet': 'never met',
  'status.unmatched.mentors': '{count} mentor(s) without a pair:',
  'status.unmatched.mentees': '{count} mentee(s) without a pair:',
  'status.next': 'Next:',
  'status.more': '… and {count} more (see --json)',
  'status.allGood': 'Nothing to do: every tandem is meeting.',
  'status.next.create': 'Create the first round',
  'status.next.newRound': 'Start the next round with last round’s participants',
  'status.next.enrol': 'Round {round} has no participants yet: enrol them',
  'status.next.match.mentees': '{count} mentee(s) unmatched in round {round}: run the matching',
  'status.next.match.mentors': '{count} mentor(s) unmatched in round {round}: run the matching',
  'status.next.stale': '{count} stale tandem(s) in round {round}: write a mail-merge list to nudge them',
  'status.next.survey': 'Round {round} ends soon: create the final survey',
  'status.next.close': 'Round {round} has finished: close it',
};

const de: Record<string, string> = {
  'status.description': 'wo das Programm steht: offene Runden, eingeschlafene Tandems, Personen ohne Paar und was als Nächstes zu tun ist',
  'status.noOpenRounds': 'Keine offene Runde.',
  'status.roundLine': 'Runde {round}: Woche {week} von {weeks}',
  'status.counts': '{pairs} aktive Paare · {sessions} Treffen ({month} in diesem Monat) · {goals} offene Ziele',
  'status.stale': '{count} Tandem(s) sind eingeschlafen:',
  'status.lastSession': 'letztes Treffen {date}',
  'status.neverMet': 'noch nie getroffen',
  'status.unmatched.mentors': '{count} Mentor:in(nen) ohne Paar:',
  'status.unmatched.mentees': '{count} Mentee(s) ohne Paar:',
  'status.next': 'Als Nächstes:',
  'status.more': '… und {count} weitere (siehe --json)',
  'status.allGood': 'Nichts zu tun: alle Tandems treffen sich.',
  'status.next.create': 'Die erste Runde anlegen',
  'status.next.newRound': 'Die nächste Runde mit den Teilnehmenden der letzten anlegen',
  'status.next.enrol': 'Runde {round} hat noch keine Teilnehmenden: nehmen Sie sie auf',
  'status.next.match.mentees': '{count} Mentee(s) ohne Paar in Runde {round}: Matching starten',
  'status.next.match.mentors': '{count} Mentor:in(nen) ohne Paar in Runde {round}: Matching starten',
  'status.next.stale': '{count} eingeschlafene(s) Tandem(s) in Runde {round}: Serienbrief-Liste schreiben und nachhaken',
  'status.next.survey': 'Runde {round} endet bald: die Abschlussumfrage anlegen',
  'status.next.close': 'Runde {round} ist beendet: abschließen',
};

const catalogue: Catalogue = { en, de };
export default catalogue;
