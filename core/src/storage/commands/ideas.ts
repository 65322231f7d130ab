import { checkFigureForKpi } from '../../engine/kpi-check.ts';
import { PlanError } from '../../errors.ts';
import type { ExtractedFigure, Idea } from '../../model/idea.ts';
import type { KeyAction } from '../../model/key-action.ts';
import { ideaActionDescription } from '../../plan/idea-title.ts';
import { type SyncRow, sameValue } from '../../sync/row.ts';
import type { PlanDb } from '../db.ts';
import { guard } from '../errors.ts';
import { latestKpiValue } from '../queries.ts';
import { checkReferences } from '../references.ts';
import { getRecord, type NewRecord, toRecord, updateRecord } from '../repository.ts';
import { addRecord } from './edit.ts';

export interface Clip {
  planId: string;
  /** The idea to keep in the inbox; absent when only KPI values are recorded. */
  idea?: Omit<NewRecord<'ideas'>, 'planId' | 'status' | 'actionId'>;
  /**
   * Figures of the clip recorded on KPIs of the plan, on `today`. A figure out of scale for its
   * KPI (checkKpiValue) is stored only once the user `confirmed` it.
   */
  kpiValues: { kpiId: string; figure: ExtractedFigure; note: string; confirmed?: boolean }[];
  sourceUrl?: string;
  today: string;
}

/**
 * Saves a clip: the idea and the KPI values picked for its figures, in one transaction, so that
 * a clip is either wholly stored or not at all. References are checked against the plan: a stale
 * popup must not write an idea that points into another plan.
 */
export async function saveClip(db: PlanDb, clip: Clip): Promise<{ ideaId?: string; kpiEntries: number }> {
  return guard(() =>
    db.transaction(
      'rw',
      [
        db.plans,
        db.ideas,
        db.kpiEntries,
        db.kpis,
        db.levers,
        db.objectives,
        db.personas,
        db.actions,
        db.meta,
      ],
      async () => {
        let ideaId: string | undefined;
        if (clip.idea) {
          ideaId = (await addRecord(db, 'ideas', { ...clip.idea, planId: clip.planId } as NewRecord<'ideas'>))
            .id;
        }
        const plan = clip.kpiValues.length > 0 ? await getRecord(db, 'plans', clip.planId) : undefined;
        for (const { kpiId, figure, note, confirmed } of clip.kpiValues) {
          const kpi = await getRecord(db, 'kpis', kpiId);
          if (!kpi || kpi.planId !== clip.planId) {
            throw new PlanError('unknown-reference', 'kpiEntries.kpiId', kpiId);
          }
          const checked = checkFigureForKpi(
            figure,
            kpi,
            plan?.currency ?? '',
            await latestKpiValue(db, kpiId),
          );
          if (!checked.ok) {
            throw new PlanError('invalid-kpi-value', 'kpiEntries.value', checked.error, figure.text);
          }
          if (checked.warnings.length > 0 && !confirmed) {
            throw new PlanError(
              'unconfirmed-kpi-value',
              'kpiEntries.value',
              checked.warnings[0]?.code,
              figure.text,
            );
          }
          await addRecord(db, 'kpiEntries', {
            planId: clip.planId,
            kpiId,
            value: checked.value,
            date: clip.today,
            source: 'clip',
            note,
            ...(clip.sourceUrl ? { sourceUrl: clip.sourceUrl } : {}),
          });
        }
        return { ...(ideaId ? { ideaId } : {}), kpiEntries: clip.kpiValues.length };
      },
    ),
  );
}

/**
 * Completes a clip saved at once from what the browser passed with the click, with what reading
 * the page found (its own text of the selection, metadata, figures). A field is written only
 * while it still holds what was `saved`: whatever the user changed meanwhile stays.
 */
