import type { KeyAction } from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { errorMessage } from '../../shell/errors.ts';
import { showToast } from '../../shell/toast.tsx';
import { markDone, toggleStep } from './actions.ts';
import { todayMessages } from './messages.ts';

/** One action of the checklist: tap the box to tick it off, open it to tick its steps. */
export function ActionItem({ action, due }: { action: KeyAction; due: string | undefined }) {
  const t = useT(todayMessages);
  const lang = useLang();
  const fail = (error: unknown) => showToast({ message: errorMessage(error, lang) });
  const tick = async () => {
    try {
      const undo = await markDone(action);
      showToast({
        message: t('doneToast', { title: action.title }),
        action: { label: t('undo'), run: () => undo().catch(fail) },
      });
    } catch (error) {
      fail(error);
    }
  };
  const stepsDone = action.steps.filter((s) => s.done).length;
  return (
    <li class="action-item" data-testid="action-item" data-action-id={action.id}>
      <label class="tick">
        <input type="checkbox" checked={false} onChange={() => void tick()} />
        <span class="action-title">{action.title}</span>
      </label>
      <p class="meta muted">
        {due && <span>{t('due', { date: formatDate(due, lang, { day: 'numeric', month: 'short' }) })}</span>}
        {action.owner && <span>{action.owner}</span>}
      </p>
      {action.steps.length > 0 && (
        <details class="steps">
          <summary>{t('steps', { done: stepsDone, total: action.steps.length })}</summary>
          <ul class="list">
            {action.steps.map((step) => (
              <li key={step.id}>
                <label class="tick">
                  <input
                    type="checkbox"
                    checked={step.done}
                    onChange={() => void toggleStep(action, step.id).catch(fail)}
                  />
                  <span>{step.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
