import { limits, type PageMetadata } from '@jalon/core';
import type { Collected, CollectRequest } from '../protocol.ts';
import { extractPageMetadata } from './metadata.ts';
import { selectionSegments } from './selection.ts';

// Reading the metadata is the slow part of a clip (Readability walks the page): read it once per
// address, so that the second clip on a page is stored faster than the first.
let cached: { doc: Document; href: string; metadata: PageMetadata } | undefined;

function metadataOf(doc: Document): PageMetadata {
  const href = doc.location.href;
  if (cached?.doc !== doc || cached.href !== href) cached = { doc, href, metadata: extractPageMetadata(doc) };
  return cached.metadata;
}

/** What the page says of itself at once: Readability's reading when cached, else the plain tags. */
function tagsFirst(doc: Document): PageMetadata {
  if (cached?.doc === doc && cached.href === doc.location.href) return cached.metadata;
  // Read the article once this answer is on its way: the save asks again and finds it ready.
  setTimeout(() => metadataOf(doc), 0);
  return extractPageMetadata(doc, { article: false });
}

/** What the content script reads from the page for one capture (runs in the page, in the extension's world). */
export function collectPage(doc: Document, request: CollectRequest): Collected {
  const selection = doc.getSelection();
  const linkText =
    request.mode === 'link' && request.linkUrl ? findLinkText(doc, request.linkUrl) : undefined;
  return {
    url: doc.location.href.slice(0, limits.url),
    title: doc.title.replace(/\s+/g, ' ').trim().slice(0, limits.shortText),
    text: (selection?.toString() ?? '').trim().slice(0, limits.longText),
    segments: selectionSegments(selection),
    // A link clip is about the link's target, not this page: no need to read this page's tags.
    metadata: request.mode === 'link' ? {} : request.metadata === 'tags' ? tagsFirst(doc) : metadataOf(doc),
    ...(linkText ? { linkText } : {}),
  };
}

function findLinkText(doc: Document, href: string): string | undefined {
  for (const anchor of doc.querySelectorAll('a[href]')) {
    if ((anchor as HTMLAnchorElement).href !== href) continue;
    const text =
      (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() || anchor.getAttribute('title')?.trim();
    if (text) return text.slice(0, limits.shortText);
  }
  return undefined;
}
