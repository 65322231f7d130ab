import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { type DayEntry, monthGrid } from './calendar.ts';
import { EntryLine } from './day-list.tsx';
import { messages } from './messages.ts';

/** Each cell shows this many entries, then "+n": a cell is small and the day list has them all. */
const PER_CELL = 3;
/** 2024-01-01 was a Monday: the seven days from it name the columns in the user's language. */
const WEEK = [
  '2024-01-01',
  '2024-01-02',
  '2024-01-03',
  '2024-01-04',
  '2024-01-05',
  '2024-01-06',
  '2024-01-07',
];

/** The desktop's calendar: a month as a grid of weeks. */
export function MonthGrid({
  month,
  days,
  today,
  caption,
}: {
  month: string;
  days: Map<string, DayEntry[]>;
  today: string;
  /** Shown in a quarter; a single month already has the period's heading above it. */
  caption: boolean;
}) {
  const t = useT(messages);
  const lang = useLang();
  return (
    <table class="cal-grid">
      <caption class={caption ? undefined : 'visually-hidden'}>
        {formatDate(month, lang, { month: 'long', year: 'numeric' })}
      </caption>
      <thead>
        <tr>
          {WEEK.map((d) => (
            <th key={d} scope="col">
              {formatDate(d, lang, { weekday: 'short' })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week) => (
          <tr key={week.find(Boolean) ?? month}>
            {week.map((day, i) => {
              if (!day) return <td key={`empty-${i}`} class="out" />;
              const entries = days.get(day) ?? [];
              return (
                <td key={day} class={day === today ? 'is-today' : undefined} data-day={day}>
                  <span class="daynum">{Number(day.slice(8))}</span>
                  <ul class="plain">
                    {entries.slice(0, PER_CELL).map((entry) => (
                      <EntryLine key={`${entry.event.id}-${entry.mark}`} entry={entry} compact />
                    ))}
                  </ul>
                  {entries.length > PER_CELL && (
                    <span class="muted">{t('more', { count: entries.length - PER_CELL })}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
