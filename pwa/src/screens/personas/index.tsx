import { isReviewDue, PERSONA_REVIEW_MONTHS, type Persona } from '@jalon/core';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { PlanGate } from '../../ui/plan-data.tsx';
import { messages } from './messages.ts';
import { PersonaCard } from './persona-card.tsx';
import { PersonaForm } from './persona-form.tsx';
import './personas.css';
import { useEditing } from '../../ui/editing.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';

/** Step 2: the buyer personas, with a mark on those due for their six-monthly review. */
export default function PersonasScreen({ planId }: ScreenProps) {
  const t = useT(messages);
  const lang = useLang();
  const [creating, setCreating] = useEditing('personas:new');
  return (
    <PlanGate planId={planId}>
      {(data) => {
        const day = today();
        const due = data.personas.filter((p) =>
          isReviewDue(p.lastReviewed, day, PERSONA_REVIEW_MONTHS),
        ).length;
        return (
          <div class="desk personas">
            <div class="section-head">
              <h1>{t('title')}</h1>
              {!creating && (
                <button type="button" class="primary no-print" onClick={() => setCreating(true)}>
                  {t('newPersona')}
                </button>
              )}
            </div>
            <p class="muted">{t('intro')}</p>
            {due > 0 && <p class="chip warn">{t(pluralKey('dueCount', due, lang), { count: due })}</p>}
            {creating && (
              <article class="card">
                <h3>{t('newPersona')}</h3>
                <PersonaForm planId={planId} onDone={() => setCreating(false)} />
              </article>
            )}
            <OrphanForms<Persona> table="personas" live={data.personas}>
              {(base, close) => <PersonaForm base={base} planId={planId} onDone={close} />}
            </OrphanForms>
            {data.personas.length === 0 && !creating && <p class="muted">{t('empty')}</p>}
            {data.personas.map((p) => (
              <PersonaCard key={p.id} persona={p} planId={planId} />
            ))}
          </div>
        );
      }}
    </PlanGate>
  );
}
