/**
 * What Readability does not read: the canonical URL, the image and the language, from link, meta,
 * Open Graph and JSON-LD (schema.org) tags; plus plain-tag fallbacks for the fields Readability
 * reads, for pages where it gives up (no article, or too many elements).
 */
export interface PageTags {
  title?: string | undefined;
  description?: string | undefined;
  siteName?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  language?: string | undefined;
  canonicalUrl?: string | undefined;
  image?: string | undefined;
}

type JsonLd = Record<string, unknown>;

export function readPageTags(doc: Document): PageTags {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}" i], meta[name="${name}" i]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const link = (rel: string) => doc.querySelector(`link[rel~="${rel}" i]`)?.getAttribute('href') ?? undefined;
  const ld = jsonLdNodes(doc);
  const ldValue = (pick: (node: JsonLd) => string | undefined) => {
    for (const node of ld) {
      const value = pick(node);
      if (value) return value;
    }
    return undefined;
  };
  const url = (value: string | undefined) => absoluteHttpUrl(value, doc.baseURI);

  return compact({
    title: meta('og:title', 'twitter:title') ?? (doc.title.trim() || undefined),
    description: meta('description', 'og:description', 'twitter:description'),
    siteName: meta('og:site_name', 'application-name') ?? ldValue((n) => nameOf(n.publisher)),
    author: meta('author', 'article:author') ?? ldValue((n) => nameOf(n.author)),
    published: meta('article:published_time', 'datePublished') ?? ldValue((n) => text(n.datePublished)),
    language:
      doc.documentElement.getAttribute('lang')?.trim() ||
      doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')?.trim() ||
      meta('og:locale')?.replace('_', '-') ||
      ldValue((n) => text(n.inLanguage)),
    canonicalUrl: url(link('canonical')) ?? url(meta('og:url')) ?? url(ldValue((n) => text(n.url))),
    image:
      url(meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src')) ??
      url(link('image_src')) ??
      url(ldValue((n) => urlOf(n.image))),
  });
}

/** Every object of every JSON-LD block, `@graph` members included, articles first. */
function jsonLdNodes(doc: Document): JsonLd[] {
  const nodes: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      nodes.push(value as JsonLd);
      visit((value as JsonLd)['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block on someone else's page: skip it, the other tags still count.
    }
  }
  const isArticle = (node: JsonLd) => /Article|BlogPosting|Report|WebPage/.test(String(node['@type'] ?? ''));
  return [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return text((value as JsonLd).name);
  return text(value);
}

function urlOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return urlOf(value[0]);
  if (value && typeof value === 'object')
    return text((value as JsonLd).url) ?? text((value as JsonLd).contentUrl);
  return text(value);
}

/** Only http(s) URLs are kept: a `javascript:` or `data:` URL must never become a link. */
export function absoluteHttpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
