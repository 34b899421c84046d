// Loaded with `node --import`: records every module a run loads in the file named by
// TANDEM_MODULE_LOG, one a line: ES modules as URLs (written by the loader hook as they
// load), then at exit CommonJS files by path and Node's built-ins as `node:name`.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.TANDEM_MODULE_LOG;
register(
  'data:text/javascript,' +
    encodeURIComponent(`
  import { appendFileSync } from 'node:fs';
  export async function load(url, context, next) {
    if (!url.startsWith('node:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
    return next(url, context);
  }
`),
);
process.on('exit', () => {
  const commonJs = Object.keys(createRequire(import.meta.url).cache);
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => `node:${m.slice('NativeModule '.length)}`);
  appendFileSync(log, [...commonJs, ...builtins].join('\n') + '\n');
});
