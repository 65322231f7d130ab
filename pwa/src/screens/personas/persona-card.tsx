import { isReviewDue, PERSONA_REVIEW_MONTHS, type Persona } from '@jalon/core';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useEditing } from '../../ui/editing.ts';
import { uiMessages } from '../../ui/messages.ts';
import { editFields } from '../../ui/records.ts';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { messages } from './messages.ts';
import { listFields, listLabels, PersonaForm } from './persona-form.tsx';

export function PersonaCard({ persona, planId }: { persona: Persona; planId: string }) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const lang = useLang();
  const [editing, setEditing] = useEditing(`personas:${persona.id}`);
  const { state, run } = useSave();
  const due = isReviewDue(persona.lastReviewed, today(), PERSONA_REVIEW_MONTHS);
  if (editing) {
    return (
      <article class="card" data-persona={persona.id}>
        <h3>{t('editPersona')}</h3>
        <PersonaForm persona={persona} planId={planId} onDone={() => setEditing(false)} />
      </article>
    );
  }
  const markReviewed = () => run(() => editFields('personas', persona, { lastReviewed: today() }));
  return (
    <article class="card" data-persona={persona.id} data-due={due ? 'yes' : 'no'}>
      <div class="card-head">
        <h3>{persona.name}</h3>
        {due && <span class="chip warn">{t('reviewDue')}</span>}
      </div>
      <p class="facts">
        {persona.role && <span>{persona.role}</span>}
        {persona.company && <span>{persona.company}</span>}
        <span>
          {persona.lastReviewed
            ? t('reviewedOn', { date: formatDate(persona.lastReviewed, lang) })
            : t('neverReviewed')}
        </span>
      </p>
      <details>
        <summary>{t('details')}</summary>
        <dl class="persona-lists">
          {listFields
            .filter((field) => persona[field].length > 0)
            .map((field) => (
              <div key={field}>
                <dt>{t(listLabels[field])}</dt>
                <dd>
                  <ul>
                    {persona[field].map((item, i) => (
                      <li key={`${i}-${item}`}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
        </dl>
        {persona.notes && <p>{persona.notes}</p>}
      </details>
      <div class="actions-bar no-print">
        <button type="button" onClick={() => setEditing(true)}>
          {tu('edit')}
        </button>
        {due && (
          <button type="button" class="primary" onClick={markReviewed}>
            {t('markReviewed')}
          </button>
        )}
      </div>
      <SaveStatus state={state} />
    </article>
  );
}
