import { buildCapture, type CaptureMode } from '../capture/build.ts';
import { localToday } from '../local-date.ts';
import type { Capture } from '../protocol.ts';
import { readSettings } from '../settings.ts';
import { completeIdea, quickDraft, saveDraft } from './clips.ts';
import { planDb } from './db.ts';
import { userLocale } from './locale.ts';
import { isMenuId, type MenuId } from './menus.ts';
import { putPending } from './pending.ts';
import { currentPlan } from './plan.ts';
import { refreshBadge } from './refresh.ts';
import { collectFromTab, whileWarming } from './tab-capture.ts';

const modes: Record<MenuId, Exclude<CaptureMode, 'popup'>> = {
  'clip-selection': 'selection',
  'record-figure': 'selection',
  'clip-page': 'page',
  'clip-link': 'link',
};

/** `storedAt`: performance.now() when the clip was in the database (the bench reads it). */
export type MenuOutcome = { ideaId: string; storedAt: number } | { pendingId: string };

/**
 * A context menu click. Clips are saved here, in the service worker, whether or not any
 * extension page is open; "Record selected figure as a KPI value…" needs the user to pick the
 * KPI, so it keeps the capture aside and opens the capture window on it.
 */
export async function handleMenuClick(
  info: chrome.contextMenus.OnClickData,
  tab?: chrome.tabs.Tab,
): Promise<MenuOutcome | undefined> {
  if (!isMenuId(info.menuItemId)) return undefined;
  if (info.menuItemId === 'record-figure') {
    const capture = await captureFor(info.menuItemId, info, tab);
    const pendingId = await putPending(capture);
    await chrome.windows.create({
      url: chrome.runtime.getURL(`src/popup/index.html?pending=${pendingId}`),
      type: 'popup',
      width: 440,
      height: 640,
    });
    return { pendingId };
  }
  // Store first, from what the browser passed with the click (selection, address, title), so the
  // clip is safe within milliseconds; then read the page (injecting the content script when
  // needed, which can take longer) and complete the same idea with its metadata and figures.
  const db = planDb();
  const plan = await currentPlan(db);
  // No figures yet: finding them needs the page's language and builds core's tables for it.
  const quick = await captureFor(info.menuItemId, info, tab, { readPage: false });
  const { ideaId } = await saveDraft(db, plan.id, quickDraft(quick), localToday());
  const storedAt = performance.now();
  if (!ideaId) return undefined;
  const full = await captureFor(info.menuItemId, info, tab);
  await completeIdea(db, ideaId, quick, full);
  // Stored: the badge follows, off the clip's critical path (a failure there loses nothing).
  void refreshBadge().catch(() => {});
  return { ideaId, storedAt };
}

async function captureFor(
  id: MenuId,
  info: chrome.contextMenus.OnClickData,
  tab?: chrome.tabs.Tab,
  options: { readPage: boolean } = { readPage: true },
): Promise<Capture> {
  const mode = modes[id];
  const { locale } = userLocale(await readSettings());
  const tabId = tab?.id ?? -1;
  const collected =
    options.readPage && tabId >= 0
      ? await whileWarming(
          collectFromTab(tabId, info.frameId ?? 0, {
            type: 'collect',
            mode,
            ...(info.linkUrl ? { linkUrl: info.linkUrl } : {}),
          }),
          locale,
        )
      : undefined;
  return buildCapture(
    mode,
    collected,
    {
      selectionText: info.selectionText,
      linkUrl: info.linkUrl,
      pageUrl: info.frameUrl ?? info.pageUrl ?? tab?.url,
      pageTitle: tab?.title,
    },
    locale,
    { figures: options.readPage },
  );
}
