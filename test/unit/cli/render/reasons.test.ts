import { describe, expect, it } from 'vitest';
import { loadLanguage, translator } from '../../../../src/core/i18n/index.js';
import type { Reason } from '../../../../src/core/matching/types.js';
import { reasonFields, reasonLabel } from '../../../../src/cli/render/reasons.js';

describe('reason rendering', () => {
  it.each<[Reason, string, string]>([
    [{ kind: 'topic', topic: 'instagram' }, 'shared topic: instagram', 'gemeinsames Thema: instagram'],
    [{ kind: 'location', location: 'Hamburg' }, 'same location: Hamburg', 'gleicher Standort: Hamburg'],
    [{ kind: 'department', mentor: 'IT', mentee: 'Sales' }, 'different departments: IT / Sales', 'verschiedene Abteilungen: IT / Sales'],
    [{ kind: 'department', mentor: 'R&D / Ops', mentee: 'Sales' }, 'different departments: R&D / Ops / Sales', 'verschiedene Abteilungen: R&D / Ops / Sales'],
    [{ kind: 'department' }, 'different departments', 'verschiedene Abteilungen'],
    [{ kind: 'text', text: 'matched by hand in 2024' }, 'matched by hand in 2024', 'matched by hand in 2024'],
  ])('%j → %s / %s', async (r, en, de) => {
    await loadLanguage('de');
    expect(reasonLabel(r, translator('en'))).toBe(en);
    expect(reasonLabel(r, translator('de'))).toBe(de);
  });

  it('gives JSON the English sentences and the data', () => {
    const why: Reason[] = [{ kind: 'topic', topic: 'instagram' }, { kind: 'department', mentor: 'R&D / Ops', mentee: 'Sales' }];
    expect(reasonFields(why)).toEqual({ reasons: ['shared topic: instagram', 'different departments: R&D / Ops / Sales'], why });
  });
});
