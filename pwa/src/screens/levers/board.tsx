import type { Lever, LeverDecision } from '@jalon/core';
import { useId, useRef, useState } from 'preact/hooks';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { errorText } from '../../ui/errors.ts';
import { Fold, setFold } from '../../ui/lists/fold.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { BoardCard } from './board-card.tsx';
import { setDecision } from './decide.ts';
import { columns } from './filter-bar.tsx';
import { messages } from './messages.ts';

const foldId = (column: LeverDecision) => `levers:${column}`;

/**
 * The levers workshop as a board: a column per decision, a card per lever. A card moves with its
 * ◀ ▶ buttons, with the arrow keys when its name has the focus (the focus follows it), or by
 * dragging; each move saves at once and is announced to screen readers. It shows the `levers` a
 * filter keeps (`only` one column); each column folds away, and a lever moved into a folded column
 * opens it, so that the focus can follow the card.
 */
export function Board({
  data,
  levers: shown,
  only,
}: {
  data: LoadedPlan;
  levers: readonly Lever[];
  only?: LeverDecision | undefined;
}) {
  const t = useT(messages);
  const lang = useLang();
  const hint = useId();
  const [announce, setAnnounce] = useState('');
  const follow = useRef<string | undefined>(undefined);
  // Where each lever is going until the board shows it there: a second key press before the
  // board has re-rendered (the write done or not) moves on from there, not again from where the
  // card still stands.
  const going = useRef(new Map<string, LeverDecision>());
  for (const [id, to] of going.current) {
    if (data.levers.find((l) => l.id === id)?.decision === to) going.current.delete(id);
  }
  const move = async (lever: Lever, to: LeverDecision) => {
    const from = going.current.get(lever.id) ?? lever.decision;
    if (from === to) return;
    follow.current = lever.id;
    going.current.set(lever.id, to);
    setFold(foldId(to), true);
    try {
      // The base is where this board last sent the lever: a second quick move builds on the first
      // (write.ts applies them in order), it is not a rival edit to keep as a conflict.
      await setDecision({ ...lever, decision: from }, to);
      setAnnounce(t('moved', { lever: lever.name, column: t(`group.${to}`) }));
    } catch (error) {
      if (going.current.get(lever.id) === to) going.current.delete(lever.id);
      setAnnounce(errorText(error, lang));
    }
  };
  const step = (lever: Lever, delta: -1 | 1) => {
    const from = columns.indexOf(going.current.get(lever.id) ?? lever.decision);
    const to = columns[from + delta];
    if (to) void move(lever, to);
  };
  // The card remounts in each new column it reaches; the lever moved last takes the focus back
  // every time, so that two quick key presses end with the focus on it too.
  const claimFocus = (id: string) => follow.current === id;
  const drop = (to: LeverDecision) => (event: DragEvent) => {
    event.preventDefault();
    const lever = data.levers.find((l) => l.id === event.dataTransfer?.getData('text/plain'));
    if (lever) void move(lever, to);
  };
  return (
    <>
      <p id={hint} class="muted no-print">
        {t('boardHint')}
      </p>
      <div class="board">
        {columns.map((column, index) => {
          if (only && column !== only) return null;
          const levers = shown.filter((l) => l.decision === column);
          // An empty column under a filter says what the filter hides, not that there is nothing.
          const hidden = data.levers.filter((l) => l.decision === column).length - levers.length;
          return (
            <section
              key={column}
              class={`board-column column-${column}`}
              aria-labelledby={`column-${column}`}
              data-group={column}
              onDragOver={(e) => e.preventDefault()}
              onDrop={drop(column)}
            >
              <Fold
                id={foldId(column)}
                summary={
                  <h2 id={`column-${column}`}>
                    {t(`group.${column}`)} <span class="count">{levers.length}</span>
                  </h2>
                }
              >
                {levers.length === 0 && (
                  <p class="muted small">
                    {hidden > 0
                      ? t(pluralKey('hiddenInColumn', hidden, lang), { count: hidden })
                      : t('emptyColumn')}
                  </p>
                )}
                <ul class="plain board-list">
                  {levers.map((lever) => (
                    <BoardCard
                      key={lever.id}
                      lever={lever}
                      data={data}
                      previous={columns[index - 1]}
                      next={columns[index + 1]}
                      hint={hint}
                      onMove={(to) => void move(lever, to)}
                      onStep={(delta) => step(lever, delta)}
                      claimFocus={claimFocus}
                    />
                  ))}
                </ul>
              </Fold>
            </section>
          );
        })}
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="board-status">
        {announce}
      </p>
    </>
  );
}
