import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY_NAME, parseSurveyName } from '../../../../src/core/survey/name.js';

describe('parseSurveyName', () => {
  it.each([
    ['final', 'final'],
    ['  midpoint ', 'midpoint'],
    ['Zwischenbilanz Mai', 'Zwischenbilanz Mai'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['😀'.repeat(60), '😀'.repeat(60)],
  ])('%j → %j', (raw, name) => {
    expect(parseSurveyName(raw)).toBe(name);
  });

  it.each(['', '   ', 'x'.repeat(61), 'a\nb', 'tab\there', '\u001b[31m'])('refuses %j with exit 2', (raw) => {
    expect(() => parseSurveyName(raw)).toThrow(expect.objectContaining({ exitCode: 2, key: 'error.survey.name' }));
  });

  it('defaults to final', () => {
    expect(DEFAULT_SURVEY_NAME).toBe('final');
  });
});
