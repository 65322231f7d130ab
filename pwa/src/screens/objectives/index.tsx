import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { FunnelEditor } from './funnel.tsx';
import { IntermediateObjectives } from './intermediate.tsx';
import { messages } from './messages.ts';
import { ObjectiveCard } from './objective-card.tsx';
import { ObjectiveForm } from './objective-form.tsx';
import './objectives.css';
import type { Objective } from '@jalon/core';
import { useEditing } from '../../ui/editing.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';

/** Step 1: SMART objectives, the reverse funnel behind them and the intermediate targets it yields. */
export default function ObjectivesScreen({ planId }: ScreenProps) {
  return <PlanGate planId={planId}>{(data) => <Objectives data={data} />}</PlanGate>;
}

function Objectives({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const [creating, setCreating] = useEditing('objectives:new');
  const business = data.objectives.filter((o) => o.kind !== 'intermediate');
  return (
    <div class="desk objectives">
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <section aria-labelledby="obj-business">
        <div class="section-head">
          <h2 id="obj-business">{t('business')}</h2>
          {!creating && (
            <button type="button" class="primary no-print" onClick={() => setCreating(true)}>
              {t('newObjective')}
            </button>
          )}
        </div>
        {creating && (
          <article class="card">
            <h3>{t('newObjective')}</h3>
            <ObjectiveForm data={data} onDone={() => setCreating(false)} />
          </article>
        )}
        <OrphanForms<Objective> table="objectives" live={data.objectives}>
          {(base, close) => <ObjectiveForm base={base} data={data} onDone={close} />}
        </OrphanForms>
        {business.length === 0 && !creating && <p class="muted">{t('noBusiness')}</p>}
        {business.map((o) => (
          <ObjectiveCard key={o.id} objective={o} data={data} />
        ))}
      </section>
      <section aria-labelledby="obj-funnel">
        <h2 id="obj-funnel">{t('funnel')}</h2>
        <p class="muted">{t('funnelIntro')}</p>
        <FunnelEditor data={data} />
      </section>
      <section aria-labelledby="obj-intermediate">
        <h2 id="obj-intermediate">{t('intermediate')}</h2>
        <p class="muted">{t('intermediateIntro')}</p>
        <IntermediateObjectives data={data} />
      </section>
    </div>
  );
}
