import type { Objective } from '@jalon/core';
import type { ComponentChildren } from 'preact';
import { useT } from '../../i18n/messages.ts';
import { Fold } from '../../ui/lists/fold.tsx';
import { messages } from './messages.ts';

/** One objective's part of a budget list (`list`: levers, actions), folding away; undefined: none. */
export function ObjectiveGroup({
  list,
  objective,
  children,
}: {
  list: string;
  objective: Objective | undefined;
  children: ComponentChildren;
}) {
  const t = useT(messages);
  return (
    <Fold
      id={`budget:${list}:${objective?.id ?? ''}`}
      class="budget-group"
      data-objective={objective?.id ?? ''}
      summary={<h3>{objective?.title ?? t('noObjective')}</h3>}
    >
      {children}
    </Fold>
  );
}
