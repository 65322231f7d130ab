import { type Idea, ideaActionTitle, PlanError } from '@jalon/core';
import {
  acceptIdea as accept,
  getRecord,
  listRecords,
  type PlanDb,
  setIdeaStatus,
} from '@jalon/core/storage';
import type { IdeaSummary } from '../protocol.ts';

export function summary(idea: Idea): IdeaSummary {
  return {
    id: idea.id,
    kind: idea.kind,
    text: idea.text,
    pageUrl: idea.pageUrl,
    pageTitle: idea.pageTitle,
    site: idea.site,
    tags: idea.tags,
    status: idea.status,
    createdAt: idea.createdAt,
    ...(idea.leverId ? { leverId: idea.leverId } : {}),
  };
}

const newestFirst = (a: Idea, b: Idea) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

export async function listIdeas(db: PlanDb, planId: string): Promise<Idea[]> {
  return (await listRecords(db, 'ideas', planId)).sort(newestFirst);
}

export async function inboxIdeas(db: PlanDb, planId: string): Promise<Idea[]> {
  return (await listIdeas(db, planId)).filter((idea) => idea.status === 'inbox');
}

/** The popup acts on the plan it shows: an idea of another plan is refused as missing. */
async function ideaInPlan(db: PlanDb, planId: string, id: string): Promise<Idea> {
  const idea = await getRecord(db, 'ideas', id);
  if (!idea || idea.planId !== planId) throw new PlanError('record-missing', `ideas.${id}`);
  return idea;
}

/**
 * Accepting an idea from the popup turns it into a key action under the lever the user picked,
 * titled by the idea's first line (core's acceptIdea: one transaction, linked both ways).
 */
export async function acceptIdea(db: PlanDb, planId: string, id: string, leverId: string): Promise<string> {
  const idea = await ideaInPlan(db, planId, id);
  return (await accept(db, id, { title: ideaActionTitle(idea), leverId })).id;
}

export async function discardIdea(db: PlanDb, planId: string, id: string): Promise<void> {
  await ideaInPlan(db, planId, id);
  await setIdeaStatus(db, id, 'discarded');
}
