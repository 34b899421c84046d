// Loaded with `node --import`: at exit, writes the CommonJS files a run loaded (by path) and
// Node's built-ins (as `node:name`) to the file named by TANDEM_MODULE_LOG, one a line. ES
// modules are listed by Node itself under NODE_DEBUG=esm (see test/e2e/startup-modules): a
// loader hook would miss those that require() loads (src/cli/lazy.ts).
import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const log = process.env.TANDEM_MODULE_LOG;
process.on('exit', () => {
  const commonJs = Object.keys(createRequire(import.meta.url).cache);
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => `node:${m.slice('NativeModule '.length)}`);
  appendFileSync(log, [...commonJs, ...builtins].join('\n') + '\n');
});
