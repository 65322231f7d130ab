import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from './text.ts';
import { basicAuth, childUrl, deviceFileUrl, fileKind, normaliseFolderUrl } from './urls.ts';

describe('normaliseFolderUrl', () => {
  it('ends a folder address with a slash and keeps its path', () => {
    expect(normaliseFolderUrl(' https://cloud.example/remote.php/dav/files/claire/Jalon ')).toMatchObject({
      ok: true,
      url: 'https://cloud.example/remote.php/dav/files/claire/Jalon/',
      origin: 'https://cloud.example',
      insecure: false,
    });
  });

  it('moves credentials typed into the address out of it', () => {
    const url = normaliseFolderUrl('https://claire:p%C3%A4ss@nas.local:5006/jalon/');
    expect(url).toMatchObject({
      ok: true,
      url: 'https://nas.local:5006/jalon/',
      user: 'claire',
      password: 'päss',
    });
    expect(JSON.stringify(url.ok && url.url)).not.toContain('päss');
  });

  it('refuses what is not a folder address, saying why', () => {
    expect(normaliseFolderUrl('')).toEqual({ ok: false, problem: 'empty' });
    expect(normaliseFolderUrl('cloud.example/dav')).toEqual({ ok: false, problem: 'not-a-url' });
    expect(normaliseFolderUrl('ftp://nas/jalon')).toEqual({ ok: false, problem: 'not-http' });
    expect(normaliseFolderUrl('https://nas/jalon?x=1')).toEqual({ ok: false, problem: 'query' });
  });

  it("points from Nextcloud's web page to its WebDAV address", () => {
    expect(normaliseFolderUrl('https://cloud.example/index.php/apps/files/?dir=/Jalon')).toMatchObject({
      ok: false,
    });
    expect(normaliseFolderUrl('https://cloud.example/apps/files/files/12')).toEqual({
      ok: false,
      problem: 'web-page',
      hint: 'https://cloud.example/remote.php/dav/files/USER/',
    });
  });

  it('flags plain http to another machine, not to this one', () => {
    expect(normaliseFolderUrl('http://nas.local/jalon')).toMatchObject({ insecure: true });
    expect(normaliseFolderUrl('http://127.0.0.1:8080/dav')).toMatchObject({ insecure: false });
  });
});

describe('names in the folder', () => {
  it('encodes each name as one segment', () => {
    expect(childUrl('https://h/f/', 'a b/é')).toBe('https://h/f/a%20b%2F%C3%A9');
    expect(deviceFileUrl('https://h/f/', 'plan-1', '0123456789abcdef')).toBe(
      'https://h/f/plan-1/0123456789abcdef.json.gz',
    );
  });

  it('knows device files, plain bundles and retired marks, and nothing else', () => {
    expect(fileKind('0123456789abcdef.json.gz')).toEqual({
      kind: 'bundle',
      device: '0123456789abcdef',
      plain: false,
    });
    expect(fileKind('0123456789abcdef.json')).toEqual({
      kind: 'bundle',
      device: '0123456789abcdef',
      plain: true,
    });
    expect(fileKind('0123456789abcdef.retired')).toEqual({ kind: 'retired', device: '0123456789abcdef' });
    for (const other of [
      '0123456789ABCDEF.json.gz',
      '.0123456789abcdef.json.gz',
      '0123456789abcdef.json.gz.part',
      '0123456789abcdef.json.gz~',
      'calendar.ics',
      'jalon-key.json',
    ]) {
      expect(fileKind(other), other).toBeUndefined();
    }
  });
});

describe('basicAuth', () => {
  it('encodes the UTF-8 bytes of user:password (btoa would throw on €)', () => {
    expect(basicAuth('claire', 'pässwörd€')).toBe(
      `Basic ${Buffer.from('claire:pässwörd€', 'utf8').toString('base64')}`,
    );
  });

  it('round-trips base64 of any length as Node does', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) % 256);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
    expect(fromBase64('abc')).toBeUndefined();
    expect(toBase64(utf8('€'))).toBe('4oKs');
  });
});
