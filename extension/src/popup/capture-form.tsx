import { checkFigureForKpi, type ExtractedFigure, type FigureForKpi, limits } from '@jalon/core';
import { useState } from 'preact/hooks';
import type { Draft, IdeaSummary, PopupContext } from '../protocol.ts';
import { ask } from '../ui/ask.ts';
import { ExternalLink } from '../ui/external-link.tsx';
import { useT } from '../ui/i18n.tsx';
import { useAction } from '../ui/use-ask.ts';
import { FigureList } from './figure-list.tsx';
import { type IdeaChoices, IdeaFields } from './idea-fields.tsx';
import { parseTags } from './tags.ts';

/**
 * The capture form, prefilled from the page: one tap saves. Clipped text is only ever a value
 * of a text field or a text node (never markup), so a page's script cannot reach this page.
 */
export function CaptureForm({
  context,
  onSaved,
}: {
  context: PopupContext;
  onSaved: (idea: IdeaSummary | undefined) => void;
}) {
  const t = useT();
  const { capture, mode, kpis, plan } = context;
  const kpiMode = mode === 'kpi';
  const [text, setText] = useState(capture?.text ?? '');
  const [choices, setChoices] = useState<IdeaChoices>({ personaIds: [], tags: '', note: '' });
  const [assigned, setAssigned] = useState<Map<number, string>>(
    // One figure and one KPI: the only possible pick is made already.
    () =>
      new Map(
        kpiMode && capture?.figures.length === 1 && kpis.length === 1 && kpis[0] ? [[0, kpis[0].id]] : [],
      ),
  );
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set());
  const [checkAsked, setCheckAsked] = useState(false);
  const [alsoIdea, setAlsoIdea] = useState(!kpiMode);
  const [saved, setSaved] = useState(false);
  const { busy, error, run } = useAction(t);

  if (!capture) return <p class="muted">{t('noCapture')}</p>;
  const saveIdea = kpiMode ? alsoIdea : true;
  const canSave = !busy && !saved && (saveIdea || assigned.size > 0);
  const checks = figureChecks(capture.figures, assigned, kpis, plan.currency);
  // A figure refused for its KPI, or out of scale and not confirmed yet, holds the save back.
  const unanswered = [...checks].some(
    ([index, check]) => !check.ok || (check.warnings.length > 0 && !confirmed.has(index)),
  );

  function assign(index: number, kpiId: string) {
    const next = new Map(assigned);
    if (kpiId) next.set(index, kpiId);
    else next.delete(index);
    setAssigned(next);
    // A yes was for the KPI it was asked about.
    const still = new Set(confirmed);
    still.delete(index);
    setConfirmed(still);
  }

  function confirm(index: number, yes: boolean) {
    const next = new Set(confirmed);
    if (yes) next.add(index);
    else next.delete(index);
    setConfirmed(next);
  }

  async function save() {
    if (!capture) return;
    if (unanswered) {
      setCheckAsked(true);
      return;
    }
    const draft: Draft = {
      capture: { ...capture, text: text.slice(0, limits.longText) },
      saveIdea,
      note: choices.note.slice(0, limits.longText),
      tags: parseTags(choices.tags),
      personaIds: choices.personaIds,
      kpiValues: [...assigned].map(([figure, kpiId]) => ({
        figure,
        kpiId,
        ...(confirmed.has(figure) ? { confirmed: true } : {}),
      })),
      ...(choices.leverId ? { leverId: choices.leverId } : {}),
      ...(choices.objectiveId ? { objectiveId: choices.objectiveId } : {}),
      ...(context.pendingId ? { pendingId: context.pendingId } : {}),
    };
    const result = await run(() => ask({ type: 'clip/save', draft }));
    if (!result) return;
    setSaved(true);
    onSaved(
      result.ideaId
        ? {
            id: result.ideaId,
            kind: draft.capture.kind,
            text: draft.capture.text,
            pageUrl: draft.capture.pageUrl,
            pageTitle: draft.capture.pageTitle,
            site: draft.capture.site,
            tags: draft.tags,
            status: 'inbox',
            createdAt: new Date().toISOString(),
          }
        : undefined,
    );
  }

  async function cancel() {
    if (context.pendingId) await run(() => ask({ type: 'pending/dismiss', id: context.pendingId ?? '' }));
    window.close();
  }

  return (
    <form
      class="capture"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p class="source">
        <span class="kind">{t(`kind_${capture.kind}`)}</span> <span class="site">{capture.site}</span>
        <br />
        <span class="title">{capture.pageTitle}</span>
        <br />
        {capture.pageUrl && <ExternalLink url={capture.pageUrl} />}
      </p>
      <label>
        {t('fieldText')}
        <textarea name="text" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <FigureList
        figures={capture.figures}
        kpis={kpis}
        currency={plan.currency}
        language={context.language}
        assigned={assigned}
        checks={checks}
        confirmed={confirmed}
        onAssign={assign}
        onConfirm={confirm}
        highlight={kpiMode}
      />
      {kpiMode && (
        <label class="check">
          <input type="checkbox" checked={alsoIdea} onChange={(e) => setAlsoIdea(e.currentTarget.checked)} />
          {t('alsoIdea')}
        </label>
      )}
      {saveIdea && <IdeaFields context={context} value={choices} onChange={setChoices} />}
      <div class="actions">
        <button type="submit" class="primary" disabled={!canSave}>
          {busy ? t('saving') : kpiMode ? t('recordKpi') : t('save')}
        </button>
        {kpiMode && (
          <button type="button" onClick={() => void cancel()}>
            {t('cancel')}
          </button>
        )}
      </div>
      {saved && (
        <p class="ok" role="status">
          {t('saved')}
        </p>
      )}
      {checkAsked && unanswered && (
        <p class="error" role="alert">
          {t('kpiCheckPending')}
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** core's check of each figure picked for a KPI, against that KPI's unit and latest value. */
function figureChecks(
  figures: readonly ExtractedFigure[],
  assigned: ReadonlyMap<number, string>,
  kpis: PopupContext['kpis'],
  currency: string,
): Map<number, FigureForKpi> {
  const checks = new Map<number, FigureForKpi>();
  for (const [index, kpiId] of assigned) {
    const figure = figures[index];
    const kpi = kpis.find((k) => k.id === kpiId);
    if (figure && kpi) checks.set(index, checkFigureForKpi(figure, kpi, currency, kpi.last));
  }
  return checks;
}
