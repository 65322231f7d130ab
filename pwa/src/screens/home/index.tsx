import { type Dashboard, dashboard } from '@jalon/core';
import { formatDate, formatMoney, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { href } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import { PaceBar, StatusBadge } from '../../ui/pace-bar.tsx';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { homeMessages } from './messages.ts';
import './home.css';

/**
 * The home screen: where the plan stands today (core's `dashboard`), each item a link to the
 * screen behind it. On a phone the KPI lines under each objective and the pace line are left out.
 */
export default function Home({ planId }: ScreenProps) {
  return (
    <PlanGate planId={planId}>{(data) => <Board data={data} board={dashboard(data, today())} />}</PlanGate>
  );
}

function Board({ data, board }: { data: LoadedPlan; board: Dashboard }) {
  const t = useT(homeMessages);
  const tl = useT(labels);
  const lang = useLang();
  const money = (cents: number) => formatMoney(cents, data.plan.currency, lang);
  const byId = <T extends { id: string }>(records: readonly T[]) => new Map(records.map((r) => [r.id, r]));
  const objectives = byId(data.objectives);
  const kpis = byId(data.kpis);
  const dates = byId(data.keyDates);
  const { spend } = board;

  return (
    <div class="desk home" data-testid="dashboard">
      <h1>{t('title')}</h1>
      <div class="home-grid">
        <section class="home-panel home-objectives" aria-labelledby="home-objectives">
          <h2 id="home-objectives">
            <a href={href('/objectives')}>{t('objectives')}</a>
          </h2>
          {board.objectives.length === 0 && <p class="muted">{t('noObjectives')}</p>}
          <ul class="plain">
            {board.objectives.map((o) => (
              <li key={o.objectiveId} data-objective-id={o.objectiveId} data-status={o.status}>
                <p class="home-objective">
                  <StatusBadge status={o.status} label={labelOf(tl, 'status', o.status)} />{' '}
                  <a href={href('/objectives')}>{objectives.get(o.objectiveId)?.title}</a>
                </p>
                {o.kpis.length === 0 ? (
                  <p class="muted home-detail">{t('noKpi')}</p>
                ) : (
                  <ul class="plain home-detail">
                    {o.kpis.map((k) => (
                      <li key={k.kpiId} data-kpi-id={k.kpiId}>
                        <a href={href(`/kpi?kpi=${encodeURIComponent(k.kpiId)}`)}>
                          {kpis.get(k.kpiId)?.name}
                        </a>
                        {'error' in k ? (
                          <p class="muted">{t('kpiError')}</p>
                        ) : (
                          <PaceBar progress={k.progress} expected={k.expected} status={k.status} />
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>

        <section class="home-panel" aria-labelledby="home-spend" data-testid="home-spend">
          <h2 id="home-spend">
            <a href={href('/budget')}>{t('spend')}</a>
          </h2>
          <p class="big">{t('spendLine', { spent: money(spend.spent), budget: money(spend.budget) })}</p>
          <div class="pace-track" aria-hidden="true">
            <div
              class={`pace-fill ${spend.spent > spend.expected ? 'status-bg-at-risk' : 'status-bg-on-track'}`}
              style={{ width: `${share(spend.spent, spend.budget) * 100}%` }}
            />
            <div class="pace-mark" style={{ left: `${share(spend.expected, spend.budget) * 100}%` }} />
          </div>
          <p class="muted home-detail">{t('spendPace', { expected: money(spend.expected) })}</p>
          <p>{t('revenueLine', { revenue: money(spend.revenue) })}</p>
        </section>

        <section class="home-panel" aria-labelledby="home-late" data-testid="home-late">
          <h2 id="home-late">{t('late')}</h2>
          {board.lateByOwner.length === 0 ? (
            <p class="muted">{t('noLate')}</p>
          ) : (
            <ul class="plain">
              {board.lateByOwner.map(({ owner, actionIds }) => (
                <li key={owner} data-owner={owner}>
                  <a href={href(owner ? `/today?owner=${encodeURIComponent(owner)}` : '/today')}>
                    {owner || t('noOwner')}
                  </a>{' '}
                  <strong class="chip warn">
                    {t(pluralKey('lateCount', actionIds.length, lang), { count: actionIds.length })}
                  </strong>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section class="home-panel" aria-labelledby="home-dates" data-testid="home-dates">
          <h2 id="home-dates">{t('nextDates')}</h2>
          {board.nextDates.length === 0 ? (
            <p class="muted">{t('noDates')}</p>
          ) : (
            <ul class="plain">
              {board.nextDates.map((id) => {
                const date = dates.get(id);
                if (!date) return null;
                return (
                  <li key={id} data-key-date-id={id}>
                    <a href={href(`/timeline?at=${date.date}`)}>
                      <time dateTime={date.date}>{formatDate(date.date, lang)}</time> {date.title}
                    </a>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section class="home-panel" aria-labelledby="home-ideas" data-testid="home-ideas">
          <h2 id="home-ideas">{t('ideas')}</h2>
          {board.ideasWaiting === 0 ? (
            <p class="muted">{t('noIdeas')}</p>
          ) : (
            <p>
              <a href={href('/ideas?status=inbox')}>
                {t(pluralKey('ideasCount', board.ideasWaiting, lang), { count: board.ideasWaiting })}
              </a>
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : 0);
