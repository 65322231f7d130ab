import { addDays, daysBetween, toDayNumber } from '../dates.ts';
import { PlanError } from '../errors.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { KeyDate } from '../model/key-date.ts';
import { type ActionSpec, actions as actionSpecs, webinarPersonas, webinarSteps } from './action-specs.ts';
import type { ExampleContext } from './build.ts';
import { exampleKeyDates, planDate, weekdayOf } from './calendar.ts';
import { progressOn } from './progress.ts';
import type { ActionKey, ActionText, KpiKey, LeverKey, PersonaKey, WebinarStepKey } from './texts.ts';

type Placement = Pick<KeyAction, 'startDate' | 'deadline' | 'durationDays'> &
  Partial<Pick<KeyAction, 'relativeTo' | 'keyDateId'>>;
type Common = {
  lever: LeverKey;
  owner: ActionSpec['owner'];
  importance: number;
  difficulty: number;
  cost: number;
  revenue: number;
  personas: readonly PersonaKey[];
  kpis: readonly KpiKey[];
};

function action(
  ctx: ExampleContext,
  id: string,
  spec: Common,
  text: ActionText,
  place: Placement,
): KeyAction {
  return {
    id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    planId: ctx.planId,
    leverId: ctx.ids.levers[spec.lever],
    title: text.title,
    description: text.description,
    owner: ctx.texts.owners[spec.owner],
    importance: spec.importance,
    difficulty: spec.difficulty,
    ...place,
    status: 'todo',
    steps: text.steps.map((label) => ({ id: ctx.newId(), label, done: false })),
    plannedCost: spec.cost,
    actualCost: 0,
    expectedRevenue: spec.revenue,
    personaIds: spec.personas.map((p) => ctx.ids.personas[p]),
    kpiIds: spec.kpis.map((k) => ctx.ids.kpis[k]),
  };
}

/** `days` long from `start`, optionally placed relative to an anchor action. */
function span(start: string, days: number, extra: Partial<Placement> = {}): Placement {
  return { startDate: start, deadline: addDays(start, days - 1), durationDays: days, ...extra };
}

type Anchor = { id: string; date: string };

/** The key dates of the plan as records, and the ones actions hang on. */
function buildKeyDates(ctx: ExampleContext): { keyDates: KeyDate[]; webinars: Anchor[]; show: Anchor } {
  const { texts } = ctx;
  const calendar = exampleKeyDates(ctx.period);
  const keyDates = calendar.map((spec): KeyDate => {
    const base = {
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      planId: ctx.planId,
      date: spec.date,
    };
    const notes = texts.keyDates.reviewNotes;
    switch (spec.kind) {
      case 'webinar': {
        const title = texts.keyDates.webinar(texts.webinarTopics[spec.index] ?? '');
        return { ...base, title, kind: 'event', notes: texts.keyDates.webinarNotes };
      }
      case 'show':
        return { ...base, title: texts.keyDates.show, kind: 'event', notes: texts.keyDates.showNotes };
      case 'monthly-review': {
        const title = texts.keyDates.monthlyReview(texts.months[spec.month.month - 1] ?? '');
        return { ...base, title, kind: 'deadline', notes };
      }
      case 'mid-review':
        return { ...base, title: texts.keyDates.midReview, kind: 'deadline', notes };
      default: // 'final-review'
        return { ...base, title: texts.keyDates.finalReview, kind: 'deadline', notes };
    }
  });
  const anchors = (kind: 'webinar' | 'show') =>
    keyDates.filter((_, i) => calendar[i]?.kind === kind).map(({ id, date }) => ({ id, date }));
  const [show] = anchors('show');
  // exampleKeyDates always holds the show; this guards an edit of the calendar.
  if (!show) throw new PlanError('invalid-record', 'keyDates', 'the example calendar has no trade show');
  return { keyDates, webinars: anchors('webinar'), show };
}

