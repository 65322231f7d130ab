import type { KeyAction, Resolved } from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/locale.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { MessageKey } from './messages.ts';

const short: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** "12 Mar 2026 → 14 Mar 2026", or one day, from the dates `schedule` resolved. */
export function spanText(start: string, end: string, t: Translate<MessageKey>, lang: Lang): string {
  const s = formatDate(start, lang, short);
  return start === end ? t('day', { date: s }) : t('dates', { start: s, end: formatDate(end, lang, short) });
}

/**
 * When an action happens, as a marketer says it: its resolved dates, and for an associated action
 * where it stands relative to its anchor ("14 d before “Webinar”").
 */
export function whenText(
  action: KeyAction,
  resolved: Resolved,
  titles: ReadonlyMap<string, string>,
  t: Translate<MessageKey>,
  lang: Lang,
): string {
  const reason = resolved.unplaced.get(action.id);
  if (reason) return t(`unplaced.${reason}`);
  const at = resolved.dates.get(action.id);
  if (!at) return t('unplaced');
  const dates = spanText(at.start, at.end, t, lang);
  if (!action.relativeTo) return dates;
  const anchor = titles.get(action.relativeTo.actionId) ?? '?';
  const { offsetDays } = action.relativeTo;
  const relative =
    offsetDays === 0
      ? t('sameDay', { anchor })
      : t('relative', {
          days: Math.abs(offsetDays),
          direction: t(offsetDays < 0 ? 'before' : 'after'),
          anchor,
        });
  return `${relative} · ${dates}`;
}
