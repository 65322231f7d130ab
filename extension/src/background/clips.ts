import {
  createRecord,
  getRecord,
  limits,
  type NewRecord,
  type PlanDb,
  PlanError,
  updateRecord,
} from '@jalon/core';
import type { Capture, Draft } from '../messages.ts';
import { clippedKpiEntry } from './kpi-entry.ts';

/** The draft a menu clip saves as it is: an idea, nothing picked yet. */
export function quickDraft(capture: Capture): Draft {
  return { capture, saveIdea: true, note: '', tags: [], personaIds: [], kpiValues: [] };
}

/**
 * Saves a clip: the idea and the KPI values picked for its figures, in one transaction, so that
 * a clip is either wholly stored or not at all. Core's repositories validate and stamp each record
 * for sync. References are checked against the plan: a stale popup must not write an idea that
 * points into another plan (its bundle would be refused on import).
 */
export async function saveDraft(
  db: PlanDb,
  planId: string,
  draft: Draft,
  today: string,
): Promise<{ ideaId?: string; kpiEntries: number }> {
  return db.transaction(
    'rw',
    [db.ideas, db.kpiEntries, db.kpis, db.levers, db.objectives, db.personas, db.plans, db.meta],
    async () => {
      const inPlan = async <T extends 'kpis' | 'levers' | 'objectives' | 'personas'>(
        table: T,
        id: string,
      ) => {
        const record = await getRecord(db, table, id);
        if (!record || record.planId !== planId)
          throw new PlanError('invalid-record', `${table}.${id}`, 'not in plan');
        return record;
      };
      if (draft.leverId) await inPlan('levers', draft.leverId);
      if (draft.objectiveId) await inPlan('objectives', draft.objectiveId);
      for (const id of draft.personaIds) await inPlan('personas', id);

      let ideaId: string | undefined;
      if (draft.saveIdea) ideaId = (await createRecord(db, 'ideas', ideaRecord(planId, draft))).id;

      const { capture } = draft;
      const currency = draft.kpiValues.length > 0 ? (await getRecord(db, 'plans', planId))?.currency : '';
      for (const { figure: index, kpiId, confirmed } of draft.kpiValues) {
        const figure = capture.figures[index];
        if (!figure) throw new PlanError('invalid-record', `figures.${index}`, 'no such figure');
        const kpi = await inPlan('kpis', kpiId);
        const entry = await clippedKpiEntry(
          db,
          currency ?? '',
          kpi,
          figure,
          confirmed === true,
          capture,
          today,
        );
        await createRecord(db, 'kpiEntries', entry);
      }
      return { ...(ideaId ? { ideaId } : {}), kpiEntries: draft.kpiValues.length };
    },
  );
}

function ideaRecord(planId: string, draft: Draft): NewRecord<'ideas'> {
  const { capture } = draft;
  const via = capture.foundOn ? `via ${capture.foundOn}` : '';
  return {
    planId,
    kind: capture.kind,
    text: capture.text,
    pageUrl: capture.pageUrl,
    pageTitle: capture.pageTitle,
    site: capture.site,
    metadata: capture.metadata,
    figures: capture.figures,
    tags: draft.tags,
    note: [draft.note, via].filter(Boolean).join('\n').slice(0, limits.longText),
    personaIds: draft.personaIds,
    ...(draft.leverId ? { leverId: draft.leverId } : {}),
    ...(draft.objectiveId ? { objectiveId: draft.objectiveId } : {}),
  };
}

/**
 * Completes a quick clip with what reading the page found (its own text of the selection,
 * metadata, figures). Only fields that differ are written, each stamped like any edit.
 */
export async function completeIdea(db: PlanDb, ideaId: string, capture: Capture): Promise<void> {
  const { kind, text, pageUrl, pageTitle, site, metadata, figures } = ideaRecord('', quickDraft(capture));
  await updateRecord(db, 'ideas', ideaId, {
    ...(kind ? { kind } : {}),
    text,
    ...(pageUrl !== undefined ? { pageUrl } : {}),
    ...(pageTitle !== undefined ? { pageTitle } : {}),
    ...(site !== undefined ? { site } : {}),
    ...(metadata ? { metadata } : {}),
    ...(figures ? { figures } : {}),
  });
}
