import type { Objective } from '@jalon/core';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useEditing } from '../../ui/editing.ts';
import { KpiProgress, overallStatus } from '../../ui/kpi-progress.tsx';
import { labelOf, labels } from '../../ui/labels.ts';
import { linkedKpis } from '../../ui/links.ts';
import { uiMessages } from '../../ui/messages.ts';
import { StatusBadge } from '../../ui/pace-bar.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { formatValue } from '../../ui/values.ts';
import { messages } from './messages.ts';
import { ObjectiveForm } from './objective-form.tsx';
import { SmartCheck } from './smart-check.tsx';

/** One objective: its figures, SMART check and progress against pace; edited in place. */
export function ObjectiveCard({ objective, data }: { objective: Objective; data: LoadedPlan }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const tl = useT(labels);
  const lang = useLang();
  const [editing, setEditing] = useEditing(`objectives:${objective.id}`);
  if (editing) {
    return (
      <article class="card" data-objective={objective.id}>
        <h3>{t('editObjective')}</h3>
        <ObjectiveForm objective={objective} data={data} onDone={() => setEditing(false)} />
      </article>
    );
  }
  const kpis = linkedKpis(objective, data.kpis, 'objectiveId');
  const status = overallStatus(kpis, data.kpiEntries, today());
  const value = (v: number | undefined) =>
    v === undefined ? tu('none') : formatValue(v, objective.unit, data.plan.currency, lang);
  return (
    <article class="card" data-objective={objective.id}>
      <div class="card-head">
        <h3>{objective.title}</h3>
        {kpis.length > 0 && <StatusBadge status={status} label={labelOf(tl, 'status', status)} />}
        <button type="button" class="no-print" onClick={() => setEditing(true)}>
          {tu('edit')}
        </button>
      </div>
      {objective.kind === 'intermediate' && <p class="muted">{tl('kind.intermediate')}</p>}
      {objective.description && <p>{objective.description}</p>}
      <p class="facts">
        {objective.metric && <span>{objective.metric}</span>}
        {(objective.baseline !== undefined || objective.target !== undefined) && (
          <span>
            {t('baselineToTarget', { baseline: value(objective.baseline), target: value(objective.target) })}
          </span>
        )}
        {objective.deadline && <span>{t('due', { date: formatDate(objective.deadline, lang) })}</span>}
        {objective.owner && <span>{t('owner', { owner: objective.owner })}</span>}
      </p>
      <SmartCheck objective={objective} />
      <h4>{t('progress')}</h4>
      <KpiProgress kpis={kpis} entries={data.kpiEntries} currency={data.plan.currency} />
    </article>
  );
}
