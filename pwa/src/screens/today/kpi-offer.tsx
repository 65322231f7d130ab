import { type KeyAction, type Kpi, kpiOfferAfterDone } from '@jalon/core';
import { kpiOfferContext } from '../../data/queries.ts';
import { useT } from '../../i18n/messages.ts';
import { href } from '../../shell/router.ts';
import { createStore, useStore } from '../../shell/store.ts';
import { todayMessages } from './messages.ts';

/** The offer shown once an action that feeds KPIs (or an event action) is ticked off. */
type Offer = { actionId: string; title: string; kpis: Kpi[] };
const offer$ = createStore<Offer | undefined>(undefined);

/** After a tick: ask for the figures the action feeds while they are fresh, if it feeds any. */
export async function offerKpisAfter(action: KeyAction): Promise<void> {
  const found = kpiOfferAfterDone(action, await kpiOfferContext(action.planId));
  offer$.set(found ? { actionId: action.id, title: action.title, kpis: found.kpis } : undefined);
}

/** An undone tick takes its question back. */
export function withdrawOffer(actionId: string): void {
  offer$.set((shown) => (shown?.actionId === actionId ? undefined : shown));
}

export function KpiOffer() {
  const t = useT(todayMessages);
  const offer = useStore(offer$);
  if (!offer) return null;
  const close = () => offer$.set(undefined);
  return (
    <section class="card kpi-offer" aria-labelledby="kpi-offer-title" data-testid="kpi-offer">
      <h2 id="kpi-offer-title">{t('offerTitle', { title: offer.title })}</h2>
      <p class="muted">{t(offer.kpis.length > 0 ? 'offerHint' : 'offerHintNoKpi')}</p>
      <div class="row">
        {offer.kpis.length > 0 ? (
          offer.kpis.slice(0, 3).map((kpi, i) => (
            <a
              key={kpi.id}
              class={`button${i === 0 ? ' primary' : ''}`}
              href={href(`/kpi?kpi=${encodeURIComponent(kpi.id)}`)}
              onClick={close}
            >
              {t('offerEnter', { kpi: kpi.name })}
            </a>
          ))
        ) : (
          <a class="button primary" href={href('/kpi')} onClick={close}>
            {t('offerEnterAny')}
          </a>
        )}
        <button type="button" onClick={close}>
          {t('offerLater')}
        </button>
      </div>
    </section>
  );
}
