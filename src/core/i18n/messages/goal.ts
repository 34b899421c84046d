import type { Catalogue } from '../index.js';

/** Messages of `tandem goal …`. */
const en: Record<string, string> = {
  'goal.description': 'set, achieve, list, remove and import the goals of tandems',
  'goal.add.description': "add a goal to a mentee's tandem",
  'goal.done.description': 'mark a goal achieved (default today)',
  'goal.list.description': 'list the goals of a round, by mentee',
  'goal.remove.description': 'remove a goal',
  'goal.import.description': 'import goals from a CSV file (all or nothing; re-importing adds nothing)',
  'goal.import.columns':
    'Columns: mentee_email, goal (required); topic, achieved_on (optional). The same goal of the same tandem is not added twice;\nan achieved_on for a goal that is still open marks it achieved.',
  'goal.option.mentee': "the mentee's email: the goal belongs to their tandem",
  'goal.option.menteeFilter': "only this mentee's goals",
  'goal.option.topic': 'the topic of the goal (e.g. instagram)',
  'goal.option.date': 'the day it was achieved (YYYY-MM-DD; default today)',
  'goal.option.open': 'only goals not yet achieved',
  'goal.added': 'added goal #{id}: {text}',
  'goal.doneMessage': 'goal #{id} achieved on {date}: {text}',
  'goal.removed': 'removed goal #{id}: {text}',
  'goal.none': 'no goals',
  'goal.open': 'open',
  'goal.importResult': '{added} added, {updated} updated, {skipped} skipped',
  'error.goal.notFound': 'no goal with id {id}',
  'error.goal.id': '"{value}" is not a goal id (a whole number, see goal list)',
  'error.goal.empty': 'the goal text is empty',
  'error.goal.notMentee': '{email} is not a mentee of round {round}',
  'error.goal.alreadyDone': 'goal #{id} was already achieved on {date}',
};

const de: Record<string, string> = {
  'goal.description': 'Ziele der Tandems festlegen, abhaken, auflisten, entfernen und importieren',
  'goal.add.description': 'dem Tandem einer Mentee ein Ziel hinzufügen',
  'goal.done.description': 'ein Ziel als erreicht markieren (Standard: heute)',
  'goal.list.description': 'die Ziele einer Runde auflisten, nach Mentee',
  'goal.remove.description': 'ein Ziel entfernen',
  'goal.import.description': 'Ziele aus einer CSV-Datei importieren (ganz oder gar nicht; erneuter Import fügt nichts hinzu)',
  'goal.import.columns':
    'Spalten: mentee_email, goal (Pflicht); topic, achieved_on (optional). Dasselbe Ziel desselben Tandems wird nicht doppelt angelegt;\nein achieved_on für ein noch offenes Ziel markiert es als erreicht.',
  'goal.option.mentee': 'die E-Mail-Adresse der Mentee: das Ziel gehört zu ihrem Tandem',
  'goal.option.menteeFilter': 'nur die Ziele dieser Mentee',
  'goal.option.topic': 'das Thema des Ziels (z. B. instagram)',
  'goal.option.date': 'der Tag, an dem es erreicht wurde (JJJJ-MM-TT; Standard: heute)',
  'goal.option.open': 'nur noch nicht erreichte Ziele',
  'goal.added': 'Ziel #{id} hinzugefügt: {text}',
  'goal.doneMessage': 'Ziel #{id} am {date} erreicht: {text}',
  'goal.removed': 'Ziel #{id} entfernt: {text}',
  'goal.none': 'keine Ziele',
  'goal.open': 'offen',
  'goal.importResult': '{added} hinzugefügt, {updated} aktualisiert, {skipped} übersprungen',
  'error.goal.notFound': 'kein Ziel mit der Nummer {id}',
  'error.goal.id': '„{value}“ ist keine Zielnummer (eine ganze Zahl, siehe goal list)',
  'error.goal.empty': 'der Text des Ziels ist leer',
  'error.goal.notMentee': '{email} ist keine Mentee der Runde {round}',
  'error.goal.alreadyDone': 'Ziel #{id} wurde bereits am {date} erreicht',
};

const catalogue: Catalogue = { en, de };
export default catalogue;
