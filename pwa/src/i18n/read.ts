import { moneyFromText, parseMetric } from '@jalon/core';

/**
 * Numbers typed in forms, read the way the user writes them (core's parseMetric with the
 * interface's locale). Undefined when the text is not what the field asks for.
 */

/** An amount in integer cents of `currency`: "12 000 €", "12k", "12 000". */
export function readMoney(text: string, currency: string, locale: string): number | undefined {
  return moneyFromText(text, currency, locale);
}

/** A conversion rate in (0, 1], typed as a percentage with or without the sign: "3,5 %" or "3,5". */
export function readRate(text: string, locale: string): number | undefined {
  const metric = parseMetric(text, locale);
  if (!metric || metric.kind === 'currency') return undefined;
  const rate = metric.value / 100;
  return rate > 0 && rate <= 1 ? rate : undefined;
}
