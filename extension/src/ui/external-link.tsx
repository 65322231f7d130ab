import { absoluteHttpUrl } from '../capture/page-tags.ts';

/**
 * A URL from a page, shown safely: a link only when it is http(s) (never `javascript:` or
 * `data:`), opened without giving the page a handle on the extension; otherwise the URL as text.
 */
export function ExternalLink({ url, children }: { url: string; children?: string }) {
  const safe = absoluteHttpUrl(url, 'about:blank');
  // Not a web address: show the address itself (a label like "source" would hide what it is).
  if (!safe) return <span class="url">{url}</span>;
  const label = children || url;
  return (
    <a class="url" href={safe} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
