import { limits, type PageMetadata } from '@jalon/core';
import { Readability } from '@mozilla/readability';
import { readPageTags } from './page-tags.ts';

// Readability walks every element; past this size it refuses, and the plain tags are used.
const MAX_ELEMENTS = 30_000;

/**
 * What a page says about itself: title, description, site name, author, published date,
 * language, canonical URL and image. Title, author, description (excerpt), site name and date
 * come from Mozilla's Readability, which weighs `<title>`, meta, Open Graph, Dublin Core,
 * Parse.ly and JSON-LD and, failing those, finds a byline or a first paragraph in the article;
 * `readPageTags` adds the rest. Runs on a clone: Readability rewrites the document it parses.
 * `article: false` reads the tags only (fast: no walk of the page).
 */
export function extractPageMetadata(
  doc: Document,
  options: { article: boolean } = { article: true },
): PageMetadata {
  const tags = readPageTags(doc);
  const article = options.article ? readArticle(doc) : null;
  const short = (value: string | null | undefined) => clean(value, limits.shortText);
  const metadata: PageMetadata = {
    title: short(article?.title) ?? short(tags.title),
    description: clean(article?.excerpt, limits.longText) ?? clean(tags.description, limits.longText),
    siteName: short(article?.siteName) ?? short(tags.siteName),
    author: short(article?.byline) ?? short(tags.author),
    published: short(article?.publishedTime) ?? short(tags.published),
    language: short(article?.lang) ?? short(tags.language),
    canonicalUrl: clean(tags.canonicalUrl, limits.url),
    image: clean(tags.image, limits.url),
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)) as PageMetadata;
}

function readArticle(doc: Document) {
  try {
    const clone = doc.cloneNode(true) as Document;
    return new Readability(clone, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    return null; // too large, or a document Readability cannot walk: the plain tags will do
  }
}

/** Whitespace collapsed (page text is indented markup), cut to the field's limit. */
function clean(value: string | null | undefined, max: number): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
}
