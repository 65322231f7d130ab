import type { Lever } from '@jalon/core';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useEditing } from '../../ui/editing.ts';
import { KpiProgress } from '../../ui/kpi-progress.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { linkedKpis } from '../../ui/links.ts';
import { uiMessages } from '../../ui/messages.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { DecisionPanel } from './decision.tsx';
import { formatFigure } from './figures.ts';
import { LeverForm } from './lever-form.tsx';
import { messages } from './messages.ts';

/** Everything about one lever, opened from its card on the board: the ground for the decision and its edit form. */
export function LeverDetails({ lever, data }: { lever: Lever; data: LoadedPlan }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const [editing, setEditing] = useEditing(`levers:${lever.id}`);
  if (editing) {
    return (
      <div class="lever-details">
        <h3>{t('editLever')}</h3>
        <LeverForm lever={lever} data={data} onDone={() => setEditing(false)} />
      </div>
    );
  }
  const served = data.objectives.filter((o) => lever.objectiveIds.includes(o.id));
  const { figures, verdict, cause } = lever.lastPeriod;
  return (
    <div class="lever-details">
      <h4>{t('lastPeriod')}</h4>
      {figures.length === 0 ? (
        <p class="muted">{t('noFigures')}</p>
      ) : (
        <dl class="figures">
          {figures.map((f, i) => (
            <div key={`${i}-${f.label}`}>
              <dt>{f.label}</dt>
              <dd>{formatFigure(f, lang)}</dd>
            </div>
          ))}
        </dl>
      )}
      {verdict && <p>{t('verdictLine', { verdict })}</p>}
      {/* On screen the decision panel's select shows the cause; paper gets it as text. */}
      <p class="muted print-only">
        {t('cause')} <strong>{labelOf(tl, 'cause', cause)}</strong>
      </p>
      <DecisionPanel lever={lever} />
      <h4>{t('serves')}</h4>
      {served.length === 0 ? (
        <p class="muted">{t('noObjective')}</p>
      ) : (
        <ul class="plain">
          {served.map((o) => (
            <li key={o.id}>{o.title}</li>
          ))}
        </ul>
      )}
      <p class="facts">
        {lever.target && (
          <span>
            {t('targetLine', { metric: lever.target.metric, value: formatFigure(lever.target, lang) })}
          </span>
        )}
        <span>{t('weight', { weight: formatNumber(lever.weight, lang) })}</span>
      </p>
      <h4>{t('kpis')}</h4>
      <KpiProgress
        kpis={linkedKpis(lever, data.kpis, 'leverId')}
        entries={data.kpiEntries}
        currency={data.plan.currency}
      />
      <div class="actions-bar no-print">
        <button type="button" onClick={() => setEditing(true)}>
          {tu('edit')}
        </button>
      </div>
    </div>
  );
}
