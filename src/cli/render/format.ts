import type { Lang } from '../../core/i18n/index.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date in the language's short format (en: 2026-01-15 is "15 Jan 2026"; de:
 * "15.01.2026"). Written out rather than through date-fns: every table needs it, and
 * loading date-fns' formatter would double the start-up time of `round list`.
 */
export function formatDate(date: string | null | undefined, lang: Lang): string {
  if (!date) return '–';
  const [year, month, day] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return lang === 'de' ? `${day}.${month}.${year}` : `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** A date written out in full, for certificates and HTML reports ("15 January 2026", "15. Januar 2026"). */
export async function formatLongDate(date: string, lang: Lang): Promise<string> {
  const [{ format }, { parseISO }, locale] = await Promise.all([
    import('date-fns/format'),
    import('date-fns/parseISO'),
    lang === 'de' ? import('date-fns/locale/de').then((m) => m.de) : import('date-fns/locale/en-GB').then((m) => m.enGB),
  ]);
  return format(parseISO(date), 'PPP', { locale });
}

/** Minutes as hours with one decimal ("2.5 h" / "2,5 Std."). */
export function formatHours(minutes: number, lang: Lang): string {
  const hours = toHours(minutes);
  return lang === 'de' ? `${hours.toLocaleString('de-DE')} Std.` : `${hours} h`;
}

/** Minutes as hours rounded to one decimal. */
export function toHours(minutes: number): number {
  return Math.round((minutes / 60) * 10) / 10;
}

/** A number in the language's format. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
}
