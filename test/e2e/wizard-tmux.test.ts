import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../helpers/cli.js';
import { HAVE_TMUX, cliOutside as cli, startWizard, tmuxServer, waitForFile, wizardRound } from '../helpers/tmux.js';

/**
 * The matching wizard driven for real in a pseudo-terminal: tmux runs bin/tandem.js in a
 * detached 160×50 window, the test reads the screen with capture-pane and answers with
 * send-keys (arrow keys and Enter), as an organiser at a keyboard would.
 */
if (!HAVE_TMUX) console.warn('skipping the matching wizard terminal test: tmux is not installed (apt-get install tmux)');

const server = tmuxServer('tandem-wizard');
const tmux = server.raw;
const waitFor = (session: string, pattern: RegExp, timeoutMs = 10_000) => server.waitFor(session, pattern, timeoutMs);

/** The main menu, waiting for a choice (the cursor on its first entry). */
const MENU = /\? What next\?\s*\n❯ Accept and save/;

/** A round of four mentors and three mentees, built through bin/tandem.js in a fresh database. */
function setup(): { db: string; dir: string } {
  return wizardRound(
    'tandem-wizard-',
    'name,email,role,department,location,topics\n' +
      'Anna Azubi,anna@example.com,mentor,IT,Hamburg,#Instagram;Twitter\n' +
      'Ben Becker,ben@example.com,mentor,Sales,Köln,instagram\n' +
      'Cem Cakir,cem@example.com,mentor,IT,Köln,LinkedIn\n' +
      'Dora Dietz,dora@example.com,mentor,IT,Berlin,hashtags\n' +
      'Egon Exec,egon@example.com,mentee,Board,Hamburg,instagram;twitter\n' +
      'Frida Fuchs,frida@example.com,mentee,Finance,Köln,linkedin\n' +
      'Gerd Gast,gerd@example.com,mentee,Board,Berlin,hashtags;instagram\n',
  );
}

let sessions: string[] = [];

/** Starts `tandem pair match --round R` in a fresh tmux session; returns the session name and the exit-code file. */
function start(db: string, dir: string): { session: string; exitFile: string } {
  const session = `wizard-${process.pid}-${sessions.length}`;
  sessions.push(session);
  return { session, exitFile: startWizard(server, session, db, dir) };
}

function stored(db: string): { pairs: string[]; exclusions: string[] } {
  const handle = new Database(db, { readonly: true });
  try {
    const pairs = handle
      .prepare(
        `SELECT e.email AS mentee, m.email AS mentor, pr.locked FROM pair pr JOIN person m ON m.id = pr.mentor_id
         JOIN person e ON e.id = pr.mentee_id WHERE pr.status = 'active' ORDER BY e.email`,
      )
      .all() as { mentee: string; mentor: string; locked: number }[];
    const exclusions = handle
      .prepare(
        `SELECT a.email AS a, b.email AS b, r.name AS round FROM exclusion x JOIN person a ON a.id = x.person_a
         JOIN person b ON b.id = x.person_b LEFT JOIN round r ON r.id = x.round_id`,
      )
      .all() as { a: string; b: string; round: string | null }[];
    return {
      pairs: pairs.map((p) => `${p.mentee} ${p.mentor}${p.locked ? ' locked' : ''}`),
      exclusions: exclusions.map((x) => `${x.a} ${x.b} ${x.round ?? '*'}`),
    };
  } finally {
    handle.close();
  }
}

describe.skipIf(!HAVE_TMUX)('pair match: the wizard in a real terminal (tmux)', () => {
  afterEach(() => {
    for (const session of sessions) {
      try {
        tmux('kill-session', '-t', session);
      } catch {
        // already gone: the command ended and took its session with it
      }
    }
    sessions = [];
  });

  afterAll(() => server.kill());

  it('locks a pair, excludes another, shows the re-solved proposal, and saves with arrow keys and Enter', async () => {
    const { db, dir } = setup();
    const { session, exitFile } = start(db, dir);

    let screen = await waitFor(session, MENU);
    expect(screen).toContain('3 pairs (3 new) · 3 of 3 mentees covered · total score 64');
    expect(screen).toContain('Ben Becker <ben@example.com>: capacity exhausted');
    // Topics as the file first spells them (the mentees write them in lower case: the same topics).
    expect(screen).toContain('shared topic: Instagram');
    expect(screen).toContain('shared topic: LinkedIn');
    expect(screen).not.toMatch(/shared topic: (instagram|linkedin|twitter)/);

    tmux('send-keys', '-t', session, 'Down', 'Enter'); // Lock a pair
    await waitFor(session, /\? Which pair should stay, whatever else changes\?\s*\n❯ Egon Exec with Anna Azubi \(score 28\)/);
    tmux('send-keys', '-t', session, 'Enter'); // the first pair
    await waitFor(session, /locked: Egon Exec with Anna Azubi \(score 28\)\n\s+no pair changed[\s\S]*\? What next\?\s*\n❯ Accept and save/);

    tmux('send-keys', '-t', session, 'Down', 'Down', 'Enter'); // Exclude a pair (and re-solve)
    await waitFor(session, /\? Which pair should never be proposed in this round\?\s*\n❯ Egon Exec with Anna Azubi/);
    tmux('send-keys', '-t', session, 'Down', 'Enter'); // the second pair: Frida with Cem
    screen = await waitFor(session, /total score 64 → 54[\s\S]*\? What next\?\s*\n❯ Accept and save/);
    expect(screen).toContain('excluded: Frida Fuchs with Cem Cakir (score 18)');
    expect(screen).toMatch(/- Frida Fuchs with Cem Cakir \(score 18\)\n\s+\+ Frida Fuchs with Ben Becker \(score 8\)/);

    tmux('send-keys', '-t', session, 'Enter'); // Accept and save
    expect(await waitForFile(exitFile)).toBe('EXIT=0');
    screen = tmux('capture-pane', '-p', '-t', session);
    expect(screen).toContain('saved 3 new pairs in round R (1 locked, 1 exclusion for this round, 0 dissolved)');

    expect(stored(db)).toEqual({
      pairs: ['egon@example.com anna@example.com locked', 'frida@example.com ben@example.com', 'gerd@example.com dora@example.com'],
      exclusions: ['cem@example.com frida@example.com R'],
    });
    // the CLI agrees
    const listed = JSON.parse(cli(db, 'pair', 'list', '--round', 'R', '--json')) as { mentee: { email: string }; locked: boolean }[];
    expect(listed.map((p) => [p.mentee.email, p.locked])).toEqual([
      ['egon@example.com', true],
      ['frida@example.com', false],
      ['gerd@example.com', false],
    ]);
  });

  it('Ctrl+C after changes exits 130 and leaves the database untouched', async () => {
    const { db, dir } = setup();
    const before = snapshot(db);
    const { session, exitFile } = start(db, dir);
    await waitFor(session, MENU);
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Enter'); // Exclude a pair
    await waitFor(session, /\? Which pair should never be proposed in this round\?/);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(session, /total score 64 → \d+[\s\S]*\? What next\?/);
    tmux('send-keys', '-t', session, 'C-c');
    expect(await waitForFile(exitFile)).toBe('EXIT=130');
    expect(snapshot(db)).toEqual(before);
    expect(stored(db)).toEqual({ pairs: [], exclusions: [] });
  });
});
