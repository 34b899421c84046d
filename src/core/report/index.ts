export * from './types.js';
export * from './build.js';
export * from './staleness.js';
export * from './pace.js';
export * from './weekly.js';
export * from './compare.js';
export { compareText, comparePeople } from './order.js';
