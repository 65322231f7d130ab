import type { ExtractedFigure, FigureForKpi } from '@jalon/core';
import { refusalText, warningText } from '../kpi-check-text.ts';
import type { Language, PopupContext } from '../protocol.ts';
import { useT } from '../ui/i18n.tsx';

/**
 * The figures found in the selection; the user sends each one to a KPI, or to none. A figure that
 * cannot go on the KPI picked (money on a percent KPI…) says why; one that looks out of scale
 * (ten times the KPI's last value…) asks, and is recorded only once the user says yes.
 */
export function FigureList({
  figures,
  kpis,
  currency,
  language,
  assigned,
  checks,
  confirmed,
  onAssign,
  onConfirm,
  highlight,
}: {
  figures: readonly ExtractedFigure[];
  kpis: PopupContext['kpis'];
  currency: string;
  language: Language;
  assigned: Map<number, string>;
  /** core's checkFigureForKpi for each assigned figure, by figure index. */
  checks: ReadonlyMap<number, FigureForKpi>;
  confirmed: ReadonlySet<number>;
  onAssign: (index: number, kpiId: string) => void;
  onConfirm: (index: number, yes: boolean) => void;
  highlight: boolean;
}) {
  const t = useT();
  if (figures.length === 0) return highlight ? <p class="muted">{t('noFigures')}</p> : null;
  return (
    <fieldset class={highlight ? 'figures highlight' : 'figures'}>
      <legend>{t('fieldFigures', { count: figures.length })}</legend>
      {kpis.length === 0 && <p class="muted">{t('noKpis')}</p>}
      <ul>
        {figures.map((figure, index) => {
          const kpiId = assigned.get(index) ?? '';
          const kpi = kpis.find((k) => k.id === kpiId);
          const check = checks.get(index);
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
                  onChange={(e) => onAssign(index, e.currentTarget.value)}
                >
                  <option value="">{t('figureNoKpi')}</option>
                  {kpis.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.name}
                    </option>
                  ))}
                </select>
              )}
              {kpi && check && !check.ok && (
                <span class="warn" role="alert">
                  {refusalText(t, check.error, currency)}
                </span>
              )}
              {kpi && check?.ok && check.warnings.length > 0 && (
                <div class="figure-check">
                  {check.warnings.map((warning) => (
                    <span key={warning.code} class="warn">
                      {warningText(t, warning, kpi.unit, currency, language)}
                    </span>
                  ))}
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={confirmed.has(index)}
                      onChange={(e) => onConfirm(index, e.currentTarget.checked)}
                    />
                    {t('kpiConfirm')}
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
