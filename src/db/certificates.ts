import type { Certificate } from '../core/certificates.js';
import type { Role, Salutation } from '../core/people.js';
import type { Round } from '../core/rounds.js';
import { list } from './json.js';
import type { Db } from './types.js';

/**
 * The certificates of a round's participants of one role: partners from every pair they
 * had in the round (active or ended), the sessions they attended (a mentor: those they
 * were at; a mentee: all of their tandem's), topics, and their tandems' achieved goals.
 * Forgotten people, and participants who never had a pair, get no certificate.
 */
export function loadCertificates(db: Db, round: Round, role: Role): Certificate[] {
  const people = db
    .prepare(
      `SELECT p.id, p.name, p.email, p.salutation FROM participant pt JOIN person p ON p.id = pt.person_id
       WHERE pt.round_id = ? AND pt.role = ? AND p.forgotten_on IS NULL ORDER BY p.name COLLATE NOCASE, p.email`,
    )
    .all(round.id, role) as { id: number; name: string; email: string; salutation: Salutation | null }[];
  const mine = role === 'mentor' ? 'mentor_id' : 'mentee_id';
  const theirs = role === 'mentor' ? 'mentee_id' : 'mentor_id';
  const partners = db.prepare(
    `SELECT DISTINCT o.name, o.email FROM pair pr JOIN person o ON o.id = pr.${theirs}
     WHERE pr.round_id = ? AND pr.${mine} = ? ORDER BY o.name COLLATE NOCASE`,
  );
  const sessions = db.prepare(
    role === 'mentor'
      ? `SELECT s.minutes, s.topics FROM session s JOIN session_mentor sm ON sm.session_id = s.id WHERE s.round_id = ? AND sm.mentor_id = ?`
      : `SELECT s.minutes, s.topics FROM session s WHERE s.round_id = ? AND s.mentee_id = ?`,
  );
  const goals = db.prepare(
    role === 'mentor'
      ? `SELECT DISTINCT g.id, g.text, g.achieved_on AS date FROM goal g JOIN pair pr ON pr.round_id = g.round_id AND pr.mentee_id = g.mentee_id
         WHERE g.round_id = ? AND pr.mentor_id = ? AND g.achieved_on IS NOT NULL ORDER BY g.achieved_on, g.id`
      : `SELECT g.id, g.text, g.achieved_on AS date FROM goal g WHERE g.round_id = ? AND g.mentee_id = ? AND g.achieved_on IS NOT NULL ORDER BY g.achieved_on, g.id`,
  );
  // A certificate says whom they coached or were coached by: participants who never had a pair get none.
  return people.flatMap((person) => {
    const their = partners.all(round.id, person.id) as { name: string | null; email: string | null }[];
    if (their.length === 0) return [];
    const attended = sessions.all(round.id, person.id) as { minutes: number; topics: string }[];
    const topicCounts = new Map<string, number>();
    for (const s of attended) for (const topic of list(s.topics)) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
    return [{
      personId: person.id,
      name: person.name,
      email: person.email,
      role,
      salutation: person.salutation,
      partners: their,
      sessions: attended.length,
      minutes: attended.reduce((sum, s) => sum + s.minutes, 0),
      topics: [...topicCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([topic]) => topic),
      goals: (goals.all(round.id, person.id) as { text: string; date: string }[]).map((g) => ({ text: g.text, date: g.date })),
    }];
  });
}
