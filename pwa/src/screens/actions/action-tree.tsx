import type { KeyAction, LeverBranch, ObjectiveBranch } from '@jalon/core';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/messages.ts';
import { useEditing } from '../../ui/editing.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { Fold } from '../../ui/lists/fold.tsx';
import { ActionForm } from './action-form.tsx';
import { ActionRow } from './action-row.tsx';
import type { ActionsContext } from './context.ts';
import { KitForm } from './kit-form.tsx';
import { messages } from './messages.ts';

/** The objective → lever → action tree, each lever with a way to add an action to it. */
export function ActionTree({ tree, ctx }: { tree: ObjectiveBranch[]; ctx: ActionsContext }) {
  const t = useT(messages);
  return (
    <div class="tree">
      {tree.map((branch) => (
        <section
          key={branch.objective?.id ?? 'none'}
          class="tree-objective"
          data-objective={branch.objective?.id ?? ''}
        >
          <h2>{branch.objective?.title ?? t('noObjective')}</h2>
          {branch.levers.map((lb) => (
            <LeverGroup key={lb.lever?.id ?? 'none'} branch={lb} ctx={ctx} />
          ))}
        </section>
      ))}
    </div>
  );
}

function LeverGroup({ branch, ctx }: { branch: LeverBranch; ctx: ActionsContext }) {
  const t = useT(messages);
  const tl = useT(labels);
  const { lever } = branch;
  const [addingAction, setAddingAction] = useEditing(`actions:new:${lever?.id ?? ''}`);
  const [addingKit, setAddingKit] = useState(false);
  const adding = addingAction ? 'action' : addingKit ? 'kit' : undefined;
  const setAdding = (mode: 'action' | 'kit' | undefined) => {
    setAddingAction(mode === 'action');
    setAddingKit(mode === 'kit');
  };
  return (
    // A group folds away (tap its head) so that a long plan can be read lever by lever.
    <Fold
      id={`actions:${lever?.id ?? ''}`}
      class="tree-lever card"
      data-lever={lever?.id ?? ''}
      summaryClass="card-head"
      summary={
        <>
          <h3>{lever?.name ?? t('noLever')}</h3>
          <span class="chip" data-testid="group-count">
            {branch.actions.length}
          </span>
          {lever && <span class="chip">{labelOf(tl, 'decision', lever.decision)}</span>}
        </>
      }
    >
      {branch.alsoServes.length > 0 && (
        <p class="muted">{t('alsoServes', { titles: branch.alsoServes.map((o) => o.title).join(' · ') })}</p>
      )}
      <ActionList actions={branch.actions} ctx={ctx} />
      {lever && !adding && (
        <div class="actions-bar no-print">
          <button type="button" onClick={() => setAdding('action')}>
            {t('addToLever', { lever: lever.name })}
          </button>
          <button type="button" onClick={() => setAdding('kit')}>
            {t('addKitToLever', { lever: lever.name })}
          </button>
        </div>
      )}
      {lever && adding === 'action' && (
        <div class="card">
          <h4>{t('newAction')}</h4>
          <ActionForm leverId={lever.id} data={ctx.data} onDone={() => setAdding(undefined)} />
        </div>
      )}
      {lever && adding === 'kit' && (
        <div class="card">
          <h4>{t('kitTitle')}</h4>
          <KitForm leverId={lever.id} data={ctx.data} onDone={() => setAdding(undefined)} />
        </div>
      )}
    </Fold>
  );
}

export function ActionList({ actions, ctx }: { actions: readonly KeyAction[]; ctx: ActionsContext }) {
  return (
    <ul class="list actions">
      {actions.map((a) => (
        <ActionRow key={a.id} action={a} ctx={ctx} />
      ))}
    </ul>
  );
}
