import type { ExtractedFigure } from '@jalon/core';
import { unitMismatch } from '../capture/kpi-value.ts';
import type { PopupContext } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';

/** The figures found in the selection; the user sends each one to a KPI, or to none. */
export function FigureList({
  figures,
  kpis,
  currency,
  assigned,
  onAssign,
  highlight,
}: {
  figures: readonly ExtractedFigure[];
  kpis: PopupContext['kpis'];
  currency: string;
  assigned: Map<number, string>;
  onAssign: (next: Map<number, string>) => void;
  highlight: boolean;
}) {
  const t = useT();
  if (figures.length === 0) return highlight ? <p class="muted">{t('noFigures')}</p> : null;
  const assign = (index: number, kpiId: string) => {
    const next = new Map(assigned);
    if (kpiId) next.set(index, kpiId);
    else next.delete(index);
    onAssign(next);
  };
  return (
    <fieldset class={highlight ? 'figures highlight' : 'figures'}>
      <legend>{t('fieldFigures', { count: figures.length })}</legend>
      {kpis.length === 0 && <p class="muted">{t('noKpis')}</p>}
      <ul>
        {figures.map((figure, index) => {
          const kpiId = assigned.get(index) ?? '';
          const kpi = kpis.find((k) => k.id === kpiId);
          return (
            // Figures are a fixed list for the life of the form: the index is their identity.
            <li key={index} class="figure">
              <span class="figure-text">{figure.text}</span>
              <span class="muted"> {t(`figure_${figure.kind}`)}</span>
              {figure.label && <span class="figure-label">{figure.label}</span>}
              {kpis.length > 0 && (
                <select
                  aria-label={t('figureKpi')}
                  value={kpiId}
                  onChange={(e) => assign(index, e.currentTarget.value)}
                >
                  <option value="">{t('figureNoKpi')}</option>
                  {kpis.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.name}
                    </option>
                  ))}
                </select>
              )}
              {kpi && unitMismatch(figure, kpi.unit, currency) && (
                <span class="warn">{t('figureUnitWarning')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
