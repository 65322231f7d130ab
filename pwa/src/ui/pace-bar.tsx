import type { KpiStatus } from '@jalon/core';
import { formatRate } from '../i18n/format.ts';
import { useLang } from '../i18n/locale.ts';
import { useT } from '../i18n/messages.ts';
import { labelOf, labels } from './labels.ts';
import { uiMessages } from './messages.ts';

/**
 * Progress towards a target with a tick where the pace says it should be today (kpiStatus's
 * `progress` and `expected`, both shares of the way from baseline to target). The numbers are in
 * the text too: the bar is decoration for those who can see it.
 */
export function PaceBar({
  progress,
  expected,
  status,
}: {
  progress: number;
  expected: number;
  status: KpiStatus;
}) {
  const t = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const text = t('progressOf', {
    progress: formatRate(progress, lang),
    expected: formatRate(expected, lang),
  });
  return (
    <div class="pace">
      <div class="pace-track" aria-hidden="true">
        <div class={`pace-fill status-bg-${status}`} style={{ width: `${clamp(progress) * 100}%` }} />
        <div class="pace-mark" style={{ left: `${clamp(expected) * 100}%` }} />
      </div>
      <p class="pace-text">
        <StatusBadge status={status} label={labelOf(tl, 'status', status)} />{' '}
        <span class="muted">{text}</span>
      </p>
    </div>
  );
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <strong class={`badge status-${status}`}>{label}</strong>;
}
