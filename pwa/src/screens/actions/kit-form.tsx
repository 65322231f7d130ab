import {
  addDays,
  buildKit,
  KIT_NAME_MAX,
  type KitId,
  type KitInput,
  type KitRecords,
  kitsForChannel,
  newId,
  resolveSchedule,
} from '@jalon/core';
import { useState } from 'preact/hooks';
import { formatDate, today } from '../../i18n/format.ts';
import { useLang } from '../../i18n/locale.ts';
import { useT } from '../../i18n/messages.ts';
import { pluralKey } from '../../i18n/plural.ts';
import { showToast } from '../../shell/toast.tsx';
import { errorText } from '../../ui/errors.ts';
import { DateField, SelectField, TextField } from '../../ui/fields.tsx';
import type { LoadedPlan } from '../../ui/plan-data.tsx';
import { SaveStatus, useSave } from '../../ui/save.tsx';
import { addKit } from './add-kit.ts';
import { messages } from './messages.ts';
import { whenText } from './when.ts';

const NEW = 'new';
const NONE = 'none';
/** Far enough ahead to prepare an event: the trade show kit starts 21 days before its date. */
const DEFAULT_LEAD_DAYS = 28;

/**
 * Adds a kit of actions: an anchor (the show, the webinar, the launch) on a date and its
 * associated actions placed relative to it, previewed with their dates before anything is
 * written. Kits made for the lever's channel come first; without a lever of the kit's channel,
 * the kit brings one.
 */
export function KitForm({
  data,
  leverId,
  onDone,
}: {
  data: LoadedPlan;
  leverId?: string;
  onDone: () => void;
}) {
  const t = useT(messages);
  const lang = useLang();
  const fixedLever = data.levers.find((l) => l.id === leverId);
  const kits = kitsForChannel(fixedLever?.channel, lang);
  const [kitId, setKitId] = useState<KitId>(kits[0]?.id ?? 'trade-show');
  const [leverPick, setLeverPick] = useState<string | undefined>(leverId);
  const [name, setName] = useState('');
  const [date, setDate] = useState(addDays(today(), DEFAULT_LEAD_DAYS));
  const [keyDatePick, setKeyDatePick] = useState<string | undefined>(undefined);
  const [owner, setOwner] = useState('');
  const { state, run } = useSave();
  const kit = kits.find((k) => k.id === kitId) ?? kits[0];
  if (!kit) return null;
  const fitting = data.levers.filter((l) => kit.channels.includes(l.channel));
  const lever = leverPick ?? fitting[0]?.id ?? NEW;
  const keyDate = keyDatePick ?? (kit.keyDate ? NEW : NONE);
  const shownName = name.trim() || kit.texts.defaultName;

  const input: KitInput = {
    kitId: kit.id,
    lang,
    planId: data.plan.id,
    leverId: lever === NEW ? undefined : lever,
    date,
    name,
    owner,
    keyDate: keyDate === NEW ? 'new' : keyDate === NONE ? undefined : { id: keyDate },
    // A lever the kit brings serves the plan's business objectives, as the example's levers do.
    objectiveIds: data.objectives.filter((o) => o.kind === 'business').map((o) => o.id),
  };
  let records: KitRecords | undefined;
  let problem: string | undefined;
  let n = 0;
  try {
    // Preview ids: the real ones are drawn when the kit is added.
    records = buildKit(input, { newId: () => `preview-${++n}`, now: new Date().toISOString() });
  } catch (error) {
    problem = errorText(error, lang);
  }

  const chooseKit = (id: KitId) => {
    setKitId(id);
    // A lever chosen for another kit may not suit this one; the group's own lever stays.
    setLeverPick(leverId);
    setKeyDatePick(undefined);
  };
  const chooseKeyDate = (value: string) => {
    setKeyDatePick(value);
    const existing = data.keyDates.find((k) => k.id === value);
    if (existing) setDate(existing.date);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!records) return;
    // Built again with real ids, so that a preview id never reaches the database.
    const added = buildKit(input, { newId, now: new Date().toISOString() });
    if (await run(() => addKit(added))) {
      const count = added.actions.length;
      showToast({ message: t(pluralKey('kitAdded', count, lang), { count }) });
      onDone();
    }
  };

  const resolved = records ? resolveSchedule(records.actions) : undefined;
  const titles = new Map(records?.actions.map((a) => [a.id, a.title]));
  return (
    <form class="form kit-form" onSubmit={submit} data-testid="kit-form">
      <fieldset class="pick kits">
        <legend>{t('fieldKit')}</legend>
        {kits.map((k) => (
          <label key={k.id} class="check" data-kit={k.id}>
            <input type="radio" name="kit" checked={k.id === kit.id} onChange={() => chooseKit(k.id)} />
            <span>
              <strong>{k.texts.name}</strong>
              {fixedLever && k.channels.includes(fixedLever.channel) && (
                <span class="chip">{t('kitFits')}</span>
              )}
              <br />
              <span class="muted">{k.texts.summary}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="grid2">
        <TextField
          label={t('kitName', { example: kit.texts.defaultName })}
          name="kit-name"
          value={name}
          onInput={(v) => setName(v.slice(0, KIT_NAME_MAX))}
        />
        <DateField
          label={kit.texts.dateLabel}
          name="kit-date"
          required
          value={date}
          onChange={(v) => v && setDate(v)}
        />
        {!fixedLever && (
          <SelectField
            label={t('fieldLever')}
            name="kit-lever"
            value={lever}
            options={[
              ...[...fitting, ...data.levers.filter((l) => !fitting.includes(l))].map((l) => ({
                value: l.id,
                label: l.name,
              })),
              { value: NEW, label: t('kitNewLever', { name: kit.texts.lever }) },
            ]}
            onChange={setLeverPick}
          />
        )}
        <SelectField
          label={t('fieldKeyDate')}
          name="kit-key-date"
          value={keyDate}
          options={[
            { value: NONE, label: t('keyDateNone') },
            { value: NEW, label: t('kitNewKeyDate', { name: shownName }) },
            ...data.keyDates.map((k) => ({ value: k.id, label: `${k.title} (${formatDate(k.date, lang)})` })),
          ]}
          onChange={chooseKeyDate}
        />
        <TextField label={t('fieldOwner')} name="kit-owner" value={owner} onInput={setOwner} />
      </div>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {records && resolved && (
        <section aria-labelledby="kit-preview" class="kit-preview">
          <h4 id="kit-preview">{t('kitPreview')}</h4>
          <ol class="plain">
            {records.actions.map((a) => (
              <li key={a.id} class={a.relativeTo ? 'associated' : undefined}>
                <strong>{a.title}</strong>
                <br />
                <span class="muted">{whenText(a, resolved, titles, t, lang)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      <div class="actions-bar">
        <button type="submit" class="primary" disabled={!records}>
          {t(pluralKey('kitAdd', records?.actions.length ?? 0, lang), {
            count: records?.actions.length ?? 0,
          })}
        </button>
        <button type="button" onClick={onDone}>
          {t('kitCancel')}
        </button>
      </div>
      <SaveStatus state={state} />
    </form>
  );
}
