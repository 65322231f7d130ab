import { getLang, intlLocale, type Lang } from './locale.ts';

/** Formatting at the edge of the app: core hands over integer cents and ISO dates. */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(key: string, lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${lang}:${key}`;
  let format = cache.get(id) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(lang), options);
    cache.set(id, format);
  }
  return format;
}

/** An amount of money; a whole amount without its ",00" (1 200 €, and 1 200,50 €). */
export function formatMoney(cents: number, currency: string, lang: Lang = getLang()): string {
  if (cents % 100 === 0)
    return numberFormat(`money-whole:${currency}`, lang, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(cents / 100);
  return numberFormat(`money:${currency}`, lang, { style: 'currency', currency }).format(cents / 100);
}

export function formatNumber(value: number, lang: Lang = getLang(), maximumFractionDigits = 2): string {
  return numberFormat(`number:${maximumFractionDigits}`, lang, { maximumFractionDigits }).format(value);
}

/** Percentages as shown (12.5 → "12,5 %"), the way KPI values of unit `percent` are kept. */
export function formatPercent(value: number, lang: Lang = getLang()): string {
  return numberFormat('percent', lang, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
}

/** A rate in (0, 1] as a percentage ("3,5 %"). */
export function formatRate(rate: number, lang: Lang = getLang()): string {
  return numberFormat('rate', lang, { style: 'percent', maximumFractionDigits: 2 }).format(rate);
}

export function formatDate(
  iso: string,
  lang: Lang = getLang(),
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const id = `${lang}:date:${JSON.stringify(options)}`;
  let format = cache.get(id) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { timeZone: 'UTC', ...options });
    cache.set(id, format);
  }
  return format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** Today as an ISO date in the user's own time zone (a marketer's "today" is local). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A KPI or objective value in its unit: currency values are cents, percentages as shown. */
export function formatValue(
  value: number,
  unit: 'number' | 'percent' | 'currency',
  currency: string,
  lang: Lang = getLang(),
): string {
  if (unit === 'currency') return formatMoney(value, currency, lang);
  if (unit === 'percent') return formatPercent(value, lang);
  return formatNumber(value, lang);
}
