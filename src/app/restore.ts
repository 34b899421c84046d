import type { Role } from '../core/matching/types.js';
import { roleError, roleProblem } from './participation.js';

type Row = Record<string, unknown>;
type Tables = Record<string, readonly Row[]>;

/**
 * An export document's active pairs must follow the participation rule of every other
 * door: the mentor takes part as a mentor, the mentee as a mentee, in the pair's round
 * (a hand-edited export must not bring in what `pair add` refuses). Only active pairs:
 * ended pairs, sessions and goals are history and may name people who have since left
 * the round or changed role. Fails like the other doors (wrong role exit 2, not taking
 * part exit 1) on the first such row; the hint names it.
 */
export function checkDocumentRoles(tables: Tables, file: string): void {
  const key = (roundId: unknown, personId: unknown) => `${String(roundId)},${String(personId)}`;
  const roles = new Map((tables.participant ?? []).map((p) => [key(p.round_id, p.person_id), { role: p.role as Role }]));
  const emails = new Map((tables.person ?? []).map((p) => [p.id, typeof p.email === 'string' ? p.email : `#${String(p.id)}`]));
  const rounds = new Map((tables.round ?? []).map((r) => [r.id, { name: String(r.name) }]));
  (tables.pair ?? []).forEach((pair, i) => {
    const round = rounds.get(pair.round_id);
    if (pair.status !== 'active' || !round) return; // a missing round is the foreign-key check's business
    for (const [column, role] of [
      ['mentor_id', 'mentor'],
      ['mentee_id', 'mentee'],
    ] as const) {
      const person = pair[column];
      const problem = roleProblem(round, emails.get(person) ?? `#${String(person)}`, roles.get(key(pair.round_id, person)), role);
      if (problem) throw roleError(problem, { key: 'admin.import.hintRow', params: { file, where: `tables.pair[${i}].${column}` } });
    }
  });
}
