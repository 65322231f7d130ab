import type { Lever } from '@jalon/core';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { PlanGate } from '../../ui/plan-data.tsx';
import { Board } from './board.tsx';
import { LeverForm } from './lever-form.tsx';
import { messages } from './messages.ts';
import './levers.css';
import { useEditing } from '../../ui/editing.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';

/** Step 3: the levers workshop, a continue / stop / start board. */
export default function LeversScreen({ planId }: ScreenProps) {
  const t = useT(messages);
  const [creating, setCreating] = useEditing('levers:new');
  return (
    <PlanGate planId={planId}>
      {(data) => (
        <div class="desk levers">
          <div class="section-head">
            <h1>{t('title')}</h1>
            {!creating && (
              <button type="button" class="primary no-print" onClick={() => setCreating(true)}>
                {t('newLever')}
              </button>
            )}
          </div>
          <p class="muted">{t('intro')}</p>
          {creating && (
            <article class="card">
              <h3>{t('newLever')}</h3>
              <LeverForm data={data} onDone={() => setCreating(false)} />
            </article>
          )}
          <OrphanForms<Lever> table="levers" live={data.levers}>
            {(base, close) => <LeverForm base={base} data={data} onDone={close} />}
          </OrphanForms>
          {data.levers.length === 0 && !creating ? <p class="muted">{t('empty')}</p> : <Board data={data} />}
        </div>
      )}
    </PlanGate>
  );
}
