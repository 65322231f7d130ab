// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata } from './metadata.ts';

// The saved pages beside the repository (`shared/` sits next to it), with Readability's expected metadata.
// (Node's URL: under happy-dom the global one is the page's.)
const PAGES = fileURLToPath(new NodeURL('../../../test/fixtures/pages', import.meta.url));
const names = readdirSync(PAGES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

function load(html: string, url = 'https://example.org/article/'): Document {
  // Saved pages link stylesheets and iframes, which happy-dom would try to load and log its
  // refusal of (see the environment options above); metadata never reads iframes.
  const inert = html.replace(/<(\/?)iframe\b/gi, '<$1x-iframe');
  const doc = new DOMParser().parseFromString(inert, 'text/html');
  const base = doc.createElement('base');
  base.href = url;
  doc.head.prepend(base);
  return doc;
}

const norm = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

describe('extractPageMetadata on saved pages', () => {
  for (const name of names) {
    it(`reads the title, author and site name Readability's suite expects from ${name}`, () => {
      const doc = load(readFileSync(join(PAGES, name, 'source.html'), 'utf8'));
      const expected = JSON.parse(readFileSync(join(PAGES, name, 'expected-metadata.json'), 'utf8'));
      const metadata = extractPageMetadata(doc);
      expect(metadata.title).toBe(norm(expected.title));
      expect(metadata.author).toBe(norm(expected.byline));
      expect(metadata.siteName).toBe(norm(expected.siteName));
      expect(metadata.published).toBe(norm(expected.publishedTime));
    });
  }
});

describe('extractPageMetadata', () => {
  it('reads Open Graph, canonical, image and language, resolved against the page', () => {
    const doc = load(
      `<html lang="fr-FR"><head><title>Salon 2026</title>
        <meta property="og:site_name" content="Événements Pro">
        <meta property="og:image" content="/img/salon.png">
        <link rel="canonical" href="/salon-2026">
        <meta name="description" content="Le salon   des
          décideurs.">
      </head><body><p>Texte</p></body></html>`,
      'https://events.example/fr/page?x=1',
    );
    expect(extractPageMetadata(doc)).toMatchObject({
      title: 'Salon 2026',
      siteName: 'Événements Pro',
      description: 'Le salon des décideurs.',
      language: 'fr-FR',
      canonicalUrl: 'https://events.example/salon-2026',
      image: 'https://events.example/img/salon.png',
    });
  });

  it('reads schema.org JSON-LD, @graph included', () => {
    const doc = load(`<html><head><title>x</title><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
       {"@type":"NewsArticle","headline":"Le titre","author":[{"name":"A. Martin"},{"name":"B. Durand"}],
        "datePublished":"2026-02-03","image":{"url":"https://cdn.example/a.jpg"},"inLanguage":"fr",
        "publisher":{"name":"Le Journal"},"url":"https://journal.example/a"}]}
    </script></head><body><p>Corps</p></body></html>`);
    expect(extractPageMetadata(doc)).toMatchObject({
      title: 'Le titre',
      author: 'A. Martin, B. Durand',
      published: '2026-02-03',
      siteName: 'Le Journal',
      image: 'https://cdn.example/a.jpg',
      canonicalUrl: 'https://journal.example/a',
    });
  });

  it('keeps no javascript: or data: URL, and survives broken JSON-LD', () => {
    const doc = load(`<html><head><title>t</title>
      <link rel="canonical" href="javascript:alert(1)">
      <meta property="og:image" content="data:image/png;base64,AAAA">
      <script type="application/ld+json">{ not json</script>
    </head><body></body></html>`);
    const metadata = extractPageMetadata(doc);
    expect(metadata.canonicalUrl).toBeUndefined();
    expect(metadata.image).toBeUndefined();
    expect(metadata.title).toBe('t');
  });

  it('leaves the page it reads untouched (Readability works on a copy)', () => {
    const doc = load(
      '<html><head><title>t</title></head><body><div class="comment"><p>Hello there</p></div><script>1</script></body></html>',
    );
    const before = doc.documentElement.outerHTML;
    extractPageMetadata(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
