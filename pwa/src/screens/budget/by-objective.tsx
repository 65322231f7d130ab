import type { BudgetLine } from '@jalon/core';
import { linesByObjective } from '@jalon/core';
import { formatMoney } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { useEditing } from '../../ui/editing.ts';
import { Fold } from '../../ui/lists/fold.tsx';
import { uiMessages } from '../../ui/messages.ts';
import { OrphanForms } from '../../ui/orphan-forms.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { LineForm } from './line-form.tsx';
import { messages } from './messages.ts';

/** The budget lines (those a filter keeps) grouped by the objective they fund, planned against actual; each editable. */
export function BudgetByObjective({ data, lines }: { data: LoadedPlan; lines: readonly BudgetLine[] }) {
  const t = useT(messages);
  const lang = useLang();
  const [creating, setCreating] = useEditing('budgetLines:new');
  const money = (cents: number) => formatMoney(cents, data.plan.currency, lang);
  const groups = linesByObjective(lines, data.objectives);
  return (
    <section aria-labelledby="budget-objectives">
      <div class="section-head">
        <h2 id="budget-objectives">{t('byObjective')}</h2>
        {!creating && (
          <button type="button" class="no-print" onClick={() => setCreating(true)}>
            {t('newLine')}
          </button>
        )}
      </div>
      {creating && (
        <div class="card">
          <LineForm data={data} onDone={() => setCreating(false)} />
        </div>
      )}
      <OrphanForms<BudgetLine> table="budgetLines" live={data.budgetLines}>
        {(base, close) => <LineForm base={base} data={data} onDone={close} />}
      </OrphanForms>
      {groups.length === 0 && <p class="muted">{t('noLines')}</p>}
      {groups.map((g) => (
        <Fold
          key={g.objective?.id ?? 'none'}
          id={`budget:lines:${g.objective?.id ?? ''}`}
          defaultOpen={false}
          class="card budget-group"
          data-objective={g.objective?.id ?? ''}
          summary={
            <span>
              <strong>{g.objective?.title ?? t('noObjective')}</strong>
              <span class="muted">
                {' '}
                — {t('plannedActual', { planned: money(g.planned), actual: money(g.actual) })}
              </span>
            </span>
          }
        >
          <ul class="list">
            {g.lines.map((line) => (
              <LineRow key={line.id} line={line} data={data} money={money} />
            ))}
          </ul>
        </Fold>
      ))}
    </section>
  );
}

function LineRow({
  line,
  data,
  money,
}: {
  line: BudgetLine;
  data: LoadedPlan;
  money: (cents: number) => string;
}) {
  const t = useT(messages);
  const tu = useT(uiMessages);
  const [editing, setEditing] = useEditing(`budgetLines:${line.id}`);
  if (editing) {
    return (
      <li>
        <LineForm line={line} data={data} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li class="card-head" data-line={line.id}>
      <span>
        {line.label}
        <br />
        <span class="muted">
          {t('plannedActual', { planned: money(line.planned), actual: money(line.actual) })}
        </span>
      </span>
      <button type="button" class="no-print" onClick={() => setEditing(true)}>
        {tu('edit')}
      </button>
    </li>
  );
}
