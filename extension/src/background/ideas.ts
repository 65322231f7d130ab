import {
  createRecord,
  getRecord,
  type Idea,
  limits,
  listRecords,
  type PlanDb,
  PlanError,
  updateRecord,
} from '@jalon/core';
import type { IdeaSummary } from '../messages.ts';

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

async function ideaInPlan(db: PlanDb, planId: string, id: string): Promise<Idea> {
  const idea = await getRecord(db, 'ideas', id);
  if (!idea || idea.planId !== planId) throw new PlanError('invalid-record', `ideas.${id}`, 'not found');
  return idea;
}

/**
 * Accepting an idea turns it into a key action under the lever the user picked (every action
 * names its lever: objective → lever → action is one tree); the idea keeps a link to it.
 * One transaction: there is never an action without its accepted idea, or the reverse.
 */
export async function acceptIdea(db: PlanDb, planId: string, id: string, leverId: string): Promise<string> {
  return db.transaction('rw', [db.ideas, db.actions, db.levers, db.meta], async () => {
    const idea = await ideaInPlan(db, planId, id);
    const lever = await getRecord(db, 'levers', leverId);
    if (!lever || lever.planId !== planId)
      throw new PlanError('invalid-record', `levers.${leverId}`, 'not found');
    const source = [idea.pageTitle, idea.pageUrl].filter(Boolean).join(' — ');
    const action = await createRecord(db, 'actions', {
      planId,
      leverId,
      title: actionTitle(idea),
      description: [idea.text, idea.note, source].filter(Boolean).join('\n\n').slice(0, limits.longText),
      personaIds: idea.personaIds,
    });
    await updateRecord(db, 'ideas', id, { status: 'accepted', actionId: action.id, leverId });
    return action.id;
  });
}

export async function discardIdea(db: PlanDb, planId: string, id: string): Promise<void> {
  await ideaInPlan(db, planId, id);
  await updateRecord(db, 'ideas', id, { status: 'discarded' });
}

/** The first line of the idea, cut at a word near the title limit. */
export function actionTitle(idea: Pick<Idea, 'text' | 'pageTitle'>): string {
  const line = (idea.text.split('\n').find((l) => l.trim() !== '') ?? idea.pageTitle)
    .replace(/\s+/g, ' ')
    .trim();
  const text = line || idea.pageTitle || '—';
  if (text.length <= 120) return text;
  const cut = text.slice(0, 120);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 60 ? space : 120)}…`;
}
