import {
  type Bucket,
  buckets,
  buildChecklist,
  dueDates,
  dueNowCount,
  type KeyAction,
  ownersOf,
} from '@jalon/core';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLive } from '../../data/live.ts';
import { openActions, planActions } from '../../data/queries.ts';
import { today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { navigate } from '../../shell/router.ts';
import type { ScreenProps } from '../../shell/routes.ts';
import { errorText } from '../../ui/errors.ts';
import { ActionItem } from './action-item.tsx';
import { setBadge } from './badge.ts';
import { KpiOffer } from './kpi-offer.tsx';
import { todayMessages } from './messages.ts';

/** Long sections show this many first: a plan with thousands of overdue actions still opens fast. */
const FIRST = 30;

async function loadChecklistData(planId: string) {
  // The bench reads this mark: the checklist's own time, from its first read to on screen.
  if (performance.getEntriesByName('jalon:checklist-read').length === 0)
    performance.mark('jalon:checklist-read');
  const open = await openActions(planId);
  // Associated actions without a date of their own need their anchors, which may be closed.
  const needsAnchors = open.some((a) => !a.deadline && a.relativeTo);
  return { open, due: dueDates(open, needsAnchors ? await planActions(planId) : open) };
}

export default function Today({ planId, query }: ScreenProps) {
  const t = useT(todayMessages);
  const lang = useLang();
  const data = useLive(() => loadChecklistData(planId), [planId]);
  const owner = query.get('owner');
  const day = today();

  const all = data.status === 'ready' ? data.value : undefined;
  const list = useMemo(() => all && buildChecklist(all.open, all.due, day), [all, day]);
  const shown = useMemo(() => {
    if (!all || owner === null) return list;
    return buildChecklist(
      all.open.filter((a) => a.owner.trim() === owner),
      all.due,
      day,
    );
  }, [all, list, owner, day]);

  useEffect(() => {
    if (!list) return;
    setBadge(dueNowCount(list));
    // The bench reads this mark: time from navigation to the checklist on screen.
    if (performance.getEntriesByName('jalon:checklist').length === 0) performance.mark('jalon:checklist');
  }, [list]);

  if (data.status === 'error') return <p role="alert">{errorText(data.error, lang)}</p>;
  if (!all || !shown) return <h1 aria-busy="true">{t('title')}</h1>;
  const owners = ownersOf(all.open, lang, { withBlank: true });
  const dueCount = shown.overdue.length + shown.today.length + shown.week.length;

  return (
    <>
      <h1>{t('title')}</h1>
      {owners.length > 1 && (
        <label class="inline-field">
          <span>{t('owner')}</span>
          <select
            value={owner ?? '*'}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              navigate(value === '*' ? '/today' : `/today?owner=${encodeURIComponent(value)}`, {
                replace: true,
              });
            }}
          >
            <option value="*">{t('everyone')}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o || t('noOwner')}
              </option>
            ))}
          </select>
        </label>
      )}
      <KpiOffer />
      <div data-testid="checklist">
        {all.open.length === 0 ? (
          <p>{t('noActions')}</p>
        ) : dueCount === 0 ? (
          <>
            <p>{shown.upcoming.length > 0 ? t('nothingDue') : t('allDone')}</p>
            {shown.upcoming.length > 0 && (
              <Section bucket="upcoming" actions={shown.upcoming} due={all.due} />
            )}
          </>
        ) : (
          buckets.map((bucket) => (
            <Section key={bucket} bucket={bucket} actions={shown[bucket]} due={all.due} />
          ))
        )}
      </div>
    </>
  );
}

function Section({
  bucket,
  actions,
  due,
}: {
  bucket: Bucket | 'upcoming';
  actions: KeyAction[];
  due: ReadonlyMap<string, string>;
}) {
  const t = useT(todayMessages);
  const [expanded, setExpanded] = useState(false);
  if (actions.length === 0) return null;
  const visible = expanded ? actions : actions.slice(0, FIRST);
  return (
    <section class={`bucket bucket-${bucket}`} aria-labelledby={`bucket-${bucket}`}>
      <h2 id={`bucket-${bucket}`}>
        {t(bucket)} <span class="count">{actions.length}</span>
      </h2>
      <ul class="list">
        {visible.map((action) => (
          <ActionItem key={action.id} action={action} due={due.get(action.id)} />
        ))}
      </ul>
      {visible.length < actions.length && (
        <button type="button" onClick={() => setExpanded(true)}>
          {t('showAll', { count: actions.length })}
        </button>
      )}
    </section>
  );
}
