import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { de } from 'date-fns/locale/de';
import type { Lang } from '../../core/i18n/index.js';

/** A date in the language's short format (en: 2026-01-15 is "15 Jan 2026"; de: "15.01.2026"). */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '–';
  const d = parseISO(date);
  return lang === 'de' ? format(d, 'dd.MM.yyyy', { locale: de }) : format(d, 'd MMM yyyy');
}

/** Minutes as hours with one decimal ("2.5 h" / "2,5 Std."). */
export function formatHours(minutes: number, lang: Lang): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return lang === 'de' ? `${hours.toLocaleString('de-DE')} Std.` : `${hours} h`;
}

/** A number in the language's format. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
}
