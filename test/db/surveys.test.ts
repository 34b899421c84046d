import { describe, expect, it } from 'vitest';
import { StateError } from '../../src/core/errors.js';
import { STANDARD_QUESTIONS } from '../../src/core/survey/questions.js';
import { openDatabase } from '../../src/db/open.js';
import { insertRound } from '../../src/db/rounds.js';
import {
  findSurvey,
  getSurvey,
  insertResponse,
  insertSurvey,
  listSurveys,
  loadResponses,
  loadRoundSurvey,
  responseCounts,
} from '../../src/db/surveys.js';
import type { Db } from '../../src/db/types.js';
import { tempDbPath } from '../helpers/cli.js';

function setup(): { db: Db; round: ReturnType<typeof insertRound> } {
  const db = openDatabase(tempDbPath(), { write: true, busyTimeoutMs: 1000 });
  const round = insertRound(db, {
    name: '2026',
    startsOn: '2026-01-15',
    endsOn: '2026-07-15',
    cadenceDays: 14,
    minSessions: 6,
    mentorsPerMentee: 1,
  });
  return { db, round };
}

describe('survey repository', () => {
  it('stores a survey with its questionnaire and finds it by round and name', () => {
    const { db, round } = setup();
    const created = insertSurvey(db, round, 'final', STANDARD_QUESTIONS);
    expect(findSurvey(db, round.id, 'final')).toEqual(created);
    expect(created.questions).toEqual(STANDARD_QUESTIONS.map((q) => ({ ...q })));
    expect(findSurvey(db, round.id, 'midpoint')).toBeUndefined();
    expect(() => insertSurvey(db, round, 'final', STANDARD_QUESTIONS)).toThrow(StateError);
    expect(() => getSurvey(db, round, 'midpoint')).toThrow(expect.objectContaining({ exitCode: 1, key: 'error.survey.notFound' }));
    db.close();
  });

  it('stores responses as role + answers under random ids, and loads them back', () => {
    const { db, round } = setup();
    const survey = insertSurvey(db, round, 'final', STANDARD_QUESTIONS);
    const ids: number[] = [];
    for (let i = 0; i < 200; i++) {
      ids.push(insertResponse(db, survey.id, { role: i % 3 === 0 ? 'mentor' : 'mentee', answers: { nps: i % 11 } }));
    }
    for (const id of ids) {
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(1);
      expect(id).toBeLessThan(2 ** 48);
    }
    expect(new Set(ids).size).toBe(200);
    // Insertion order leaves no trace in the ids (200 increasing random draws: probability 1/200!).
    expect([...ids].sort((a, b) => a - b)).not.toEqual(ids);
    // Nor in the table's own order, which follows the id.
    const stored = db.prepare('SELECT id FROM survey_response').pluck().all() as number[];
    expect(stored).toEqual([...ids].sort((a, b) => a - b));
    const loaded = loadResponses(db, survey.id);
    expect(loaded).toHaveLength(200);
    expect(loaded.filter((r) => r.role === 'mentor')).toHaveLength(67);
    expect(responseCounts(db, survey.id)).toEqual({ mentor: 67, mentee: 133 });
    db.close();
  });

  it('draws again when a random id is taken', () => {
    const { db, round } = setup();
    const survey = insertSurvey(db, round, 'final', STANDARD_QUESTIONS);
    const draws = [42, 42, 42, 7];
    const next = () => draws.shift()!;
    expect(insertResponse(db, survey.id, { role: 'mentor', answers: {} }, next)).toBe(42);
    expect(insertResponse(db, survey.id, { role: 'mentee', answers: {} }, next)).toBe(7);
    expect(draws).toEqual([]);
    // A source that only ever repeats itself is a bug, not bad luck: it fails instead of looping.
    expect(() => insertResponse(db, survey.id, { role: 'mentee', answers: {} }, () => 42)).toThrow(/no free survey response id/);
    expect(responseCounts(db, survey.id)).toEqual({ mentor: 1, mentee: 1 });
    db.close();
  });

  it('loadRoundSurvey: the survey named final, else the latest; null without one', () => {
    const { db, round } = setup();
    expect(loadRoundSurvey(db, round.id)).toBeNull();
    const midpoint = insertSurvey(db, round, 'midpoint', STANDARD_QUESTIONS);
    insertResponse(db, midpoint.id, { role: 'mentor', answers: { recommend: true } });
    expect(loadRoundSurvey(db, round.id)).toEqual({ survey: midpoint, responses: [{ role: 'mentor', answers: { recommend: true } }] });
    const final = insertSurvey(db, round, 'final', STANDARD_QUESTIONS);
    insertSurvey(db, round, 'follow-up', STANDARD_QUESTIONS);
    expect(loadRoundSurvey(db, round.id)).toEqual({ survey: final, responses: [] });
    expect(listSurveys(db, round.id).map((s) => s.name)).toEqual(['midpoint', 'final', 'follow-up']);
    db.close();
  });

  it('reports damaged rows as StateError (exit 1), not as a crash', () => {
    const { db, round } = setup();
    const survey = insertSurvey(db, round, 'final', STANDARD_QUESTIONS);
    db.prepare(`INSERT INTO survey_response (id, survey_id, role, answers) VALUES (5, ?, 'mentor', 'not json')`).run(survey.id);
    expect(() => loadResponses(db, survey.id)).toThrow(expect.objectContaining({ exitCode: 1, key: 'error.survey.badResponse' }));
    db.prepare(`INSERT INTO survey (round_id, name, questions) VALUES (?, 'broken', '[{"id":"x"}]')`).run(round.id);
    expect(() => findSurvey(db, round.id, 'broken')).toThrow(expect.objectContaining({ exitCode: 1, key: 'error.survey.badQuestions' }));
    db.close();
  });
});
