import { describe, expect, it } from 'vitest';
import { snapshot, tandem, tempDbPath } from '../../helpers/cli.js';
import { withRound } from '../../helpers/fixtures.js';
import { importCsv, rolesCsv, withSurvey } from './helpers.js';

/** Issue 17 point 4: survey list and survey close; several surveys per round, each with its own report. */
describe('survey life', () => {
  it('survey list shows every survey of the round with kind, questions, responses and closing day', async () => {
    const db = tempDbPath();
    await withSurvey(db, 'midpoint');
    expect((await tandem(db, ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'A', '--email', 'a@example.com', '--topics', 'excel'])).code).toBe(0);
    expect((await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'final', '--kind', 'final'])).code).toBe(0);
    await importCsv(db, rolesCsv(2, 3), 'midpoint');
    expect((await tandem(db, ['survey', 'close', '--round', '2026', '--name', 'midpoint'], { today: '2026-04-01' })).code).toBe(0);
    const json = JSON.parse((await tandem(db, ['survey', 'list', '--round', '2026', '--json'])).stdout);
    expect(json).toEqual([
      { name: 'midpoint', title: null, kind: 'standard', questions: 6, responses: 5, mentors: 2, mentees: 3, closedOn: '2026-04-01' },
      { name: 'final', title: null, kind: 'final', questions: 7, responses: 0, mentors: 0, mentees: 0, closedOn: null },
    ]);
    const table = await tandem(db, ['survey', 'list', '--round', '2026']);
    // The closing day in the language's short format, as every table prints dates (SPEC §2).
    expect(table.stdout).toMatch(/│ midpoint │ standard │ 6 +│ 5 +│ 1 Apr 2026 │/);
    expect(table.stdout).toMatch(/│ final +│ final +│ 7 +│ 0 +│ open +│/);
    const de = await tandem(db, ['--lang', 'de', 'survey', 'list', '--round', '2026']);
    expect(de.stdout).toMatch(/│ final +│ Abschluss +│ 7 +│ 0 +│ offen +│/);
    expect(de.stdout).toMatch(/│ midpoint +│ Standard +│ 6 +│ 5 +│ 01\.04\.2026 +│/);
    // Each survey has its own report; the round report shows the latest closed one.
    const final = JSON.parse((await tandem(db, ['survey', 'report', '--round', '2026', '--json'])).stdout);
    expect(final).toMatchObject({ survey: 'final', groups: { all: { suppressed: true } } });
    const round = JSON.parse((await tandem(db, ['round', 'report', '2026', '--json'])).stdout);
    expect(round.survey.survey).toBe('midpoint');
  });

  it('survey list of a round without surveys says so on stderr; --json prints []', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect(await tandem(db, ['survey', 'list', '--round', '2026'])).toEqual({ code: 0, stdout: '', stderr: 'round 2026 has no survey yet\n' });
    expect((await tandem(db, ['survey', 'list', '--round', '2026', '--json'])).stdout).toBe('[]\n');
  });

  it('survey close of a survey that does not exist is exit 1 with a hint, nothing written', async () => {
    const db = tempDbPath();
    await withSurvey(db);
    const before = snapshot(db);
    const result = await tandem(db, ['survey', 'close', '--round', '2026', '--name', 'midpoint']);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'tandem: error: round 2026 has no survey named "midpoint"\nhint: surveys of this round: final; choose one with --name\n',
    });
    expect(snapshot(db)).toEqual(before);
  });

  it('the standard questionnaire stays the default; a baseline asks only the topics', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect((await tandem(db, ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'A', '--email', 'a@example.com', '--topics', '#TikTok,Excel'])).code).toBe(0);
    const standard = JSON.parse((await tandem(db, ['survey', 'create', '--round', '2026', '--json'])).stdout);
    expect(standard).toMatchObject({ name: 'final', kind: 'standard' });
    expect(standard.questions.map((q: { id: string }) => q.id)).toEqual(['recommend', 'nps', 'satisfaction', 'learning', 'continue', 'highlight']);
    const baseline = JSON.parse((await tandem(db, ['--lang', 'de', 'survey', 'create', '--round', '2026', '--name', 'start', '--kind', 'baseline', '--json'])).stdout);
    expect(baseline.questions).toEqual([
      {
        id: 'confidence:excel',
        kind: 'scale5',
        topic: 'excel',
        // The texts name the topic as entered; id and topic keep the key.
        text: 'How confident are you with Excel?',
        textDe: 'Wie sicher fühlen Sie sich beim Thema Excel?',
        mentorText: 'How confident are you coaching Excel?',
        mentorTextDe: 'Wie sicher fühlen Sie sich darin, beim Thema Excel zu begleiten?',
      },
      expect.objectContaining({ id: 'confidence:tiktok', topic: 'tiktok', text: 'How confident are you with TikTok?' }),
    ]);
  });

  it('survey respond asks mentors how confident they are coaching a topic, mentees how confident they are with it', async () => {
    const db = tempDbPath();
    await withRound(db);
    expect((await tandem(db, ['participant', 'add', '--round', '2026', '--role', 'mentee', '--name', 'A', '--email', 'a@example.com', '--topics', 'excel'])).code).toBe(0);
    expect((await tandem(db, ['survey', 'create', '--round', '2026', '--name', 'start', '--kind', 'baseline'])).code).toBe(0);
    for (const [role, message, answer] of [
      ['mentor', /^\(1\/1\) How confident are you coaching excel\? \(1 = lowest, 5 = highest\)$/, 5],
      ['mentee', /^\(1\/1\) How confident are you with excel\? \(1 = lowest, 5 = highest\)$/, 2],
    ] as const) {
      const script = [{ kind: 'select' as const, message, answer }, { kind: 'confirm' as const, answer: true }];
      const result = await tandem(db, ['survey', 'respond', '--round', '2026', '--name', 'start', '--role', role], { tty: true, script });
      expect(result.code, result.stderr).toBe(0);
    }
    const list = JSON.parse((await tandem(db, ['survey', 'list', '--round', '2026', '--json'])).stdout);
    expect(list[0]).toMatchObject({ responses: 2, mentors: 1, mentees: 1 });
  });
});
