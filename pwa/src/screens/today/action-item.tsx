import type { KeyAction } from '@jalon/core';
import { write } from '../../data/write.ts';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { offerKpisAfter, withdrawOffer } from './kpi-offer.tsx';
import { todayMessages } from './messages.ts';

/** One action of the checklist: tap the box to tick it off, open it to tick its steps. */
export function ActionItem({ action, due }: { action: KeyAction; due: string | undefined }) {
  const t = useT(todayMessages);
  const lang = useLang();
  const fail = (error: unknown) => showToast({ message: errorText(error, lang) });
  // A box whose write failed goes back to what is stored: the screen never shows a tick that is not saved.
  const tick = async (box: HTMLInputElement) => {
    try {
      const undo = await write.setActionDone(action.id, { done: true, today: today() });
      showToast({
        message: t('doneToast', { title: action.title }),
        action: {
          label: t('undo'),
          run: () => {
            withdrawOffer(action.id);
            return write.undo(undo).catch(fail);
          },
        },
      });
      // The tick is saved whatever the offer's read does.
      await offerKpisAfter(action).catch(() => {});
    } catch (error) {
      box.checked = false;
      fail(error);
    }
  };
  const toggleStep = async (box: HTMLInputElement, stepId: string, stored: boolean) => {
    try {
      await write.toggleActionStep(action.id, stepId);
    } catch (error) {
      box.checked = stored;
      fail(error);
    }
  };
  const stepsDone = action.steps.filter((s) => s.done).length;
  return (
    <li class="action-item" data-testid="action-item" data-action-id={action.id}>
      <label class="tick">
        <input type="checkbox" checked={false} onChange={(e) => void tick(e.currentTarget)} />
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
                    onChange={(e) => void toggleStep(e.currentTarget, step.id, step.done)}
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
