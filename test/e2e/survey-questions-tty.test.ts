import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tandem, tempDir } from '../helpers/cli.js';
import { withRound } from '../helpers/fixtures.js';
import { HAVE_TMUX, tmuxServer, waitForFile } from '../helpers/tmux.js';

/**
 * Issue 17 point 2, once for real: `survey respond` on a survey made from a questions file
 * with every kind, in German, in a tmux pseudo-terminal, answered with the keyboard
 * (arrow keys, space to tick a multichoice option, typing, Enter).
 */
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'bin', 'tandem.js');
const QUESTIONS = join(ROOT, 'test', 'cli', 'survey', 'fixtures', 'questions-all-kinds.json');
if (!HAVE_TMUX) console.warn('skipping the questions-file terminal test: tmux is not installed (apt-get install tmux)');

const server = tmuxServer('tandem-e2e-questions');

describe.skipIf(!HAVE_TMUX)('survey respond with the programme\'s own questions, in a real terminal (tmux)', () => {
  afterAll(() => server.kill());

  it('asks every kind in German, without "skip" for required questions, and stores the answers', async () => {
    if (!existsSync(join(ROOT, 'dist', 'io', 'survey-questions.js'))) throw new Error('dist/ is not built: run `npm run build` first');
    const dir = tempDir('tandem-e2e-');
    const db = join(dir, 'tandem.db');
    await withRound(db);
    const created = await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'pulse', '--questions', QUESTIONS]);
    expect(created.code, created.stderr).toBe(0);
    const exitFile = join(dir, 'exit');
    server.start('own', `node ${BIN} --db ${db} --lang de survey respond --round 2026 --name pulse --role mentee; echo EXIT=$? > ${exitFile}`, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? dir, LANG: 'C.UTF-8', TERM: 'xterm-256color' },
    });
    const s = 'own';
    let screen = await server.waitFor(s, /\(1\/6\) War das Programm nützlich\?/);
    expect(screen).not.toMatch(/überspringen/i); // required: yes or no only
    server.keys(s, 'Down', 'Enter'); // Ja → Nein

    await server.waitFor(s, /\(2\/6\) Würden Sie es empfehlen\?/);
    server.keys(s, '-l', '7');
    server.keys(s, 'Enter');

    await server.waitFor(s, /\(3\/6\) Wie war das Tempo\?/);
    server.keys(s, 'Down', 'Down', 'Enter'); // 1 → 3

    screen = await server.waitFor(s, /\(4\/6\) Welches Format hat am besten funktioniert\?/);
    expect(screen).toContain('Videoanruf');
    expect(screen).toContain('Im Büro');
    server.keys(s, 'Down', 'Enter'); // Im Büro

    screen = await server.waitFor(s, /\(5\/6\) Welche Werkzeuge haben Sie ausprobiert\?/);
    expect(screen).toContain('Miro-Board');
    server.keys(s, 'Space', 'Down', 'Down', 'Space', 'Enter'); // Teams and Miro-Board

    await server.waitFor(s, /\(6\/6\) Was sollten wir verbessern\?/);
    server.keys(s, '-l', 'Mehr Zeit');
    server.keys(s, 'Enter');

    screen = await server.waitFor(s, /Diese Antworten speichern\?/);
    expect(screen).toContain('Teams, Miro-Board');
    expect(screen).toContain('Im Büro');
    server.keys(s, 'Enter');

    expect(await waitForFile(exitFile)).toBe('EXIT=0');
    const handle = new Database(db, { readonly: true });
    const rows = handle.prepare('SELECT role, answers FROM survey_response').all();
    handle.close();
    expect(rows).toEqual([
      { role: 'mentee', answers: '{"useful":false,"recommend-nps":7,"pace":3,"format":"office","tools":["teams","miro"],"improve":"Mehr Zeit"}' },
    ]);
  });
});
