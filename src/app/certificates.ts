import type { Certificate } from '../core/certificates.js';
import type { Role } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import type { Settings } from '../core/settings.js';
import { loadCertificates } from '../db/certificates.js';
import { readSettings } from '../db/settings.js';
import { topicNames } from '../db/topics.js';
import type { Db } from '../db/types.js';

/**
 * The certificates of a round's participants of one role, with the programme settings they
 * show; a certificate is only read by people, so its topics are their labels (as first entered).
 */
export function certificatesOf(db: Db, round: Round, role: Role): { certificates: Certificate[]; settings: Settings } {
  return db.transaction(() => {
    const topic = topicNames(db);
    const certificates = loadCertificates(db, round, role).map((c) => ({ ...c, topics: c.topics.map(topic) }));
    return { certificates, settings: readSettings(db) };
  })();
}
