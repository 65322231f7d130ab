import { limits } from '@jalon/core';
import { completeClip, type PlanDb, saveClip } from '@jalon/core/storage';
import type { Capture, Draft } from '../protocol.ts';
import { folderAfterClip } from './folder.ts';

/** The draft a menu clip saves as it is: an idea, nothing picked yet. */
export function quickDraft(capture: Capture): Draft {
  return { capture, saveIdea: true, note: '', tags: [], personaIds: [], kpiValues: [] };
}

/**
 * Saves a clip through core's saveClip: the idea and the KPI values picked for its figures, in
 * one transaction, references checked against the plan (a stale popup must not write an idea
 * that points into another plan), figures converted to KPI values by core.
 */
export async function saveDraft(
  db: PlanDb,
  planId: string,
  draft: Draft,
  today: string,
): Promise<{ ideaId?: string; kpiEntries: number }> {
  const { capture } = draft;
  const kpiValues = draft.kpiValues.map(({ figure: index, kpiId, confirmed }) => {
    const figure = capture.figures[index];
    if (!figure) throw new RangeError(`no figure ${index}`);
    const where = [figure.label, capture.pageTitle].filter(Boolean).join(' — ');
    const note = `${figure.text}${where ? ` (${where})` : ''}`.slice(0, limits.longText);
    return { kpiId, figure, note, ...(confirmed ? { confirmed } : {}) };
  });
  const saved = await saveClip(db, {
    planId,
    ...(draft.saveIdea ? { idea: ideaFields(draft) } : {}),
    kpiValues,
    ...(capture.pageUrl ? { sourceUrl: capture.pageUrl } : {}),
    today,
  });
  // A configured sync folder gets the clip shortly; a failure there never fails the clip.
  await folderAfterClip(db).catch(() => {});
  return saved;
}

function ideaFields(draft: Draft) {
  const { capture } = draft;
  const via = capture.foundOn ? `via ${capture.foundOn}` : '';
  return {
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

/** The fields of an idea that reading the page can complete. */
function pageFields(capture: Capture) {
  const { kind, text, pageUrl, pageTitle, site, metadata, figures } = ideaFields(quickDraft(capture));
  return { kind, text, pageUrl, pageTitle, site, metadata, figures };
}

/**
 * Completes a quick clip with what reading the page found (its own text of the selection,
 * metadata, figures): core's completeClip writes a field only while it still holds what the quick
 * clip stored, so an edit made meanwhile stays.
 */
export async function completeIdea(db: PlanDb, ideaId: string, quick: Capture, full: Capture): Promise<void> {
  await completeClip(db, ideaId, pageFields(quick), pageFields(full));
}
