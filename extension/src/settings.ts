import { idSchema } from '@jalon/core';
import * as z from 'zod/mini';

/**
 * What the extension keeps in `chrome.storage.local` besides the database: the plan clips go to
 * and the interface language. Read with `safeParse` (storage is a trust boundary: an older
 * version or a hand edit may have left anything there); defaults live in the schema only.
 */
export const settingsSchema = z.object({
  planId: z.optional(idSchema),
  /** The plan this extension created for clips when there was none; see docs/extension.md. */
  inboxPlanId: z.optional(idSchema),
  language: z._default(z.enum(['auto', 'fr', 'en']), 'auto'),
});
export type Settings = z.infer<typeof settingsSchema>;
export type LanguageSetting = Settings['language'];

export const SETTINGS_KEY = 'settings';

/** Bad stored values fall back to the defaults field by field, rather than losing everything. */
export function parseSettings(stored: unknown): Settings {
  const whole = settingsSchema.safeParse(stored ?? {});
  if (whole.success) return whole.data;
  const fields = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (settingsSchema.safeParse({ [key]: value }).success) kept[key] = value;
  }
  return settingsSchema.parse(kept);
}

export async function readSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

export async function writeSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings()), ...changes });
  await chrome.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
