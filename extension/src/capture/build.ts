import { limits } from '@jalon/core';
import type { Capture, Collected, Segment } from '../protocol.ts';
import { figureLocale, figuresFrom } from './figures.ts';
import { absoluteHttpUrl } from './page-tags.ts';

export type CaptureMode = 'selection' | 'page' | 'link' | 'popup';

/** What the browser told the service worker itself: enough for a clip when the page cannot be read. */
export interface BrowserHints {
  selectionText?: string | undefined;
  linkUrl?: string | undefined;
  pageUrl?: string | undefined;
  pageTitle?: string | undefined;
}

/**
 * A capture from what the content script collected, or, when the page could not be read (a
 * browser page, the web store, a PDF), from the browser's own hints: a clip is never lost.
 */
export function buildCapture(
  mode: CaptureMode,
  collected: Collected | undefined,
  hints: BrowserHints,
  userLocale: string,
  /** false: no figures yet (a menu clip stored before the page is read gets them when completed). */
  options: { figures: boolean } = { figures: true },
): Capture {
  const metadata = collected?.metadata ?? {};
  const pageUrl = collected?.url || hints.pageUrl || '';
  const pageTitle = collected?.title || metadata.title || hints.pageTitle || '';
  const selected = collected?.text || hints.selectionText?.trim() || '';
  const locale = figureLocale(metadata.language, userLocale);

  if (mode === 'link') {
    const linkUrl = hints.linkUrl ?? '';
    const linkText = collected?.linkText || hints.selectionText?.trim() || linkUrl;
    return capture({
      kind: 'link',
      text: linkText,
      pageUrl: linkUrl,
      pageTitle: linkText,
      site: siteOf(linkUrl, undefined),
      metadata: {},
      figures: [],
      locale,
      ...(pageUrl ? { foundOn: pageUrl } : {}),
    });
  }

  const segments: Segment[] = collected ? collected.segments : selected ? [{ text: selected }] : [];
  const kind = mode === 'page' || (mode === 'popup' && selected === '') ? 'page' : 'selection';
  return capture({
    kind: pageUrl === '' && selected === '' ? 'note' : kind,
    text: kind === 'page' ? selected || metadata.description || pageTitle : selected,
    pageUrl,
    pageTitle,
    site: siteOf(pageUrl, metadata.siteName),
    metadata,
    figures: !options.figures || (kind === 'page' && selected === '') ? [] : figuresFrom(segments, locale),
    locale,
  });
}

/** The site's own name when it gives one, else its host without "www.". */
export function siteOf(url: string, siteName: string | undefined): string {
  if (siteName) return siteName;
  const safe = absoluteHttpUrl(url, 'about:blank');
  return safe ? new URL(safe).hostname.replace(/^www\./, '') : '';
}

function capture(value: Capture): Capture {
  return {
    ...value,
    text: value.text.slice(0, limits.longText),
    pageUrl: value.pageUrl.slice(0, limits.url),
    pageTitle: value.pageTitle.slice(0, limits.shortText),
    site: value.site.slice(0, limits.shortText),
  };
}
