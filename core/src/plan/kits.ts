import { addDays, isIsoDate } from '../dates.ts';
import { PlanError } from '../errors.ts';
import type { Language } from '../language.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import type { Channel, Lever } from '../model/lever.ts';
import { type KitId, type KitSpec, type KitStep, kitSpecs } from './kit-specs.ts';
import { type KitTexts, kitTexts } from './kit-texts.ts';

export type { KitId, KitSpec, KitStep } from './kit-specs.ts';
export type { KitActionText, KitTexts } from './kit-texts.ts';

/** A kit as a list shows it: its shape and its texts in one language. */
export type ActionKit = KitSpec & { texts: KitTexts };

/** The longest name a kit's anchor may be given: it goes into every title of the kit. */
export const KIT_NAME_MAX = 120;

export function actionKits(lang: Language): ActionKit[] {
  return kitSpecs.map((spec) => ({ ...spec, texts: kitTexts[lang][spec.id] }));
}

/** The kits, those made for `channel` first (each group in the library's order). */
export function kitsForChannel(channel: Channel | undefined, lang: Language): ActionKit[] {
  const kits = actionKits(lang);
  const fits = (kit: ActionKit) => channel !== undefined && kit.channels.includes(channel);
  return [...kits.filter(fits), ...kits.filter((kit) => !fits(kit))];
}

export type KitInput = {
  kitId: KitId;
  lang: Language;
  planId: string;
  /** The lever the actions go to; without one, the kit brings a new lever of its channel. */
  leverId?: string | undefined;
  /** The anchor's first day: the event, the launch, the publication. */
  date: string;
  /** What the user calls it ("Preventica 2027"); the kit's default name when blank. */
  name?: string | undefined;
  owner?: string | undefined;
  /** Link the actions to this key date, or make one on the anchor's date (`'new'`). */
  keyDate?: { id: string } | 'new' | undefined;
  /** The objectives a new lever serves. */
  objectiveIds?: readonly string[] | undefined;
};

export type KitRecords = { actions: KeyAction[]; keyDates: KeyDate[]; levers: Lever[] };

/**
 * The records a kit adds to a plan: the anchor action on `date`, each associated action placed
 * relative to it (`relativeTo`, so moving the anchor moves them) with the dates that placement
 * gives stored beside it, as every save does; a key date and a lever when asked for or missing.
 * Pure: the caller writes them in one transaction. Bad input throws a PlanError naming the field.
 */
export function buildKit(input: KitInput, ids: { newId: () => string; now: string }): KitRecords {
  const spec = kitSpecs.find((kit) => kit.id === input.kitId);
  if (!spec) throw new PlanError('invalid-record', 'kitId', String(input.kitId));
  if (!isIsoDate(input.date)) throw new PlanError('invalid-date', 'date', input.date);
  const texts = kitTexts[input.lang][spec.id];
  const name = (input.name ?? '').trim() || texts.defaultName;
  if (name.length > KIT_NAME_MAX) throw new PlanError('invalid-record', 'name', `over ${KIT_NAME_MAX}`);
  const { newId, now } = ids;
  const base = () => ({ id: newId(), planId: input.planId, createdAt: now, updatedAt: now });

  const levers: Lever[] = [];
  let leverId = input.leverId;
  if (!leverId) {
    const lever: Lever = {
      ...base(),
      name: texts.lever,
      channel: spec.channels[0] ?? 'other',
      decision: 'start',
      lastPeriod: { figures: [], verdict: '', cause: 'unknown' },
      objectiveIds: [...(input.objectiveIds ?? [])],
      kpiIds: [],
      weight: 1,
    };
    levers.push(lever);
    leverId = lever.id;
  }

  const keyDates: KeyDate[] = [];
  let keyDateId = input.keyDate === 'new' || input.keyDate === undefined ? undefined : input.keyDate.id;
  if (input.keyDate === 'new') {
    const keyDate: KeyDate = {
      ...base(),
      title: name,
      date: input.date,
      kind: spec.keyDate ?? 'other',
      notes: '',
    };
    keyDates.push(keyDate);
    keyDateId = keyDate.id;
  }

  const make = (step: KitStep, anchorId: string | undefined): KeyAction => {
    const text = texts.actions[step.key];
    if (!text) throw new PlanError('invalid-record', `${spec.id}.${step.key}`, 'no text');
    const start = addDays(input.date, step.offsetDays);
    return {
      ...base(),
      leverId: leverId as string,
      title: text.title.replace('{name}', name),
      description: text.description,
      owner: (input.owner ?? '').trim(),
      importance: step.importance,
      difficulty: step.difficulty,
      startDate: start,
      deadline: addDays(start, step.durationDays - 1),
      durationDays: step.durationDays,
      status: 'todo',
      steps: text.steps.map((label) => ({ id: newId(), label, done: false })),
      ...(anchorId ? { relativeTo: { actionId: anchorId, offsetDays: step.offsetDays } } : {}),
      ...(keyDateId ? { keyDateId } : {}),
      plannedCost: 0,
      actualCost: 0,
      expectedRevenue: 0,
      personaIds: [],
      kpiIds: [],
    };
  };
  const anchor = make(spec.anchor, undefined);
  const associated = spec.associated.map((step) => make(step, anchor.id));
  return { actions: [anchor, ...associated], keyDates, levers };
}