export async function completeClip(
  db: PlanDb,
  ideaId: string,
  saved: Partial<Idea>,
  found: Partial<Idea>,
): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.ideas, db.meta, db.conflicts], async () => {
      const row = (await db.ideas.get(ideaId)) as SyncRow | undefined;
      if (!row || row._d) return; // deleted meanwhile: nothing to complete
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(found)) {
        if (sameValue(row[field], (saved as Record<string, unknown>)[field])) changes[field] = value;
      }
      await updateRecord(db, 'ideas', ideaId, changes);
    }),
  );
}

export interface AcceptIdea {
  title: string;
  leverId: string;
  owner?: string;
  deadline?: string;
}

/**
 * Turns an idea of the inbox into a key action under the chosen lever (objective → lever →
 * action is one tree), with the title, owner and due date the user gave; the action and the
 * idea link to each other. One transaction: never an action without its accepted idea.
 */
export async function acceptIdea(db: PlanDb, ideaId: string, input: AcceptIdea): Promise<KeyAction> {
  return guard(() =>
    db.transaction(
      'rw',
      [db.plans, db.ideas, db.actions, db.levers, db.keyDates, db.personas, db.kpis, db.meta, db.conflicts],
      async () => {
        const row = (await db.ideas.get(ideaId)) as SyncRow | undefined;
        if (!row) throw new PlanError('record-missing', `ideas.${ideaId}`);
        if (row._d) throw new PlanError('record-deleted', `ideas.${ideaId}`);
        const idea = toRecord<'ideas'>(row);
        if (idea.status !== 'inbox') throw new PlanError('idea-not-in-inbox', `ideas.${ideaId}`, idea.status);
        const action = await addRecord(db, 'actions', {
          planId: idea.planId,
          leverId: input.leverId,
          title: input.title.trim(),
          description: ideaActionDescription(idea),
          personaIds: idea.personaIds,
          ideaId,
          ...(input.owner?.trim() ? { owner: input.owner.trim() } : {}),
          ...(input.deadline ? { deadline: input.deadline } : {}),
        });
        await updateRecord(db, 'ideas', ideaId, {
          status: 'accepted',
          actionId: action.id,
          leverId: input.leverId,
        });
        return action;
      },
    ),
  );
}

/** Discards an idea of the inbox, or brings a discarded one back. */
export async function setIdeaStatus(
  db: PlanDb,
  ideaId: string,
  status: 'inbox' | 'discarded',
): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.ideas, db.meta, db.conflicts], async () => {
      const row = (await db.ideas.get(ideaId)) as SyncRow | undefined;
      if (!row) throw new PlanError('record-missing', `ideas.${ideaId}`);
      if (row._d) throw new PlanError('record-deleted', `ideas.${ideaId}`);
      if (row.status === 'accepted') throw new PlanError('idea-not-in-inbox', `ideas.${ideaId}`, 'accepted');
      await updateRecord(db, 'ideas', ideaId, { status });
    }),
  );
}

/**
 * Moves ideas to another plan (the extension's inbox plan → the plan it now syncs). Links into
 * the old plan (lever, objective, personas) cannot follow and are dropped; the text, the page
 * and the figures travel. Accepted ideas stay with their action.
 */
export async function moveIdeas(db: PlanDb, ideaIds: readonly string[], planId: string): Promise<number> {
  return guard(() =>
    db.transaction(
      'rw',
      [db.plans, db.ideas, db.levers, db.objectives, db.personas, db.actions, db.meta, db.conflicts],
      async () => {
        const plan = (await db.plans.get(planId)) as SyncRow | undefined;
        if (!plan || plan._d) throw new PlanError('unknown-reference', 'ideas.planId', planId);
        let moved = 0;
        for (const id of ideaIds) {
          const row = (await db.ideas.get(id)) as SyncRow | undefined;
          if (!row || row._d || row.planId === planId || row.status === 'accepted') continue;
          const changes = { planId, leverId: undefined, objectiveId: undefined, personaIds: [] };
          await checkReferences(db, 'ideas', { ...toRecord(row), ...changes }, ['planId']);
          await updateRecord(db, 'ideas', id, changes);
          moved++;
        }
        return moved;
      },
    ),
  );
}
