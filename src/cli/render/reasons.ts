import { translator, type T } from '../../core/i18n/index.js';
import type { Reason } from '../../core/matching/types.js';
import { TOPIC_KEYS, type TopicName } from '../../core/tags.js';

/** A reason in the language of `t`, a topic by `topic` ("shared topic: Instagram", "gemeinsames Thema: Instagram"); JSON keeps the keys. */
export function reasonLabel(r: Reason, t: T, topic: TopicName = TOPIC_KEYS): string {
  switch (r.kind) {
    case 'topic':
      return t('reason.topic', { topic: topic(r.topic) });
    case 'location':
      return t('reason.location', { location: r.location });
    case 'department':
      return r.mentor === undefined || r.mentee === undefined
        ? t('reason.departments')
        : t('reason.department', { mentor: r.mentor, mentee: r.mentee });
    case 'forced':
      return t('reason.forced', { rule: t(`cause.${r.rule}`) });
    case 'text':
      return r.text;
  }
}

/** The JSON fields of a pair's reasons: `reasons` as English sentences (what scripts read), `why` as data. */
export function reasonFields(reasons: readonly Reason[]): { reasons: string[]; why: Reason[] } {
  const en = translator('en');
  return { reasons: reasons.map((r) => reasonLabel(r, en)), why: [...reasons] };
}

/** The JSON fields of a pair (`pair list`, `pair match`): its reasons, and `forced` when it was paired past a hard constraint by hand. */
export function pairReasonFields(reasons: readonly Reason[]): { reasons: string[]; why: Reason[]; forced: boolean } {
  return { ...reasonFields(reasons), forced: reasons.some((r) => r.kind === 'forced') };
}
