import { UsageError } from './errors.js';

// Deliberately simple: one @, no spaces, a dot in the domain. Organisers type these by hand.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** True for a plausible email address. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Normalises an email for storage and comparison (trimmed, lower-case); throws on a bad one. */
export function parseEmail(value: string, what = 'email'): string {
  const email = value.trim().toLowerCase();
  if (!isEmail(email)) throw new UsageError('error.email', { value, what });
  return email;
}

export type Role = 'mentor' | 'mentee';
export const ROLES: readonly Role[] = ['mentor', 'mentee'];

/** Parses a role name. */
export function parseRole(value: string): Role {
  const role = value.trim().toLowerCase();
  if (role === 'mentor' || role === 'mentee') return role;
  throw new UsageError('error.role', { value });
}

/** Parses a positive whole number option such as capacity. */
export function parsePositiveInt(value: string, what: string, max = 1_000_000): number {
  const n = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError('error.positiveInt', { value, what, max });
  }
  return n;
}

/** Parses a whole number in a range (for minutes, min-sessions and the like). */
export function parseIntInRange(value: string, what: string, min: number, max: number): number {
  const n = Number(value.trim());
  if (!/^-?\d+$/.test(value.trim()) || n < min || n > max) {
    throw new UsageError('error.intRange', { value, what, min, max });
  }
  return n;
}

/** A person of the organisation chart; name and email are null once forgotten. */
export interface Person {
  id: number;
  name: string | null;
  email: string | null;
  department: string | null;
  location: string | null;
  managerEmail: string | null;
  languages: string[];
  forgottenOn: string | null;
  salutation: Salutation | null;
}

/** Fields to add or update; undefined leaves a stored value as it is. */
export interface PersonInput {
  name: string;
  email: string;
  department?: string | null;
  location?: string | null;
  managerEmail?: string | null;
  languages?: string[];
  salutation?: Salutation | null;
}

/**
 * How a person is addressed, as a language-neutral kind: `ms` (Frau), `mr` (Herr), `mx`
 * (divers: the neutral form). Certificates take the grammatical form of the role from it.
 */
export type Salutation = 'ms' | 'mr' | 'mx';

/** What an upsert did, counted by imports. */
export type Upsert = 'added' | 'updated' | 'unchanged';
