import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import type { DayEntry, TimelineEvent } from './calendar.ts';
import { messages } from './messages.ts';

/** The phone's calendar: only the days that hold something, one list each. */
export function DayList({ days, ongoing }: { days: Map<string, DayEntry[]>; ongoing: TimelineEvent[] }) {
  const t = useT(messages);
  const lang = useLang();
  return (
    <div class="cal-list">
      {ongoing.length > 0 && (
        <section class="card">
          <h3>{t('ongoing')}</h3>
          <ul class="plain">
            {ongoing.map((e) => (
              <li key={e.id}>{e.title}</li>
            ))}
          </ul>
        </section>
      )}
      {days.size === 0 && <p class="muted">{t('empty')}</p>}
      <ol class="plain days">
        {[...days].map(([day, entries]) => (
          <li key={day} class="day" data-day={day}>
            <h3>
              <time dateTime={day}>
                {formatDate(day, lang, { weekday: 'long', day: 'numeric', month: 'long' })}
              </time>
            </h3>
            <ul class="plain">
              {entries.map((entry) => (
                <EntryLine key={`${entry.event.id}-${entry.mark}`} entry={entry} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function EntryLine({ entry, compact }: { entry: DayEntry; compact?: boolean }) {
  const t = useT(messages);
  const { event, mark } = entry;
  const chip =
    event.kind === 'keyDate' ? t('keyDate') : mark === 'start' ? t('starts') : mark === 'end' ? t('due') : '';
  return (
    <li
      class={`event event-${event.kind} tag-${event.tag} mark-${mark}`}
      data-event={event.id}
      title={compact ? event.title : undefined}
    >
      {chip && !compact && <span class="chip">{chip}</span>} <span class="event-title">{event.title}</span>
    </li>
  );
}
