import type { Draft } from '../protocol.ts';
import { collectFromTab, popupTab } from './tab-capture.ts';

/**
 * The toolbar popup opens on the page's own tags, so that it is on screen before Readability has
 * read the page (tens of milliseconds on a large one, the first time). By the time the user taps
 * save, the page has read itself: its full metadata (author, excerpt, date…) replaces the tags in
 * the clip, when the tab still shows that page. Otherwise the tags are kept: a clip never fails
 * for want of them. Drafts of the capture window were read whole by the menu click already.
 */
export async function withFullMetadata(draft: Draft): Promise<Draft> {
  if (draft.pendingId !== undefined || draft.capture.kind === 'note') return draft;
  const tab = await popupTab();
  if (tab?.id === undefined || tab.url !== draft.capture.pageUrl) return draft;
  const collected = await collectFromTab(tab.id, 0, { type: 'collect', mode: 'page' });
  if (!collected || collected.url !== draft.capture.pageUrl) return draft;
  return { ...draft, capture: { ...draft.capture, metadata: collected.metadata } };
}
