// Runs every benchmark in this folder, one after the other: `npm run bench`.
// `npm run bench -- startup solver` runs only the named ones; options (`--small`, …) are
// passed to each. The scale benchmark takes minutes at full size: run without names, it
// runs `--small` unless `--full` is given.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const wanted = argv.filter((a, k) => !a.startsWith('--') && !(k > 0 && argv[k - 1] === '--rounds'));
const options = argv.filter((a) => !wanted.includes(a) && a !== '--full');
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && f !== 'run.js')
  .map((f) => f.replace(/\.js$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
let failed = 0;
for (const name of benches) {
  console.log(`\n== ${name}`);
  const extra = name === 'scale' && wanted.length === 0 && !argv.includes('--full') && !options.includes('--small') ? ['--small'] : [];
  const result = spawnSync(process.execPath, [`${dir}${name}.js`, ...options, ...extra], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
