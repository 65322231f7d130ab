/**
 * The popup's first request, sent by the first module to run (main.tsx imports it before
 * anything else): the worker gathers what the popup shows (plan lists, the tab's selection)
 * while the rest of the popup's code evaluates and draws, rather than after.
 */
performance.mark('jalon-start');

/** The capture window opened by "Record selected figure as a KPI value…" names its pending capture. */
export const pendingId = new URLSearchParams(location.search).get('pending') ?? undefined;

/** The raw answer, checked by the app (ask.ts's answerTo) like any other. */
export const opening: Promise<unknown> = chrome.runtime.sendMessage({
  type: 'popup/open',
  ...(pendingId ? { pendingId } : {}),
});
