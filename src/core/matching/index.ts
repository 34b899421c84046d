export * from './types.js';
export { parseWeights, MAX_WEIGHT } from './weights.js';
export { scorePair } from './score.js';
export { buildContext, violations, managementChain, type MatchContext } from './constraints.js';
export { match, unmatchedText } from './match.js';
export { optionsFor } from './options.js';
export {
  solveAssignment,
  DENSE_MAX_CELLS,
  type AssignmentProblem,
  type AssignmentSolution,
  type SolveMethod,
} from './assignment.js';
export { lapjv, certify, type LapSolution, type CostArray } from './lapjv.js';
