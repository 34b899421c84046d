import { defineConfig } from 'vitest/config';

// Fault tests (npm run test:faults): they spawn bin/tandem.js, so they need a build first.
// Files run one after another: kill timings and the 20-second concurrency run should not
// compete with each other for the CPU.
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
