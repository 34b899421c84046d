import type { Role, Salutation } from './people.js';

type Ref = { name: string | null; email: string | null };

/** What one certificate of participation says. */
export interface Certificate {
  personId: number;
  name: string;
  email: string;
  role: Role;
  /** Where known, the grammatical form of the role follows it; else the neutral form. */
  salutation: Salutation | null;
  /** The people they coached (mentor) or were coached by (mentee). */
  partners: Ref[];
  sessions: number;
  minutes: number;
  /** Session topics, most frequent first. */
  topics: string[];
  /** Goals their tandems achieved. */
  goals: { text: string; date: string }[];
}

// Letters that Unicode does not decompose into a base letter and a mark, as ASCII.
const LETTERS: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

/**
 * A file name from a person's name: lower-case ASCII words joined by `-`, German umlauts
 * as `ae`, `oe`, `ue`, `ß` as `ss`, other accents dropped (`Jörg Müller` → `joerg-mueller`,
 * `Aylin Yılmaz` → `aylin-yilmaz`).
 */
export function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[äöüßẞıłøđðþæœħŧŋ]/g, (ch) => LETTERS[ch]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.toLowerCase().match(/[a-z0-9]+/g);
  return words ? words.join('-').slice(0, 80) : 'person';
}

/**
 * One distinct file name per certificate, `<prefix>-<slug>.<ext>` (the prefix in the run's
 * language: `certificate`, `bescheinigung`); namesakes get `-2`,
 * `-3`, skipping any name already taken (`Anna Test`, `Anna Test`, `Anna Test 2` give
 * `…anna-test`, `…anna-test-2`, `…anna-test-2-2`).
 */
export function certificateFileNames(certificates: readonly Pick<Certificate, 'name'>[], prefix = 'certificate', ext = 'html'): string[] {
  const taken = new Set<string>();
  return certificates.map((c) => {
    const base = `${prefix}-${slug(c.name)}`;
    let name = `${base}.${ext}`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${ext}`;
    taken.add(name);
    return name;
  });
}
