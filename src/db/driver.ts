import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * better-sqlite3, loaded through require (a CommonJS package: no ESM pre-parse at start-up)
 * and pointed straight at its compiled addon, which skips the `bindings` package's search
 * of the file system on every start.
 */
export const Database = require('better-sqlite3') as typeof import('better-sqlite3');

/** The compiled addon of better-sqlite3, for `new Database(path, { nativeBinding })`. */
export const nativeBinding = join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
