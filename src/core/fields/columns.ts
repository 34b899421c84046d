import { UsageError } from '../errors.js';
import { editDistance } from '../suggest.js';

/** The columns of each import file (SPEC §4); a survey file has `role` and one column per question id. */
export const FILE_COLUMNS = {
  people: { required: ['name', 'email'], optional: ['department', 'location', 'manager_email', 'languages', 'salutation'] },
  participants: { required: ['name', 'email', 'role'], optional: ['department', 'location', 'manager_email', 'topics', 'capacity', 'languages', 'salutation'] },
  sessions: { required: ['mentee_email', 'date', 'minutes'], optional: ['mentor_emails', 'format', 'topics', 'note', 'highlight'] },
  goals: { required: ['mentee_email', 'goal'], optional: ['topic', 'achieved_on'] },
  survey: { required: ['role'], optional: ['<question id>'] },
} as const;

/**
 * The names a file's header may give each column (SPEC §4): the English name of the
 * column, and what German (and English) exports call it. One table for every import,
 * printed by `tandem help columns` and in the README. Names are compared by `columnKey`:
 * without case, spaces, hyphens, underscores, dots, colons, stars and brackets, with
 * umlauts spelt out (`Kapazität` = `Kapazitaet`, `Vorgesetzte:r E-Mail` = `vorgesetzter email`).
 */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  name: ['Name', 'Vor- und Nachname', 'Vollständiger Name', 'Mitarbeiter', 'Mitarbeiterin', 'Mitarbeiter:in', 'Full name'],
  email: ['E-Mail', 'Mail', 'E-Mail-Adresse', 'Mailadresse', 'Email address', 'Dienstliche E-Mail'],
  department: ['Abteilung', 'Organisationseinheit', 'Bereich', 'Team', 'Dept'],
  location: ['Standort', 'Ort', 'Arbeitsort', 'Office', 'Site'],
  manager_email: [
    'Vorgesetzte E-Mail',
    'Vorgesetzter E-Mail',
    'Vorgesetzte:r E-Mail',
    'E-Mail Vorgesetzte',
    'E-Mail Vorgesetzter',
    'Führungskraft E-Mail',
    'E-Mail Führungskraft',
    'Manager-E-Mail',
    'Manager email',
    'Manager',
  ],
  languages: ['Sprachen', 'Sprache', 'Language'],
  salutation: ['Anrede', 'Title', 'Form of address'],
  role: ['Rolle', 'Funktion im Programm'],
  topics: ['Themen', 'Thema', 'Interessen', 'Topic'],
  capacity: ['Kapazität', 'Max. Tandems', 'Anzahl Tandems'],
  mentee_email: ['Mentee-E-Mail', 'E-Mail Mentee', 'Mentee', 'Mentee email'],
  mentor_emails: ['Mentor-E-Mails', 'Mentor-E-Mail', 'E-Mail Mentor', 'Mentoren', 'Mentor', 'Mentor email', 'Mentors'],
  date: ['Datum', 'Termin', 'Day'],
  minutes: ['Minuten', 'Dauer', 'Dauer (Minuten)', 'Dauer in Minuten', 'Duration', 'Mins'],
  format: ['Format', 'Art', 'Treffen', 'Mode'],
  note: ['Notiz', 'Notizen', 'Bemerkung', 'Kommentar', 'Notes', 'Comment'],
  highlight: ['Highlight', 'Höhepunkt'],
  goal: ['Ziel', 'Lernziel', 'Goal text'],
  topic: ['Thema', 'Topic'],
  achieved_on: ['Erreicht am', 'Erreicht', 'Erledigt am', 'Achieved', 'Done on'],
};

/** A header name as compared: lower case, umlauts spelt out, without spaces, `-`, `_`, `.`, `:`, `*`, `/` and brackets. */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[\s\-_.:*/()[\]]/g, '');
}

/**
 * The column a header name stands for among `known` (the columns of one file kind),
 * by its own name or an alias; `map` (header key → column, from `--map`) comes first.
 */
export function columnFor(header: string, known: readonly string[], map: ReadonlyMap<string, string> = new Map()): string | undefined {
  const key = columnKey(header);
  const mapped = map.get(key);
  if (mapped !== undefined) return mapped;
  for (const column of known) if (columnKey(column) === key) return column;
  for (const column of known) if ((COLUMN_ALIASES[column] ?? []).some((alias) => columnKey(alias) === key)) return column;
  return undefined;
}

/** The known column (or alias, shown as its column) closest to an unknown header name, when it is close enough to be a typo. */
export function closestColumn(header: string, known: readonly string[]): string | undefined {
  const key = columnKey(header);
  let best: { column: string; distance: number } | undefined;
  for (const column of known) {
    for (const name of [column, ...(COLUMN_ALIASES[column] ?? [])]) {
      const distance = editDistance(key, columnKey(name));
      if (distance <= (key.length < 5 ? 1 : 2) && (!best || distance < best.distance)) best = { column, distance };
    }
  }
  return best?.column;
}

/**
 * `--map 'Mitarbeiter-Mail=email,OE=department'`: header names (compared as columnKey)
 * to columns, for the exports no alias foresees. Which columns a file kind has is checked
 * when the file is read.
 */
export function parseColumnMap(raw: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (raw === undefined) return map;
  for (const part of raw.split(',')) {
    if (!part.trim()) continue;
    const eq = part.lastIndexOf('=');
    const header = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim().toLowerCase();
    if (eq < 0 || !header || !column) throw new UsageError('error.map.syntax', { value: part.trim() }, 'hint.map');
    map.set(columnKey(header), column);
  }
  return map;
}
