import type { Lever, LeverDecision } from '@jalon/core';
import { useId } from 'preact/hooks';
import { useT } from '../../i18n/messages.ts';
import { labels } from '../../ui/labels.ts';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { setCause, setDecision } from './decide.ts';
import { messages } from './messages.ts';

const decisions: readonly LeverDecision[] = ['continue', 'stop', 'start'];
const causes = ['lever', 'execution', 'unknown'] as const;

/**
 * The workshop's sort, one tap each: continue / stop / start, and the question the method asks
 * before a stop — was it the lever or its execution? Both save at once.
 */
export function DecisionPanel({ lever }: { lever: Lever }) {
  const t = useT(messages);
  const tl = useT(labels);
  const id = useId();
  const { state, run } = useSave();
  const decide = (decision: LeverDecision) =>
    run(() => setDecision(lever, lever.decision === decision ? 'undecided' : decision));
  const chooseCause = (cause: (typeof causes)[number]) => run(() => setCause(lever, cause));
  const warn = lever.decision === 'stop' && lever.lastPeriod.cause !== 'lever';
  return (
    <div class="decision no-print">
      <Segmented
        legend={t('decision')}
        value={lever.decision}
        options={decisions.map((d) => ({ value: d, label: tl(`decision.${d}`) }))}
        onChange={decide}
      />
      <label for={id}>{t('cause')}</label>
      <select
        id={id}
        value={lever.lastPeriod.cause}
        onChange={(e) => chooseCause(e.currentTarget.value as (typeof causes)[number])}
      >
        {causes.map((c) => (
          <option key={c} value={c}>
            {tl(`cause.${c}`)}
          </option>
        ))}
      </select>
      <p class={warn ? 'chip warn note' : 'muted note'}>{t('causeNote')}</p>
      <SaveStatus state={state} />
    </div>
  );
}
