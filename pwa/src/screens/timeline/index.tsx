import {
  buildIcs,
  calendarEvents,
  type GanttLaneBy,
  ganttLayout,
  isIsoDate,
  resolveSchedule,
} from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatDate, today } from '../../i18n/format.ts';
import { intlLocale, useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { downloadText, fileSlug } from '../../ui/download.ts';
import { type LoadedPlan, PlanGate } from '../../ui/plan-data.tsx';
import { Segmented } from '../../ui/segmented.tsx';
import { type Scale, scaleRange, shiftPeriod } from './calendar.ts';
import { Gantt } from './gantt.tsx';
import { GanttList } from './gantt-list.tsx';
import { KeyDates } from './key-dates.tsx';
import { messages } from './messages.ts';
import './timeline.css';

const scales: readonly Scale[] = ['month', 'quarter', 'plan'];
const laneChoices: readonly GanttLaneBy[] = ['lever', 'owner'];

/**
 * Step 5 drawn: the plan's actions as a Gantt chart by month, quarter or the whole plan, in lanes
 * by lever or owner, with its text beneath; exportable to any calendar app. The URL may choose
 * the date (`?at=2027-03-01`), the scale (`?scale=plan`) and the lanes (`?lanes=owner`).
 */
export default function TimelineScreen({ planId, query }: ScreenProps) {
  const at = query.get('at') ?? '';
  const scale = scales.find((s) => s === query.get('scale')) ?? 'quarter';
  const lanes = laneChoices.find((l) => l === query.get('lanes')) ?? 'lever';
  return (
    <PlanGate planId={planId}>
      {(data) => <Timeline data={data} at={isIsoDate(at) ? at : undefined} scale={scale} lanes={lanes} />}
    </PlanGate>
  );
}

function Timeline({
  data,
  at,
  scale: initialScale,
  lanes: initialLanes,
}: {
  data: LoadedPlan;
  at: string | undefined;
  scale: Scale;
  lanes: GanttLaneBy;
}) {
  const t = useT(messages);
  const lang = useLang();
  const day = today();
  const { period } = data.plan;
  // Open on today when the plan is running, else on its first month.
  const home = day >= period.start && day <= period.end ? day : period.start;
  const [scale, setScale] = useState<Scale>(initialScale);
  const [laneBy, setLaneBy] = useState<GanttLaneBy>(initialLanes);
  const [anchor, setAnchor] = useState(at ?? home);
  const range = scaleRange(scale, anchor, period);
  const resolved = resolveSchedule(data.actions);
  const layout = ganttLayout({
    actions: data.actions,
    levers: data.levers,
    keyDates: data.keyDates,
    range,
    laneBy,
    today: day,
    locale: intlLocale(lang),
    resolved,
  });
  const label =
    scale === 'month'
      ? formatDate(range.start, lang, { month: 'long', year: 'numeric' })
      : scale === 'quarter'
        ? t(range.start.slice(5, 7) === '01' ? 'firstQuarter' : 'quarterLabel', {
            n: (Number(range.start.slice(5, 7)) + 2) / 3,
            year: range.start.slice(0, 4),
          })
        : t('planLabel', { start: formatDate(range.start, lang), end: formatDate(range.end, lang) });
  const exportIcs = () =>
    downloadText(
      `${fileSlug(data.plan.name)}.ics`,
      buildIcs({ name: data.plan.name, events: calendarEvents(data, lang, resolved) }),
      'text/calendar;charset=utf-8',
    );
  return (
    <div class="desk timeline">
      <h1>{t('title')}</h1>
      <p class="muted">{t('intro')}</p>
      <div class="toolbar no-print">
        <Segmented
          legend={t('scale')}
          value={scale}
          options={scales.map((s) => ({ value: s, label: t(s) }))}
          onChange={setScale}
        />
        <Segmented
          legend={t('lanes')}
          value={laneBy}
          options={laneChoices.map((l) => ({ value: l, label: t(`lanes.${l}`) }))}
          onChange={setLaneBy}
        />
        {scale !== 'plan' && (
          <button type="button" onClick={() => setAnchor(home)}>
            {home === day ? t('today') : t('planStart')}
          </button>
        )}
      </div>
      <div class="period-nav">
        {scale !== 'plan' && (
          <button
            type="button"
            class="no-print"
            aria-label={t('previous')}
            onClick={() => setAnchor(shiftPeriod(anchor, scale, -1))}
          >
            ‹
          </button>
        )}
        <h2 aria-live="polite" class={scale === 'month' ? 'capitalize' : undefined}>
          {label}
        </h2>
        {scale !== 'plan' && (
          <button
            type="button"
            class="no-print"
            aria-label={t('next')}
            onClick={() => setAnchor(shiftPeriod(anchor, scale, 1))}
          >
            ›
          </button>
        )}
      </div>
      {layout.lanes.length > 0 && <Gantt layout={layout} range={range} laneBy={laneBy} data={data} />}
      <GanttList layout={layout} laneBy={laneBy} data={data} />
      {layout.outside > 0 && (
        <p class="muted">{t(pluralKey('outside', layout.outside, lang), { count: layout.outside })}</p>
      )}
      {layout.unplaced > 0 && (
        <p class="muted">{t(pluralKey('unplaced', layout.unplaced, lang), { count: layout.unplaced })}</p>
      )}
      <KeyDates planId={data.plan.id} keyDates={data.keyDates} range={range} />
      <section class="card no-print">
        <button type="button" class="primary" onClick={exportIcs}>
          {t('exportIcs')}
        </button>
        <p class="muted">{t('exportHint')}</p>
      </section>
    </div>
  );
}
