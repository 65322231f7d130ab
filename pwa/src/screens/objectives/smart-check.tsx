import { checkSmart, type SmartCriterion } from '@jalon/core';
import { today } from '../../i18n/format.ts';
import { useT } from '../../i18n/messages.ts';
import { messages } from './messages.ts';

/** core does not export the input type by name. */
type SmartObjective = Parameters<typeof checkSmart>[0];

const criteria: readonly SmartCriterion[] = [
  'specific',
  'measurable',
  'achievable',
  'realistic',
  'timeBound',
];

/** The five SMART criteria of an objective (or of a draft, live while it is typed), each with why it fails. */
export function SmartCheck({ objective }: { objective: SmartObjective }) {
  const t = useT(messages);
  const result = checkSmart(objective, today());
  return (
    <details class="smart" open={!result.smart}>
      <summary>
        <strong class={result.smart ? 'status-achieved' : 'status-at-risk'}>
          {result.smart ? `✓ ${t('smartOk')}` : `⚠ ${t('smartNot')}`}
        </strong>{' '}
        <span class="muted">{t('smartTitle')}</span>
      </summary>
      <ul class="criteria">
        {criteria.map((c) => {
          const { ok, reason } = result.criteria[c];
          return (
            <li key={c} class={ok ? 'ok' : 'ko'} data-criterion={c}>
              <span aria-hidden="true">{ok ? '✓' : '✗'}</span> <strong>{t(`criterion.${c}`)}</strong>
              {reason && <span> — {t(reason)}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
