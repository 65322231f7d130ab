import { newId } from '@jalon/core';
import * as z from 'zod/mini';
import { type Capture, captureSchema } from '../protocol.ts';

/**
 * A figure waiting for the user to pick its KPI: "Record selected figure as a KPI value…" reads
 * the page, keeps the capture here, and opens the capture window on it. Session storage: only
 * the extension's own pages and worker can read it, and it does not outlive the browser session.
 */
const pendingSchema = z.object({ capture: captureSchema, createdAt: z.string() });
const key = (id: string) => `pending:${id}`;

export async function putPending(capture: Capture): Promise<string> {
  const id = newId();
  await chrome.storage.session.set({ [key(id)]: { capture, createdAt: new Date().toISOString() } });
  return id;
}

export async function getPending(id: string): Promise<Capture | undefined> {
  const stored = await chrome.storage.session.get(key(id));
  const parsed = pendingSchema.safeParse(stored[key(id)]);
  return parsed.success ? parsed.data.capture : undefined;
}

export async function dropPending(id: string): Promise<void> {
  await chrome.storage.session.remove(key(id));
}
