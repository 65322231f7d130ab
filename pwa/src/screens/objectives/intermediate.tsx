import { benchmarkStageLabel, type DerivedObjective, deriveObjectives, type Objective } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorText } from '../../ui/errors.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { editFields } from '../../ui/records.ts';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { messages } from './messages.ts';
import { ObjectiveCard } from './objective-card.tsx';

/**
 * The intermediate objectives, one per funnel stage: what `deriveObjectives` computes now from
 * the plan's funnel, next to what is saved. A saved target that no longer matches (the rates or
 * the goal changed) can be brought up to date; missing stages can be created in one go.
 */
export function IntermediateObjectives({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const lang = useLang();
  const { state, run } = useSave();
  const stored = data.objectives.filter((o) => o.kind === 'intermediate');
  let derived: DerivedObjective[];
  try {
    derived = deriveObjectives(data.plan, {
      customersLabel: benchmarkStageLabel('customers', lang, 'short') ?? '',
    }).objectives;
  } catch (error) {
    return <p class="error">{t('funnelBroken', { error: errorText(error, lang) })}</p>;
  }
  const parent =
    data.objectives.find((o) => o.kind === 'business' && o.unit === 'currency') ??
    data.objectives.find((o) => o.kind === 'business');
  const missing = derived.filter((d) => !stored.some((o) => o.stageId === d.stageId));
  const create = () =>
    run(async () => {
      for (const d of missing) {
        await write.addRecord('objectives', {
          planId: data.plan.id,
          title: t('intermediateTitle', { label: d.label, target: formatNumber(d.target, lang) }),
          kind: 'intermediate',
          metric: d.metric,
          unit: 'number',
          target: d.target,
          startDate: d.startDate,
          deadline: d.deadline,
          stageId: d.stageId,
          ...(parent ? { parentId: parent.id } : {}),
        });
      }
    });
  const others = stored.filter((o) => !derived.some((d) => d.stageId === o.stageId));
  return (
    <>
      <ul class="list intermediate">
        {derived.map((d) => (
          <Row
            key={d.stageId}
            derived={d}
            objective={stored.find((o) => o.stageId === d.stageId)}
            data={data}
            run={run}
          />
        ))}
      </ul>
      {others.map((o) => (
        <ObjectiveCard key={o.id} objective={o} data={data} />
      ))}
      {missing.length > 0 && (
        <button type="button" class="primary no-print" onClick={create}>
          {t('createIntermediate')}
        </button>
      )}
      <SaveStatus state={state} />
    </>
  );
}

function Row({
  derived,
  objective,
  data,
  run,
}: {
  derived: DerivedObjective;
  objective: Objective | undefined;
  data: LoadedPlan;
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}) {
  const t = useT(messages);
  const lang = useLang();
  const target = formatNumber(derived.target, lang);
  const stale = objective !== undefined && objective.target !== derived.target;
  return (
    <li data-stage={derived.stageId}>
      <div class="card-head">
        <strong>{derived.label}</strong>
        <span>{t('derivedTarget', { target })}</span>
      </div>
      {!objective && <p class="muted">{t('notCreated')}</p>}
      {objective && (
        <details>
          <summary>
            {objective.title}
            {stale && objective.target !== undefined && (
              <span class="status-at-risk">
                {' '}
                · {t('storedTarget', { target: formatNumber(objective.target, lang) })}
              </span>
            )}
          </summary>
          <ObjectiveCard objective={objective} data={data} />
        </details>
      )}
      {stale && objective && (
        <button
          type="button"
          class="no-print"
          onClick={() => run(() => editFields('objectives', objective, { target: derived.target }))}
        >
          {t('updateTarget')}
        </button>
      )}
    </li>
  );
}
