import { describe, expect, it } from 'vitest';
import { apacheListing, nextcloudListing, rcloneListing } from './listings.test-support.ts';
import { ListingError, normaliseEtag, parseMultistatus } from './propfind.ts';

describe('parseMultistatus', () => {
  const cases = [
    ['Apache', apacheListing, 'http://127.0.0.1:8080/dav/plan-1/'],
    ['rclone', rcloneListing, 'http://127.0.0.1:8081/plan-1/'],
    ['Nextcloud', nextcloudListing, 'https://cloud.example/remote.php/dav/files/claire/Jalon/plan-1/'],
  ] as const;

  for (const [server, body, url] of cases) {
    it(`reads ${server}'s listing: the folder itself, files and sub-folders, names decoded to NFC`, () => {
      const listing = parseMultistatus(body, url);
      expect(listing.self).toMatchObject({ name: '', collection: true });
      const byName = Object.fromEntries(listing.children.map((e) => [e.name, e]));
      expect(Object.keys(byName).sort()).toEqual(['0123456789abcdef.json.gz', 'Café été.txt', 'sub']);
      expect(byName['0123456789abcdef.json.gz']).toMatchObject({ collection: false, length: '5' });
      expect(byName['0123456789abcdef.json.gz']?.etag).toMatch(/^[^"W]/);
      expect(byName['0123456789abcdef.json.gz']?.lastModified).toMatch(/GMT$/);
      expect(byName.sub).toMatchObject({ collection: true });
      // Properties come from the 200 propstat only: a 404 getcontentlength is absent, not "".
      expect(byName.sub?.length).toBeUndefined();
    });
  }

  it('keeps property values as strings (no number coercion)', () => {
    const listing = parseMultistatus(rcloneListing, 'http://127.0.0.1:8081/plan-1/');
    expect(typeof listing.children.find((e) => !e.collection)?.length).toBe('string');
  });

  it('finds the folder itself behind a proxy that adds a prefix', () => {
    const listing = parseMultistatus(rcloneListing, 'http://127.0.0.1:9000/rc/plan-1/');
    expect(listing.self?.collection).toBe(true);
    expect(listing.children).toHaveLength(3);
  });

  it('resolves relative and absolute hrefs alike', () => {
    const body = (href: string) =>
      `<d:multistatus xmlns:d="DAV:"><d:response><d:href>${href}</d:href><d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
    for (const href of ['a%5bb%5D.json', '/f/a%5bb%5D.json', 'http://h/f/a%5Bb%5d.json']) {
      expect(parseMultistatus(body(href), 'http://h/f/').children[0]?.name, href).toBe('a[b].json');
    }
  });

  it('refuses anything but a DAV: multistatus (a login page, plain text)', () => {
    for (const body of [
      '<html><body>Login</body></html>',
      'OK',
      '<multistatus/>',
      '<d:multistatus xmlns:d="x"/>',
    ]) {
      expect(() => parseMultistatus(body, 'http://h/'), body).toThrow(ListingError);
    }
  });
});

describe('normaliseEtag', () => {
  it('gives one spelling for weak, strong, quoted and compressed forms', () => {
    for (const raw of [
      'W/"5-66181"',
      '"5-66181"',
      '5-66181',
      '"5-66181-gzip"',
      '"5-66181"-br',
      ' W/"5-66181;gzip" ',
    ]) {
      expect(normaliseEtag(raw), raw).toBe('5-66181');
    }
    expect(normaliseEtag('')).toBeUndefined();
    expect(normaliseEtag(undefined)).toBeUndefined();
  });
});
