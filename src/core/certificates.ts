import { personFileNames } from './file-names.js';
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

/**
 * Whether the person's sessions reached the round's minimum: a mentee's tandem's sessions,
 * a mentor's sessions attended across their tandems. Stated on the certificate, never a
 * reason to refuse one.
 */
export function minimumReached(c: Pick<Certificate, 'sessions'>, round: { minSessions: number }): boolean {
  return c.sessions >= round.minSessions;
}

/** One distinct file name per certificate, named after the person (see `personFileNames`); the prefix in the run's language (`certificate`, `bescheinigung`). */
export function certificateFileNames(certificates: readonly Pick<Certificate, 'name'>[], prefix = 'certificate', extension = 'html'): string[] {
  return personFileNames(certificates.map((c) => c.name), prefix, extension);
}
