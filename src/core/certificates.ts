import type { Role } from './people.js';

type Ref = { name: string | null; email: string | null };

/** What one certificate of participation says. */
export interface Certificate {
  personId: number;
  name: string;
  email: string;
  role: Role;
  /** The people they coached (mentor) or were coached by (mentee). */
  partners: Ref[];
  sessions: number;
  minutes: number;
  /** Session topics, most frequent first. */
  topics: string[];
  /** Goals their tandems achieved. */
  goals: { text: string; date: string }[];
}

/**
 * Whether the person's sessions reached the round's minimum: a mentee's tandem's sessions,
 * a mentor's sessions attended across their tandems. Stated on the certificate, never a
 * reason to refuse one.
 */
export function minimumReached(c: Pick<Certificate, 'sessions'>, round: { minSessions: number }): boolean {
  return c.sessions >= round.minSessions;
}

/** A file name from a person's name: lower-case ASCII words joined by `-` (`Jörg Müller` → `joerg-mueller`). */
export function slug(name: string): string {
  const ascii = name
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.toLowerCase().match(/[a-z0-9]+/g);
  return words ? words.join('-').slice(0, 80) : 'person';
}

/**
 * One distinct file name per certificate, named after the person; namesakes get `-2`,
 * `-3`, skipping any name already taken (`Anna Test`, `Anna Test`, `Anna Test 2` give
 * `…anna-test`, `…anna-test-2`, `…anna-test-2-2`).
 */
export function certificateFileNames(certificates: readonly Pick<Certificate, 'name'>[]): string[] {
  const taken = new Set<string>();
  return certificates.map((c) => {
    const base = `certificate-${slug(c.name)}`;
    let name = `${base}.html`;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}.html`;
    taken.add(name);
    return name;
  });
}
