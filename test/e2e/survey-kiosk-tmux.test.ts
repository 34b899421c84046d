import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tandem, tempDir } from '../helpers/cli.js';
import { withRound } from '../helpers/fixtures.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';

/**
 * `survey respond --kiosk` for real in a pseudo-terminal (tmux, 120×40): three
 * respondents in a row at one keyboard, the screen (and its scrollback) cleared between
 * them, no answer preselected, Ctrl+C from the organiser at the end.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');
const server = tmuxServer('tandem-kiosk');

function stored(db: string): { role: string; answers: string }[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT role, answers FROM survey_response').all() as never;
  } finally {
    handle.close();
  }
}

describe.skipIf(!HAVE_TMUX)('survey respond --kiosk in a real terminal (tmux)', () => {
  afterAll(() => server.kill());

  it('takes three respondents in a row, clears the screen between them, stores three responses', async () => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'prompts', 'kiosk.js'))) throw new Error('dist/ is not built: run `npm run build`');
    const dir = tempDir('tandem-kiosk-');
    const db = join(dir, 'tandem.db');
    await withRound(db);
    expect((await tandem(db, ['survey', 'create', '--round', '2026'])).code).toBe(0);
    const exitFile = join(dir, 'exit');
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? dir, LANG: 'C.UTF-8', TERM: 'xterm-256color' };
    server.start('kiosk', `node ${BIN} --db ${db} survey respond --round 2026 --kiosk; echo EXIT=$? > ${exitFile}`, { env });
    const s = 'kiosk';
    const waitFor = (pattern: RegExp) => server.waitFor(s, pattern, 20_000);
    const keys = (...k: string[]) => server.keys(s, ...k);
    const down = (n: number) => Array.from({ length: n }, () => 'Down');
    const history = () => server.raw('capture-pane', '-p', '-S', '-', '-t', s);

    for (const i of [1, 2, 3]) {
      const screen = await waitFor(new RegExp(`responses\\s+saved\\s+so\\s+far:\\s+${i - 1}\\.[\\s\\S]*Your role in the programme`));
      // Cleared: nothing of the previous respondent, on the screen or in the scrollback.
      if (i > 1) {
        expect(screen).not.toContain('Your answers:');
        expect(history()).not.toContain(`Respondent ${i - 1}`);
      }
      // The list starts on the placeholder: Enter there does not answer, it asks again.
      expect(screen).toMatch(/❯ – please choose –/);
      keys('Enter');
      await waitFor(/Your role in the programme \(please choose an answer\)/);
      keys(...down(i === 2 ? 1 : 2), 'Enter'); // mentee, mentor, mentee
      await waitFor(/\(1\/6\) Would you recommend the programme\?/);
      keys('Down', 'Enter'); // yes
      await waitFor(/\(2\/6\) How likely/);
      keys('-l', String(6 + i));
      keys('Enter');
      await waitFor(/\(3\/6\) How satisfied/);
      keys(...down(2 + i), 'Enter'); // 3, 4, 5
      await waitFor(/\(4\/6\) How much did you learn\?/);
      keys(...down(4), 'Enter'); // 4
      await waitFor(/\(5\/6\) Will you stay in touch/);
      keys(...down(2), 'Enter'); // no
      await waitFor(/\(6\/6\) What was your highlight\?/);
      keys('-l', `Respondent ${i}`);
      keys('Enter');
      await waitFor(/Save these answers\?/);
      keys('Enter');
    }
    await waitFor(/responses\s+saved\s+so\s+far:\s+3\./);
    expect(history()).not.toContain('Respondent 3');
    keys('C-c');
    expect(await waitForFile(exitFile, 20_000)).toBe('EXIT=0');
    expect(stored(db).map((r) => [r.role, JSON.parse(r.answers)]).sort((a, b) => String(a[1].highlight).localeCompare(String(b[1].highlight)))).toEqual(
      [1, 2, 3].map((i) => [
        i === 2 ? 'mentor' : 'mentee',
        { recommend: true, nps: 6 + i, satisfaction: 2 + i, learning: 4, continue: false, highlight: `Respondent ${i}` },
      ]),
    );
  }, 120_000);
});
