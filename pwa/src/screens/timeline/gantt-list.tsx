import type { GanttLaneBy, GanttLayout } from '@jalon/core';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { labelOf, labels } from '../../ui/labels.ts';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { laneName, relationText } from './lanes.ts';
import { messages } from './messages.ts';

/**
 * The Gantt chart's text: the same lanes and actions in the same order, each with its full
 * title, dates, the other grouping (owner or lever), where it stands against its anchor and its
 * key date. On a phone and on paper it is the timeline one reads.
 */
export function GanttList({
  layout,
  laneBy,
  data,
}: {
  layout: GanttLayout;
  laneBy: GanttLaneBy;
  data: LoadedPlan;
}) {
  const t = useT(messages);
  const tl = useT(labels);
  const lang = useLang();
  const actions = new Map(data.actions.map((a) => [a.id, a]));
  const titles = new Map(data.actions.map((a) => [a.id, a.title]));
  const levers = new Map(data.levers.map((l) => [l.id, l.name]));
  const keyDates = new Map(data.keyDates.map((k) => [k.id, k.title]));
  const dates = (start: string, end: string) =>
    start === end
      ? t('day', { date: formatDate(start, lang) })
      : t('dates', { start: formatDate(start, lang), end: formatDate(end, lang) });
  return (
    <section class="gantt-list" aria-labelledby="gantt-list-title">
      <h2 id="gantt-list-title">{t('list')}</h2>
      {layout.lanes.length === 0 && <p class="muted">{t('empty')}</p>}
      {layout.lanes.map((lane) => (
        <div key={lane.key} class="gantt-list-lane">
          <h3>{laneName(lane.key, laneBy, data, t)}</h3>
          <ul class="plain">
            {lane.bars.map((bar) => {
              const action = actions.get(bar.actionId);
              if (!action) return null;
              const other = laneBy === 'lever' ? action.owner : levers.get(action.leverId);
              const relation = relationText(action, titles, t);
              const keyDate = keyDates.get(action.keyDateId ?? '');
              return (
                <li
                  key={bar.actionId}
                  data-action={bar.actionId}
                  class={`status-${action.status}${bar.depth > 0 ? ' associated' : ''}`}
                >
                  <strong class="event-title">{action.title}</strong>
                  <span class="facts">
                    <span>{dates(bar.start, bar.end)}</span>
                    {(bar.cutStart || bar.cutEnd) && <span>{t('continues')}</span>}
                    {other && <span>{other}</span>}
                    {relation && <span>{relation}</span>}
                    {keyDate && !relation && <span>{t('keyDate', { title: keyDate })}</span>}
                    <span>{labelOf(tl, 'action', action.status)}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