/**
 * The key dates of the plan and the actions of every lever, each as far along as it is on the day
 * the example is made (`progress.ts`). Associated actions carry both `relativeTo` (what
 * `schedule` follows) and the dates it resolves to, so lists sorted by deadline and the overdue
 * check work without scheduling first.
 */
export function buildKeyDatesAndActions(ctx: ExampleContext): {
  keyDates: KeyDate[];
  actions: KeyAction[];
  /** The example's keys of the actions, for crediting revenue to them (`webinar1` … `webinar6`). */
  byKey: Map<string, string>;
  webinarDates: string[];
  showDate: string;
} {
  const { texts, period, today } = ctx;
  const { keyDates, webinars, show } = buildKeyDates(ctx);
  const showActionId = ctx.newId();
  const actions: KeyAction[] = [];
  const byKey = new Map<string, string>();
  const add = (key: string, late: boolean | undefined, made: KeyAction) => {
    byKey.set(key, made.id);
    actions.push({ ...made, ...progressOn(made, today, late === true, `action:${key}`) });
  };
  for (const [key, spec] of Object.entries(actionSpecs) as [ActionKey, ActionSpec][]) {
    const text = texts.actions[key];
    if ('from' in spec) {
      const start = planDate(period, spec.from);
      const deadline = planDate(period, spec.to);
      const days = daysBetween(start, deadline) + 1;
      add(
        key,
        spec.late,
        action(ctx, ctx.newId(), spec, text, { startDate: start, deadline, durationDays: days }),
      );
    } else if ('startIn' in spec) {
      const start = addDays(today, spec.startIn);
      const deadline = spec.due === 'today' ? today : endOfWeek(today);
      const place = { startDate: start, deadline, durationDays: daysBetween(start, deadline) + 1 };
      add(key, spec.late, action(ctx, ctx.newId(), spec, text, place));
    } else if ('onShow' in spec) {
      add(
        key,
        spec.late,
        action(ctx, showActionId, spec, text, span(show.date, spec.days, { keyDateId: show.id })),
      );
    } else {
      const relativeTo = { actionId: showActionId, offsetDays: spec.afterShow };
      const place = span(addDays(show.date, spec.afterShow), spec.days, { relativeTo });
      add(key, spec.late, action(ctx, ctx.newId(), spec, text, place));
    }
    if (key === 'webinarPlatform') {
      webinarActions(ctx, webinars).forEach((made, i) => {
        const number = Math.floor(i / 4) + 1;
        add(i % 4 === 0 ? `webinar${number}` : `webinar${number}-${i % 4}`, false, made);
      });
    }
  }
  return { keyDates, actions, byKey, webinarDates: webinars.map((w) => w.date), showDate: show.date };
}

/** The Sunday closing `today`'s week (weeks start on Monday in France, Ireland and the UK). */
function endOfWeek(today: string): string {
  toDayNumber(today, 'today');
  return addDays(today, (7 - weekdayOf(today)) % 7);
}

/** Each webinar hangs on its key date; invitations, reminder and follow-up hang on the webinar. */
function webinarActions(ctx: ExampleContext, dates: readonly Anchor[]): KeyAction[] {
  return dates.flatMap((keyDate, i) => {
    const topic = ctx.texts.webinarTopics[i] ?? '';
    const personas = webinarPersonas[i] ?? [];
    const webinarId = ctx.newId();
    const steps: WebinarStepKey[] = ['webinar', 'invitations', 'reminder', 'followUp'];
    return steps.map((step) => {
      const spec = { ...webinarSteps[step], personas };
      const text = ctx.texts.webinar[step](topic);
      if (step === 'webinar') {
        return action(ctx, webinarId, spec, text, span(keyDate.date, spec.days, { keyDateId: keyDate.id }));
      }
      const relativeTo = { actionId: webinarId, offsetDays: spec.offset };
      return action(
        ctx,
        ctx.newId(),
        spec,
        text,
        span(addDays(keyDate.date, spec.offset), spec.days, { relativeTo }),
      );
    });
  });
}
