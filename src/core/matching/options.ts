import { buildContext, violations } from './constraints.js';
import { canonical } from './match.js';
import { fold, scorePair } from './score.js';
import type { MatchInput, MatchOption, Role } from './types.js';
import { assertWeights } from './weights.js';

/**
 * A participant's possible partners for the wizard: eligible ones first (no violation,
 * counting `already paired` and `capacity` against input.existing), each group by score
 * descending, then email. An unknown participant has no options.
 */
export function optionsFor(input: MatchInput, personId: number, role: Role): MatchOption[] {
  assertWeights(input.weights);
  const self = (role === 'mentor' ? input.mentors : input.mentees).find((c) => c.id === personId);
  if (!self) return [];
  const ctx = buildContext(input);
  const others = canonical(role === 'mentor' ? input.mentees : input.mentors);
  const rows = others.map((other) => {
    const [m, e] = role === 'mentor' ? [self, other] : [other, self];
    const { score, reasons } = scorePair(m, e, input.weights);
    return { option: { candidateId: other.id, score, reasons, violations: violations(m, e, ctx) }, email: fold(other.email) ?? '' };
  });
  rows.sort((a, b) => {
    const ea = a.option.violations.length === 0 ? 0 : 1;
    const eb = b.option.violations.length === 0 ? 0 : 1;
    if (ea !== eb) return ea - eb;
    if (a.option.score !== b.option.score) return b.option.score - a.option.score;
    if (a.email !== b.email) return a.email < b.email ? -1 : 1;
    return a.option.candidateId - b.option.candidateId;
  });
  return rows.map((r) => r.option);
}
