import { createRecord, type Idea, updateRecord } from '@jalon/core';
import { db } from '../../data/db.ts';
import { actionTitle } from './safe-url.ts';

/**
 * An idea becomes a key action of the chosen lever, and the idea points at it — both in one
 * transaction, so there is never an action without its accepted idea or the reverse.
 */
export async function acceptIdea(idea: Idea, leverId: string, untitled: string): Promise<string> {
  return db.transaction('rw', db.actions, db.ideas, db.meta, async () => {
    const title = actionTitle(idea.text, idea.pageTitle || untitled);
    const description = [idea.text.trim(), idea.note.trim(), idea.pageUrl].filter(Boolean).join('\n\n');
    const action = await createRecord(db, 'actions', {
      planId: idea.planId,
      leverId,
      title,
      description: description.slice(0, 20_000),
      personaIds: idea.personaIds,
    });
    await updateRecord(db, 'ideas', idea.id, { status: 'accepted', actionId: action.id, leverId });
    return action.title;
  });
}

export async function setIdeaStatus(idea: Idea, status: 'inbox' | 'discarded'): Promise<void> {
  await updateRecord(db, 'ideas', idea.id, { status });
}
