import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tandem, tempDir } from '../helpers/cli.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';
import { withRound } from '../helpers/fixtures.js';

/**
 * `survey respond` driven for real in a pseudo-terminal: tmux runs bin/tandem.js in a
 * detached 120×40 window, the test reads the screen with capture-pane and answers with
 * send-keys (arrow keys, Enter, typing), as a respondent at a keyboard would.
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');
if (!HAVE_TMUX) console.warn('skipping the survey respond terminal test: tmux is not installed (apt-get install tmux)');

const server = tmuxServer('tandem-e2e');
const SOCKET = server.socket;
const tmux = server.raw;
const waitFor = (session: string, pattern: RegExp, timeoutMs = 15_000) => server.waitFor(session, pattern, timeoutMs);

/** Starts `tandem survey respond` in a fresh tmux session; returns the session name and the exit-code file. */
function start(db: string, dir: string, name: string, lang = 'en'): { session: string; exitFile: string } {
  const exitFile = join(dir, 'exit');
  const command = `node ${BIN} --db ${db} --lang ${lang} survey respond --round 2026 --role mentee; echo EXIT=$? > ${exitFile}`;
  // A clean environment: no CI (it would forbid prompts), English, UTF-8.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? dir, LANG: 'C.UTF-8', TERM: 'xterm-256color' };
  execFileSync('tmux', ['-L', SOCKET, '-u', 'new-session', '-d', '-s', name, '-x', '120', '-y', '40', command], { env });
  return { session: name, exitFile };
}

function storedResponses(db: string): { role: string; answers: string }[] {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare('SELECT role, answers FROM survey_response').all() as never;
  } finally {
    handle.close();
  }
}

async function setup(): Promise<{ db: string; dir: string }> {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'commands', 'survey', 'respond.js'))) {
    throw new Error('dist/ is not built: run `npm run build` (npm test does) before the e2e tests');
  }
  const dir = tempDir('tandem-e2e-');
  const db = join(dir, 'tandem.db');
  await withRound(db);
  const created = await tandem(db, ['survey', 'create', '--round', '2026']);
  if (created.code !== 0) throw new Error(created.stderr);
  return { db, dir };
}

describe.skipIf(!HAVE_TMUX)('survey respond in a real terminal (tmux)', () => {
  afterAll(() => {
    try {
      tmux('kill-server');
    } catch {
      // already gone: every session ended
    }
  });

  it('answers all six questions with arrow keys, typing and Enter, confirms, and the response is stored', async () => {
    const { db, dir } = await setup();
    const { session, exitFile } = start(db, dir, 'respond');

    await waitFor(session, /\(1\/6\) Would you recommend the programme\?/);
    tmux('send-keys', '-t', session, 'Enter'); // "yes" is the first choice

    await waitFor(session, /\(2\/6\) How likely are you to recommend it to a colleague\?/);
    tmux('send-keys', '-t', session, '-l', '9');
    tmux('send-keys', '-t', session, 'Enter');

    await waitFor(session, /\(3\/6\) How satisfied are you with your tandem\?/);
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Down', 'Enter'); // 1 → 4

    await waitFor(session, /\(4\/6\) How much did you learn\?/);
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Down', 'Down', 'Enter'); // 1 → 5

    await waitFor(session, /\(5\/6\) Will you stay in touch with your tandem partner\?/);
    tmux('send-keys', '-t', session, 'Down', 'Enter'); // yes → no

    await waitFor(session, /\(6\/6\) What was your highlight\?/);
    tmux('send-keys', '-t', session, '-l', 'Hashtags, finally');
    tmux('send-keys', '-t', session, 'Enter');

    const screen = await waitFor(session, /Save these answers\?/);
    expect(screen).toContain('Your answers:');
    tmux('send-keys', '-t', session, 'Enter'); // default: yes

    expect(await waitForFile(exitFile)).toBe('EXIT=0');
    expect(storedResponses(db)).toEqual([
      {
        role: 'mentee',
        answers: '{"recommend":true,"nps":9,"satisfaction":4,"learning":5,"continue":false,"highlight":"Hashtags, finally"}',
      },
    ]);
  });

  it('under --lang de every prompt text is German: a wrong number is refused in German, confirm takes "j"', async () => {
    const { db, dir } = await setup();
    const { session, exitFile } = start(db, dir, 'deutsch', 'de');
    const screens: string[] = [];
    screens.push(await waitFor(session, /\(1\/6\) Würden Sie das Programm weiterempfehlen\?/));
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(session, /\(2\/6\) Wie wahrscheinlich/);
    tmux('send-keys', '-t', session, '-l', 'neun');
    tmux('send-keys', '-t', session, 'Enter');
    screens.push(await waitFor(session, /bitte eine ganze Zahl eingeben/));
    tmux('send-keys', '-t', session, 'C-u');
    tmux('send-keys', '-t', session, '-l', '99');
    tmux('send-keys', '-t', session, 'Enter');
    screens.push(await waitFor(session, /bitte eine Zahl von 0 bis 10 eingeben/));
    tmux('send-keys', '-t', session, 'C-u');
    tmux('send-keys', '-t', session, '-l', '9');
    tmux('send-keys', '-t', session, 'Enter');
    for (const question of [/\(3\/6\)/, /\(4\/6\)/, /\(5\/6\)/]) {
      screens.push(await waitFor(session, question));
      tmux('send-keys', '-t', session, 'Enter');
    }
    await waitFor(session, /\(6\/6\)/);
    tmux('send-keys', '-t', session, 'Enter');
    screens.push(await waitFor(session, /Diese Antworten speichern\? \(J\/n\)/));
    tmux('send-keys', '-t', session, '-l', 'j');
    tmux('send-keys', '-t', session, 'Enter');
    expect(await waitForFile(exitFile)).toBe('EXIT=0');
    expect(storedResponses(db)).toEqual([{ role: 'mentee', answers: '{"recommend":true,"nps":9,"satisfaction":1,"learning":1,"continue":true}' }]);
    const seen = screens.join('\n');
    expect(seen).toContain('↑↓ blättern • ⏎ auswählen');
    for (const english of ['You must', 'Value must', 'navigate', 'select', '(Y/n)', 'Use arrow keys']) expect(seen).not.toContain(english);
  });

  it('Ctrl+C in the middle exits 130 and stores nothing', async () => {
    const { db, dir } = await setup();
    const { session, exitFile } = start(db, dir, 'cancel');
    await waitFor(session, /\(1\/6\) Would you recommend the programme\?/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(session, /\(2\/6\) How likely/);
    tmux('send-keys', '-t', session, 'C-c');
    expect(await waitForFile(exitFile)).toBe('EXIT=130');
    expect(storedResponses(db)).toEqual([]);
  });
});
