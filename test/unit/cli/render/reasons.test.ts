import { describe, expect, it } from 'vitest';
import { loadLanguage, translator } from '../../../../src/core/i18n/index.js';
import type { Reason } from '../../../../src/core/matching/types.js';
import { pairReasonFields, reasonFields, reasonLabel } from '../../../../src/cli/render/reasons.js';

describe('reason rendering', () => {
  it.each<[Reason, string, string]>([
    [{ kind: 'topic', topic: 'instagram' }, 'shared topic: instagram', 'gemeinsames Thema: instagram'],
    [{ kind: 'location', location: 'Hamburg' }, 'same location: Hamburg', 'gleicher Standort: Hamburg'],
    [{ kind: 'department', mentor: 'IT', mentee: 'Sales' }, 'different departments: IT / Sales', 'verschiedene Abteilungen: IT / Sales'],
    [{ kind: 'department', mentor: 'R&D / Ops', mentee: 'Sales' }, 'different departments: R&D / Ops / Sales', 'verschiedene Abteilungen: R&D / Ops / Sales'],
    [{ kind: 'department' }, 'different departments', 'verschiedene Abteilungen'],
    [{ kind: 'forced', rule: 'reporting line' }, 'forced by hand despite: reporting line', 'von Hand gesetzt trotz: Berichtslinie'],
    [{ kind: 'forced', rule: 'earlier pair' }, 'forced by hand despite: earlier pair', 'von Hand gesetzt trotz: schon früher ein Paar'],
    [{ kind: 'text', text: 'matched by hand in 2024' }, 'matched by hand in 2024', 'matched by hand in 2024'],
  ])('%j → %s / %s', async (r, en, de) => {
    await loadLanguage('de');
    expect(reasonLabel(r, translator('en'))).toBe(en);
    expect(reasonLabel(r, translator('de'))).toBe(de);
  });

  it('gives JSON the English sentences and the data', () => {
    const why: Reason[] = [{ kind: 'topic', topic: 'instagram' }, { kind: 'department', mentor: 'R&D / Ops', mentee: 'Sales' }];
    expect(reasonFields(why)).toEqual({ reasons: ['shared topic: instagram', 'different departments: R&D / Ops / Sales'], why });
    expect(pairReasonFields(why)).toEqual({ reasons: ['shared topic: instagram', 'different departments: R&D / Ops / Sales'], why, forced: false });
    const forced: Reason[] = [{ kind: 'forced', rule: 'language' }];
    expect(pairReasonFields(forced)).toEqual({ reasons: ['forced by hand despite: language'], why: forced, forced: true });
  });
});
