import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from './xml.ts';

const codeOf = (text: string, limits = {}) => {
  try {
    parseXml(text, limits);
    return 'parsed';
  } catch (error) {
    return error instanceof XmlError ? error.code : String(error);
  }
};

describe('parseXml', () => {
  it('names elements by namespace URI, whatever the prefix, redeclared or default', () => {
    const root = parseXml(
      '<?xml version="1.0"?><D:a xmlns:D="DAV:"><x:b xmlns:x="DAV:">1</x:b><c xmlns="DAV:"><d/></c><D:e/></D:a>',
    );
    expect(root).toMatchObject({ ns: 'DAV:', name: 'a' });
    expect(root.children.map((c) => [c.ns, c.name])).toEqual([
      ['DAV:', 'b'],
      ['DAV:', 'c'],
      ['DAV:', 'e'],
    ]);
    expect(root.children[1]!.children[0]).toMatchObject({ ns: 'DAV:', name: 'd' });
  });

  it('decodes the five entities and character references, reads CDATA, skips comments', () => {
    const root = parseXml(
      '<a>&quot;x&amp;y&lt;&gt;&apos;&#233;&#x20AC;<!-- no --><![CDATA[<raw>&amp;]]></a>',
    );
    expect(root.text).toBe('"x&y<>\'é€<raw>&amp;');
  });

  it('skips a DOCTYPE without expanding its entities', () => {
    const bomb = '<!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;">]><a>&y;</a>';
    expect(codeOf(bomb)).toBe('malformed');
    expect(parseXml('<!DOCTYPE a [<!ENTITY x "x">]><a>ok</a>').text).toBe('ok');
  });

  it('refuses broken documents', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a>',
      'text',
      '<a/><b/>',
      '<x:a/>',
      '<a b=1/>',
      '<a>&bogus;</a>',
      '',
    ]) {
      expect(codeOf(bad), bad).toBe('malformed');
    }
  });

  it('refuses, without recursion, nesting past the limit and too many elements', () => {
    const deep = `${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`;
    expect(codeOf(deep)).toBe('too-deep');
    expect(codeOf(`<r>${'<a/>'.repeat(1_001)}</r>`, { maxElements: 1_000 })).toBe('too-many');
    expect(codeOf(`<r>${'x'.repeat(2_000)}</r>`, { maxChars: 1_000 })).toBe('too-large');
  });
});
