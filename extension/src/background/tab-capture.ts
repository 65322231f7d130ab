import contentScript from '../capture/content.ts?script&iife';
import { warmFigures } from '../capture/figures.ts';
import { type Collected, type CollectRequest, collectResultSchema } from '../protocol.ts';

// A page busy with its own scripts may answer late; past this, the clip uses the browser's hints.
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * Reads the page through the content script, injecting it first when it is not there: a tab
 * opened before the extension was installed or updated has none, and an updated extension's
 * old copy can no longer answer ("Receiving end does not exist"). Ask, inject, ask once more.
 * Undefined when the page cannot be read (browser pages, the web store, no activeTab grant).
 */
export async function collectFromTab(
  tabId: number,
  frameId: number,
  request: CollectRequest,
): Promise<Collected | undefined> {
  const first = await ask(tabId, frameId, request);
  if (first.answered) return first.collected;
  try {
    await chrome.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [contentScript] });
  } catch {
    return undefined;
  }
  const second = await ask(tabId, frameId, request);
  return second.collected;
}

async function ask(
  tabId: number,
  frameId: number,
  request: CollectRequest,
): Promise<{ answered: boolean; collected?: Collected }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ANSWER_TIMEOUT_MS);
  });
  try {
    const answer = await Promise.race([chrome.tabs.sendMessage(tabId, request, { frameId }), timeout]);
    if (answer === 'timeout') return { answered: true };
    // The answer is page-derived: checked like any other message.
    const result = collectResultSchema.safeParse(answer);
    if (result.success && result.data.ok) return { answered: true, collected: result.data.data };
    return { answered: true };
  } catch {
    return { answered: false };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for the page's answer and, meanwhile, has core build its tables for the user's locale
 * (the usual language of the figures): the page reads itself in its own process while the worker
 * does that work, instead of after. Once built, the tables stay for the worker's life.
 */
export async function whileWarming<T>(reading: Promise<T>, locale: string): Promise<T> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  warmFigures(locale);
  return reading;
}

/**
 * The tab the toolbar popup was opened over: the active tab of the last focused browser window
 * (the popup itself is not a window; a capture window is, of type "popup", hence the filter).
 * Undefined for none, or for one of the extension's own pages.
 */
export async function popupTab(): Promise<chrome.tabs.Tab | undefined> {
  const window = await chrome.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  if (!window?.id) return undefined;
  const [tab] = await chrome.tabs.query({ active: true, windowId: window.id });
  if (tab?.id === undefined || tab.url?.startsWith(chrome.runtime.getURL(''))) return undefined;
  return tab;
}
