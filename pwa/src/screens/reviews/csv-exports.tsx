import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { downloadText, fileSlug } from '../../ui/download.ts';
import { labels } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { type CsvCell, dialects, toCsv } from './csv.ts';
import { actionRows, budgetRows, kpiRows } from './csv-data.ts';
import { messages } from './messages.ts';

/** Actions, KPIs and budget as CSV files, in the dialect of the app's language. */
export function CsvExports({ data }: { data: LoadedPlan }) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const save = (name: string, rows: CsvCell[][]) =>
    downloadText(
      `${fileSlug(data.plan.name)}-${name}.csv`,
      toCsv(rows, dialects[lang]),
      'text/csv;charset=utf-8',
    );
  return (
    <section class="card no-print" aria-labelledby="csv-exports">
      <h2 id="csv-exports">{t('exports')}</h2>
      <p class="muted">{t('exportsHint')}</p>
      <div class="actions-bar">
        <button type="button" onClick={() => save('actions', actionRows(data, t, tl))}>
          {t('exportActions')}
        </button>
        <button type="button" onClick={() => save('kpis', kpiRows(data, t, tl))}>
          {t('exportKpis')}
        </button>
        <button type="button" onClick={() => save('budget', budgetRows(data, data.plan.currency, t))}>
          {t('exportBudget')}
        </button>
      </div>
    </section>
  );
}
