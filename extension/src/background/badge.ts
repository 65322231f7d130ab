import { inboxCount, type PlanDb, storageMessage } from '@jalon/core/storage';
import { translate } from '../i18n.ts';
import type { Language } from '../protocol.ts';

/** The toolbar badge: how many clipped ideas wait in the inbox of the current plan. */
export async function showInboxCount(
  db: PlanDb,
  planId: string | undefined,
  language: Language,
): Promise<number> {
  const count = planId ? await inboxCount(db, planId) : 0;
  await chrome.action.setBadgeBackgroundColor({ color: '#1f5f8b' });
  await chrome.action.setBadgeText({ text: count === 0 ? '' : count > 999 ? '999+' : String(count) });
  await chrome.action.setTitle({ title: translate(language, 'badgeTitle', { count }) });
  return count;
}

/**
 * A clip made from the menu has no page to show an error on: the badge turns red and the
 * icon's tooltip says what went wrong, until the next successful clip.
 */
export async function showClipFailure(language: Language, code?: string): Promise<void> {
  const message =
    code &&
    ['quota-exceeded', 'connection-lost', 'version-changed', 'storage-failed', 'upgrade-blocked'].includes(
      code,
    )
      ? storageMessage(code as Parameters<typeof storageMessage>[0], language)
      : translate(language, 'clipFailed');
  await chrome.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await chrome.action.setBadgeText({ text: '!' });
  await chrome.action.setTitle({ title: message });
}
