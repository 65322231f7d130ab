/**
 * A small namespace-aware XML reader for WebDAV answers, in plain TypeScript: the extension's
 * service worker has no DOMParser. It builds a tree of elements named by namespace URI and local
 * name (never by prefix: Apache, rclone and Nextcloud each pick their own), iteratively, within
 * limits, so that a hostile or broken answer is refused rather than freezing the caller. No DTD is
 * read and no entity other than XML's five and character references is expanded.
 */

export interface XmlElement {
  /** The namespace URI ('' when none). */
  ns: string;
  /** The local name, without prefix. */
  name: string;
  children: XmlElement[];
  /** The element's own text (entities decoded, CDATA included), children's text excluded. */
  text: string;
}

export type XmlErrorCode = 'too-large' | 'too-deep' | 'too-many' | 'malformed';

export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly code: XmlErrorCode,
    readonly at = 0,
  ) {
    super(`${code} at ${at}`);
  }
}

export const xmlLimits = { maxChars: 16 * 1024 * 1024, maxDepth: 64, maxElements: 200_000 } as const;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

interface Open {
  element: XmlElement;
  qname: string;
  scope: Map<string, string>;
}

export function parseXml(source: string, limits: Partial<typeof xmlLimits> = {}): XmlElement {
  const { maxChars, maxDepth, maxElements } = { ...xmlLimits, ...limits };
  if (source.length > maxChars) throw new XmlError('too-large');
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const stack: Open[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let i = 0;
  const fail = (code: XmlErrorCode = 'malformed'): never => {
    throw new XmlError(code, i);
  };
  const skipTo = (end: string) => {
    const at = text.indexOf(end, i);
    if (at < 0) fail();
    const from = i;
    i = at + end.length;
    return text.slice(from, at);
  };

  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? text.length : lt);
    if (chunk) {
      const top = stack[stack.length - 1];
      if (top) top.element.text += decode(chunk, fail);
      else if (chunk.trim()) fail();
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<?', i)) {
      skipTo('?>');
    } else if (text.startsWith('<!--', i)) {
      skipTo('-->');
    } else if (text.startsWith('<![CDATA[', i)) {
      i += 9;
      const data = skipTo(']]>');
      const top = stack[stack.length - 1] ?? fail();
      top.element.text += data;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      if (root || stack.length) fail();
      skipDoctype();
    } else if (text.startsWith('</', i)) {
      i += 2;
      const qname = skipTo('>').trim();
      const top = stack.pop();
      if (!top || top.qname !== qname) fail();
    } else {
      i += 1;
      const tag = readTag();
      if (root && stack.length === 0) fail(); // a second root
      if (++count > maxElements) fail('too-many');
      const parent = stack[stack.length - 1];
      const scope = new Map(parent?.scope ?? [['xml', XML_NS]]);
      for (const [name, value] of tag.attributes) {
        if (name === 'xmlns') scope.set('', value);
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value);
      }
      const colon = tag.qname.indexOf(':');
      const prefix = colon < 0 ? '' : tag.qname.slice(0, colon);
      const ns = scope.get(prefix);
      if (ns === undefined && prefix !== '') fail();
      const element: XmlElement = { ns: ns ?? '', name: tag.qname.slice(colon + 1), children: [], text: '' };
      if (parent) parent.element.children.push(element);
      else root = element;
      if (!tag.selfClosing) {
        if (stack.length >= maxDepth) fail('too-deep');
        stack.push({ element, qname: tag.qname, scope });
      }
    }
  }
  if (!root || stack.length > 0) return fail();
  return root;

  function readTag(): { qname: string; attributes: [string, string][]; selfClosing: boolean } {
    const nameEnd = scanName();
    const qname = text.slice(i, nameEnd);
    if (!NAME.test(qname)) fail();
    i = nameEnd;
    const attributes: [string, string][] = [];
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c === undefined) return fail();
      if (c === '>') {
        i++;
        return { qname, attributes, selfClosing: false };
      }
      if (c === '/' && text[i + 1] === '>') {
        i += 2;
        return { qname, attributes, selfClosing: true };
      }
      const end = scanName();
      const name = text.slice(i, end);
      if (!NAME.test(name)) fail();
      i = end;
      skipSpace();
      if (text[i] !== '=') fail();
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") return fail();
      i++;
      const value = skipTo(quote);
      if (value.includes('<')) fail();
      attributes.push([name, decode(value, fail)]);
    }
  }

  function scanName(): number {
    let j = i;
    while (j < text.length && !/[\s/>=]/.test(text[j] as string)) j++;
    return j;
  }

  function skipSpace() {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
  }

  /** A DOCTYPE is skipped, internal subset included; its entities are never expanded. */
  function skipDoctype() {
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '[') depth++;
      else if (c === ']') depth--;
      else if (c === '>' && depth <= 0) {
        i++;
        return;
      }
    }
    fail();
  }
}

function decode(raw: string, fail: () => never): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{1,10});/g, (_whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X'
          ? Number.parseInt(entity.slice(2), 16)
          : Number.parseInt(entity.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return fail();
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity] ?? fail();
  });
}

/** The children of `element` named `name` in namespace `ns`. */
export function childrenNamed(element: XmlElement, ns: string, name: string): XmlElement[] {
  return element.children.filter((c) => c.ns === ns && c.name === name);
}

export function childNamed(element: XmlElement, ns: string, name: string): XmlElement | undefined {
  return element.children.find((c) => c.ns === ns && c.name === name);
}
