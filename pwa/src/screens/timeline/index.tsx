import { isIsoDate, resolveSchedule } from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { downloadText, fileSlug } from '../../ui/download.ts';
import { labels } from '../../ui/labels.ts';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { eventsByDay, monthsOf, type PeriodKind, periodRange, shiftPeriod } from './calendar.ts';
import { DayList } from './day-list.tsx';
import { icsEvents, timelineEvents } from './events.ts';
import { buildIcs } from './ics.ts';
import { KeyDates } from './key-dates.tsx';
import { messages } from './messages.ts';
import { MonthGrid } from './month-grid.tsx';
import './timeline.css';

/** Step 5 on a calendar: actions and key dates by month or quarter, exportable to any calendar app. */
export default function TimelineScreen({ planId, query }: ScreenProps) {
  // `?at=2027-03-01` opens on that day's month: a link from elsewhere can point at a date.
  const at = query.get('at') ?? '';
  return (
    <PlanGate planId={planId}>
      {(data) => <Timeline data={data} at={isIsoDate(at) ? at : undefined} />}
    </PlanGate>
  );
}

function Timeline({ data, at }: { data: LoadedPlan; at: string | undefined }) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const day = today();
  const { period } = data.plan;
  // Open on today when the plan is running, else on its first month.
  const home = day >= period.start && day <= period.end ? day : period.start;
  const [kind, setKind] = useState<PeriodKind>('month');
  const [anchor, setAnchor] = useState(at ?? home);
  const range = periodRange(anchor, kind);
  const resolved = resolveSchedule(data.actions);
  const { days, ongoing } = eventsByDay(timelineEvents(data, resolved), range);
  const label =
    kind === 'month'
      ? formatDate(range.start, lang, { month: 'long', year: 'numeric' })
      : t(range.start.slice(5, 7) === '01' ? 'firstQuarter' : 'quarterLabel', {
          n: (Number(range.start.slice(5, 7)) + 2) / 3,
          year: range.start.slice(0, 4),
        });
  const exportIcs = () =>
    downloadText(
      `${fileSlug(data.plan.name)}.ics`,
      buildIcs({ name: data.plan.name, events: icsEvents(data, resolved, t, tl) }),
      'text/calendar;charset=utf-8',
    );
  return (
    <div class="desk timeline">
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <div class="toolbar no-print">
        <Segmented
          legend={t('scale')}
          value={kind}
          options={(['month', 'quarter'] as const).map((k) => ({ value: k, label: t(k) }))}
          onChange={setKind}
        />
        <button type="button" onClick={() => setAnchor(home)}>
          {home === day ? t('today') : t('planStart')}
        </button>
      </div>
      <div class="period-nav">
        <button
          type="button"
          aria-label={t('previous')}
          onClick={() => setAnchor(shiftPeriod(anchor, kind, -1))}
        >
          ‹
        </button>
        <h2 aria-live="polite">{label}</h2>
        <button type="button" aria-label={t('next')} onClick={() => setAnchor(shiftPeriod(anchor, kind, 1))}>
          ›
        </button>
      </div>
      <DayList days={days} ongoing={ongoing} />
      <div class="cal-grids">
        {monthsOf(range).map((month) => (
          <MonthGrid key={month} month={month} days={days} today={day} caption={kind === 'quarter'} />
        ))}
      </div>
      <KeyDates planId={data.plan.id} keyDates={data.keyDates} range={range} />
      {resolved.unplaced.size > 0 && <p class="muted">{t('unplaced', { count: resolved.unplaced.size })}</p>}
      <section class="card no-print">
        <button type="button" class="primary" onClick={exportIcs}>
          {t('exportIcs')}
        </button>
        <p class="muted">{t('exportHint')}</p>
      </section>
    </div>
  );
}
