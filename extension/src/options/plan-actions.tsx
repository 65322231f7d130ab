import type { KeyAction } from '@jalon/core';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';
import { ActionRow } from './action-row.tsx';
import { watchActions } from './data.ts';
import { failureText } from './failure.ts';

/** A plan of thousands of actions still opens at once; the rest is one click away. */
const FIRST = 50;

/** The plan's order of the year: dated actions by deadline, then the rest; ties by title. */
export function byDeadline(a: KeyAction, b: KeyAction): number {
  const da = a.deadline ?? '\uffff';
  const db = b.deadline ?? '\uffff';
  return da === db ? a.title.localeCompare(b.title) : da < db ? -1 : 1;
}

/**
 * The current plan's actions with their status, each renamed in place: the extension's one
 * edit of the plan, so a title fixed at the desk travels to the phone by the next sync. A live
 * query, so an import or a clip accepted as an action shows up without a reload.
 */
export function PlanActions({ planId, language }: { planId: string | undefined; language: Language }) {
  const t = useT();
  const [actions, setActions] = useState<KeyAction[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [all, setAll] = useState(false);

  useEffect(() => {
    setActions(undefined);
    if (!planId) return;
    return watchActions(
      planId,
      (rows) => {
        setError(undefined);
        setActions(rows.sort(byDeadline));
      },
      (caught) => setError(failureText(caught, language, t)),
    );
  }, [planId, language]);

  const shown = actions && !all ? actions.slice(0, FIRST) : actions;
  return (
    <section class="plan-actions">
      <h2>{t('actionsTitle')}</h2>
      <p class="muted">{t('actionsHint')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {actions && actions.length === 0 && <p class="muted">{t('actionsEmpty')}</p>}
      {shown && shown.length > 0 && (
        <ul>
          {shown.map((action) => (
            <ActionRow key={action.id} action={action} language={language} />
          ))}
        </ul>
      )}
      {actions && shown && shown.length < actions.length && (
        <button type="button" onClick={() => setAll(true)}>
          {t('actionsShowAll', { count: actions.length })}
        </button>
      )}
    </section>
  );
}
