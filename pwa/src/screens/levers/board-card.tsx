import type { Lever, LeverDecision } from '@jalon/core';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { formatFigure } from './figures.ts';
import { LeverDetails } from './lever-card.tsx';
import { messages } from './messages.ts';

/** Figures a card shows; the rest are in its details. */
const FIGURES_ON_CARD = 2;

/** One lever on the board: its name (opens the details), channel, key figures, and its moves. */
export function BoardCard({
  lever,
  data,
  previous,
  next,
  hint,
  onMove,
  onStep,
  claimFocus,
}: {
  lever: Lever;
  data: LoadedPlan;
  previous: LeverDecision | undefined;
  next: LeverDecision | undefined;
  hint: string;
  onMove: (to: LeverDecision) => void;
  /** A move by keyboard: one column left or right of where the lever is going. */
  onStep: (delta: -1 | 1) => void;
  claimFocus: (id: string) => boolean;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const name = useRef<HTMLButtonElement>(null);
  // In the same task as the render that moved the card, so no key press falls between the old
  // card leaving and this one taking the focus.
  useLayoutEffect(() => {
    if (claimFocus(lever.id)) name.current?.focus();
  }, []);
  const keys = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    onStep(delta);
  };
  const warn = lever.decision === 'stop' && lever.lastPeriod.cause !== 'lever';
  const figures = lever.lastPeriod.figures.slice(0, FIGURES_ON_CARD);
  return (
    <li
      class={`card board-card${open ? ' open' : ''}`}
      data-lever={lever.id}
      data-decision={lever.decision}
      draggable={!open}
      onDragStart={(e) => e.dataTransfer?.setData('text/plain', lever.id)}
    >
      <div class="card-head">
        <button
          ref={name}
          type="button"
          class="board-name"
          aria-expanded={open}
          aria-describedby={hint}
          onClick={() => setOpen(!open)}
          onKeyDown={keys}
        >
          {lever.name}
        </button>
        <span class="chip">{labelOf(tl, 'channel', lever.channel)}</span>
      </div>
      {figures.length > 0 && (
        <p class="facts">
          {figures.map((f, i) => (
            <span key={`${i}-${f.label}`}>
              {f.label} <strong>{formatFigure(f, lang)}</strong>
            </span>
          ))}
        </p>
      )}
      {warn && <p class="chip warn">{t('checkCause')}</p>}
      <div class="board-moves no-print">
        {previous && (
          <button
            type="button"
            class="move-previous"
            aria-label={t('moveTo', { lever: lever.name, column: t(`group.${previous}`) })}
            onClick={() => onMove(previous)}
          >
            ◀ {t(`group.${previous}`)}
          </button>
        )}
        {next && (
          <button
            type="button"
            class="move-next"
            aria-label={t('moveTo', { lever: lever.name, column: t(`group.${next}`) })}
            onClick={() => onMove(next)}
          >
            {t(`group.${next}`)} ▶
          </button>
        )}
      </div>
      {open && <LeverDetails lever={lever} data={data} />}
    </li>
  );
}
