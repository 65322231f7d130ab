import '../zod-setup.ts';
import { collectRequestSchema, failure } from '../protocol.ts';
import { collectPage } from './collect.ts';

/**
 * The content script, injected on demand into the tab the user clipped from (never declared for
 * all sites). It answers the service worker's `collect` request and nothing else. It never opens
 * the database: IndexedDB here would be the site's, not the extension's.
 */
type Scope = typeof globalThis & { __jalonContent?: AbortController };

function listen(signal: AbortSignal): void {
  const onMessage = (
    message: unknown,
    sender: chrome.runtime.MessageSender,
    respond: (r: unknown) => void,
  ) => {
    // Only the extension itself (its service worker) may ask; other content scripts carry a tab.
    if (sender.id !== chrome.runtime.id || sender.tab !== undefined) return false;
    const request = collectRequestSchema.safeParse(message);
    if (!request.success) {
      respond(failure('invalid-message'));
      return false;
    }
    try {
      respond({ ok: true, data: collectPage(document, request.data) });
    } catch (error) {
      respond(failure('unexpected', String(error)));
    }
    return false;
  };
  chrome.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(onMessage));
}

// Injected again after an update (the old copy lost its extension): the new copy replaces it.
const scope = globalThis as Scope;
scope.__jalonContent?.abort();
const controller = new AbortController();
scope.__jalonContent = controller;
listen(controller.signal);
