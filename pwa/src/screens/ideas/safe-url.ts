/**
 * A clipped page address, only if it is http(s): an idea arrives from a bundle file, untrusted,
 * and a `javascript:` or `data:` link must never become clickable.
 */
export function safeHttpUrl(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
