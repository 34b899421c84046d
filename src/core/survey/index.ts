export * from './questions.js';
export * from './answers.js';
export * from './report.js';
export * from './round-summary.js';
export * from './name.js';
export * from './dedupe.js';
export * from './shift.js';
export * from './guard.js';
