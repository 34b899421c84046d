/** The pager of this run, as git and gh choose it: TANDEM_PAGER, else PAGER, else `less -FRX`; none when it is empty or `cat`. */
export function pagerCommand(env: Record<string, string | undefined>): string | undefined {
  const chosen = (env.TANDEM_PAGER ?? env.PAGER ?? 'less -FRX').trim();
  return chosen === '' || chosen === 'cat' ? undefined : chosen;
}

/**
 * Runs the pager through the shell (so `PAGER='less -S'` works) with the text on its stdin
 * and the terminal as its stdout. False when the pager could not be started (the shell's
 * 127, or no shell at all): then the caller prints the text itself, nothing is lost.
 */
export async function spawnPager(command: string, text: string, env: Record<string, string | undefined>): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    // LESS and LV as git sets them when unset: quit when one screen, keep colours, no screen clear.
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', LV: '-c', ...env } });
    child.on('error', () => resolve(false));
    // the user quit the pager before the end: the rest is not wanted
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
    child.on('close', (code) => resolve(code !== 127));
  });
}
