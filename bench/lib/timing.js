// Timing of child processes for the benchmarks: wall time, and CPU time (user + system of
// the child and its threads), which a busy machine disturbs far less than wall time.
import { spawnSync } from 'node:child_process';

/**
 * Runs `command args` once and returns its wall time in ms (stdout ignored); throws with
 * its stderr when it fails.
 */
export function wallMs(command, args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return ms;
}

/**
 * Runs `command args` once under bash and returns the CPU time in ms it used, from bash's
 * `times` (the children's user and system time, in milliseconds): Node reports no
 * child's resource usage, and /usr/bin/time rounds to 10 ms.
 */
export function cpuMs(command, args, env) {
  const script = '"$@"; code=$?; times >&2; exit $code';
  const result = spawnSync('bash', ['-c', script, 'bench', command, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  // The last line of `times`: the children's user and system time, e.g. "0m0.052s 0m0.008s".
  const last = result.stderr.trimEnd().split('\n').at(-1) ?? '';
  const parts = [...last.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
  if (parts.length !== 2) throw new Error(`could not read the CPU time of ${command}: ${last}`);
  return parts[0] + parts[1];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
