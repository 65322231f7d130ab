import { describe, expect, it } from 'vitest';
import { ideaFromShare, shareIdSchema } from '../index.ts';

describe('a link, a text or a page shared with Jalon', () => {
  it('keeps the address and the title of a shared page', () => {
    expect(ideaFromShare({ title: 'Étude B2B 2026', url: 'https://www.example.com/study?a=1' })).toEqual({
      ok: true,
      idea: {
        kind: 'page',
        text: '',
        pageUrl: 'https://www.example.com/study?a=1',
        pageTitle: 'Étude B2B 2026',
        site: 'example.com',
      },
    });
  });

  it('finds the address an app put inside the text, and keeps the rest as the quote', () => {
    const shared = ideaFromShare({
      text: 'À lire avant le salon (https://example.org/salon-2026).',
      title: '',
    });
    expect(shared).toMatchObject({
      ok: true,
      idea: { kind: 'selection', pageUrl: 'https://example.org/salon-2026', text: 'À lire avant le salon .' },
    });
    expect(ideaFromShare({ text: 'https://example.org/a' })).toMatchObject({
      ok: true,
      idea: { kind: 'page', pageUrl: 'https://example.org/a', text: '' },
    });
  });

  it('takes a text alone as a note, and never takes a script address as the page', () => {
    expect(ideaFromShare({ text: 'Tester un chat sur la page tarifs' })).toMatchObject({
      ok: true,
      idea: { kind: 'note', pageUrl: '', site: '' },
    });
    const hostile = ideaFromShare({ url: 'javascript:alert(1)', text: '' });
    expect(hostile).toMatchObject({
      ok: true,
      idea: { kind: 'note', pageUrl: '', text: 'javascript:alert(1)' },
    });
  });

  it('says a title once when the app repeated it at the head of the text', () => {
    expect(
      ideaFromShare({ title: 'Le guide', text: 'Le guide https://example.com/g', url: '' }),
    ).toMatchObject({
      ok: true,
      idea: { text: '', pageTitle: 'Le guide', pageUrl: 'https://example.com/g' },
    });
  });

  it('refuses an empty share and a field over the limits', () => {
    expect(ideaFromShare({ title: ' ', text: '\n', url: '' })).toEqual({ ok: false, error: 'empty' });
    expect(ideaFromShare({ text: 'x'.repeat(20_001) })).toEqual({
      ok: false,
      error: 'invalid',
      field: 'text',
    });
    expect(ideaFromShare({ title: 42 })).toMatchObject({ ok: false, error: 'invalid', field: 'title' });
    expect(ideaFromShare('nothing')).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('the id of a share in an address', () => {
  it('is a UUID and nothing else', () => {
    expect(shareIdSchema.safeParse('0f8c2a4e-1b2c-4d5e-8f90-123456789abc').success).toBe(true);
    for (const hostile of ['', '../x', '0f8c2a4e-1b2c-4d5e-8f90-123456789abc/file', null, '<b>'])
      expect(shareIdSchema.safeParse(hostile).success).toBe(false);
  });
});
