import type { Certificate } from '../core/certificates.js';
import type { Role } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import type { Settings } from '../core/settings.js';
import { loadCertificates } from '../db/certificates.js';
import { readSettings } from '../db/settings.js';
import type { Db } from '../db/types.js';

/** The certificates of a round's participants of one role, with the programme settings they show. */
export function certificatesOf(db: Db, round: Round, role: Role): { certificates: Certificate[]; settings: Settings } {
  return db.transaction(() => ({ certificates: loadCertificates(db, round, role), settings: readSettings(db) }))();
}
