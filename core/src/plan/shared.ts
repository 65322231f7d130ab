import * as z from 'zod/mini';
import { limits } from '../model/common.ts';
import type { Idea } from '../model/idea.ts';

/**
 * What another app hands over when the user shares a link, a text or a page with Jalon (the Web
 * Share Target's `title`, `text` and `url` fields, as the platform fills them). Untrusted: every
 * field is checked against the idea's own limits before anything is written.
 */
export const sharedSchema = z.object({
  title: z._default(z.string().check(z.maxLength(limits.shortText)), ''),
  text: z._default(z.string().check(z.maxLength(limits.longText)), ''),
  url: z._default(z.string().check(z.maxLength(limits.url)), ''),
});
export type Shared = z.infer<typeof sharedSchema>;

/** A share's id as the service worker makes it (a UUID, also the idea's id); nothing else is read. */
export const shareIdSchema = z
  .string()
  .check(z.regex(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/));

/** The idea fields a share becomes (kind, text, page address and title, site). */
export type SharedIdea = Pick<Idea, 'kind' | 'text' | 'pageUrl' | 'pageTitle' | 'site'>;

export type SharedResult =
  | { ok: true; idea: SharedIdea }
  | { ok: false; error: 'empty' | 'invalid'; field?: string };

// The WHATWG URL parser is in every browser and in Node 20; the pure typecheck has no DOM library to say so.
declare const URL: new (text: string) => { protocol: string; hostname: string; href: string };

const webAddress = /https?:\/\/[^\s<>"'«»“”]+/i;

function httpUrl(text: string): InstanceType<typeof URL> | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A share as an idea for the inbox. Many Android apps put the page's address in `text` rather
 * than in `url` ("Read this: https://…"): the first web address found there becomes the page, and
 * the text keeps the rest. An address that is not http(s) is never a page (it stays text, shown as
 * text). A share with nothing in it is refused (`empty`), and so is a field that is not text or is over
 * the limits (`invalid`, naming it).
 */
export function ideaFromShare(input: unknown): SharedResult {
  const parsed = sharedSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return { ok: false, error: 'invalid', ...(typeof field === 'string' ? { field } : {}) };
  }
  const title = parsed.data.title.replace(/\s+/g, ' ').trim();
  let text = parsed.data.text.trim();
  let page = httpUrl(parsed.data.url.trim());
  if (!page && parsed.data.url.trim()) text = [text, parsed.data.url.trim()].filter(Boolean).join('\n');
  if (!page) {
    const found = webAddress.exec(text);
    // Punctuation closing the sentence is not part of the address.
    const address = found?.[0].replace(/[.,;:!?)\]]+$/, '') ?? '';
    const url = found && httpUrl(address);
    if (found && url) {
      page = url;
      text = (text.slice(0, found.index) + text.slice(found.index + address.length))
        .replace(/\(\s*\)/g, '')
        .replace(/[ \t]+\n/g, '\n')
        .trim();
    }
  }
  if (!title && !text && !page) return { ok: false, error: 'empty' };
  // A title the app also put at the head of the text is said once.
  if (title && text.startsWith(title)) text = text.slice(title.length).trim();
  const pageUrl = page?.href ?? '';
  if (pageUrl.length > limits.url) return { ok: false, error: 'invalid', field: 'url' };
  return {
    ok: true,
    idea: {
      kind: page ? (text ? 'selection' : 'page') : 'note',
      text,
      pageUrl,
      pageTitle: title,
      site: page ? page.hostname.replace(/^www\./, '') : '',
    },
  };
}
