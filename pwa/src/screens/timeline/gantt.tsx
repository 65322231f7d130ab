import type { GanttBar, GanttLaneBy, GanttLayout, KeyAction } from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import type { Range } from './calendar.ts';
import { barCount, laneName } from './lanes.ts';
import { messages } from './messages.ts';

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
const short: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

/**
 * The Gantt chart, drawn in CSS: each action a bar from its start to its due date, in lanes;
 * associated actions under their anchor with a dashed line to the key date they hang from; key
 * dates and today as vertical lines. For screen readers it is one image whose name sums it up —
 * the list that follows (GanttList) is its text, and prints with it. Each bar's full title and
 * dates show on hover.
 */
export function Gantt({
  layout,
  range,
  laneBy,
  data,
}: {
  layout: GanttLayout;
  range: Range;
  laneBy: GanttLaneBy;
  data: LoadedPlan;
}) {
  const t = useT(messages);
  const lang = useLang();
  const actions = new Map(data.actions.map((a) => [a.id, a]));
  const keyDates = new Map(data.keyDates.map((k) => [k.id, k]));
  const count = barCount(layout);
  const tickFormat: Intl.DateTimeFormatOptions = layout.days <= 42 ? short : { month: 'short' };
  const summary = t(pluralKey('chart', count, lang), {
    start: formatDate(range.start, lang),
    end: formatDate(range.end, lang),
    count,
  });
  return (
    <figure class="gantt" role="img" aria-label={summary} data-testid="gantt">
      <div class="gantt-scale">
        {layout.ticks.map((tick) => (
          <span key={tick.date} class="gantt-tick" style={{ left: pct(tick.at) }}>
            {formatDate(tick.date, lang, tickFormat)}
          </span>
        ))}
      </div>
      <div class="gantt-keydates">
        {layout.keyDates.map((k) => (
          <span
            key={k.id}
            class="gantt-keydate"
            style={{ left: pct(k.at) }}
            title={`${keyDates.get(k.id)?.title ?? ''} — ${formatDate(k.date, lang)}`}
            data-key-date={k.id}
          >
            ◆
          </span>
        ))}
      </div>
      <div class="gantt-body">
        {layout.ticks.map((tick) => (
          <span key={tick.date} class="gantt-gridline" style={{ left: pct(tick.at) }} />
        ))}
        {layout.keyDates.map((k) => (
          <span key={k.id} class="gantt-keyline" style={{ left: pct(k.at) }} />
        ))}
        {layout.today !== undefined && (
          <span class="gantt-today" style={{ left: pct(layout.today) }} data-testid="gantt-today">
            <span>{t('today')}</span>
          </span>
        )}
        {layout.lanes.map((lane) => (
          <div key={lane.key} class="gantt-lane" data-lane={lane.key}>
            <div class="gantt-lane-name">{laneName(lane.key, laneBy, data, t)}</div>
            {lane.bars.map((bar) => {
              const action = actions.get(bar.actionId);
              return action ? <Row key={bar.actionId} bar={bar} action={action} /> : null;
            })}
          </div>
        ))}
      </div>
      <p class="gantt-legend" aria-hidden="true">
        <span class="legend-keydate">◆ {t('legendKeyDate')}</span>
        <span class="legend-hanger">{t('legendHanger')}</span>
        {layout.today !== undefined && <span class="legend-today">{t('today')}</span>}
      </p>
    </figure>
  );
}

function Row({ bar, action }: { bar: GanttBar; action: KeyAction }) {
  const t = useT(messages);
  const lang = useLang();
  const right = bar.left + bar.width;
  const dates =
    bar.start === bar.end
      ? t('day', { date: formatDate(bar.start, lang) })
      : t('dates', { start: formatDate(bar.start, lang), end: formatDate(bar.end, lang) });
  const label = bar.labelEnd
    ? { right: pct(1 - right), maxWidth: pct(right), textAlign: 'right' as const }
    : { left: pct(bar.left), maxWidth: pct(1 - bar.left) };
  let hanger: { left: string; width: string } | undefined;
  if (bar.hangAt !== undefined && bar.hangAt < bar.left) {
    hanger = { left: pct(bar.hangAt), width: pct(bar.left - bar.hangAt) };
  } else if (bar.hangAt !== undefined && bar.hangAt > right) {
    hanger = { left: pct(right), width: pct(bar.hangAt - right) };
  }
  return (
    <div
      class={`gantt-row status-${action.status}${bar.depth > 0 ? ' associated' : ''}`}
      title={`${action.title} — ${dates}`}
      data-action={action.id}
      data-start={bar.start}
      data-end={bar.end}
      data-depth={bar.depth}
    >
      <span class="gantt-label" style={label}>
        {action.title}
      </span>
      {hanger && <span class="gantt-hanger" style={hanger} />}
      {bar.hangAt !== undefined && <span class="gantt-hook" style={{ left: pct(bar.hangAt) }} />}
      <span
        class={`gantt-bar${bar.cutStart ? ' cut-start' : ''}${bar.cutEnd ? ' cut-end' : ''}`}
        style={{ left: pct(bar.left), width: pct(bar.width) }}
      />
    </div>
  );
}
