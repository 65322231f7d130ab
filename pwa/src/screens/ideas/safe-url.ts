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

/** A title for the action an idea becomes: its first line, shortened on a word boundary. */
export function actionTitle(text: string, fallback: string, max = 120): string {
  const line = text.trim().split(/\r?\n/, 1)[0]?.trim() ?? '';
  const base = line || fallback.trim();
  if (base.length <= max) return base;
  const cut = base.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
