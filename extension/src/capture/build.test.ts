import { describe, expect, it } from 'vitest';
import type { Collected } from '../protocol.ts';
import { buildCapture, siteOf } from './build.ts';

const collected: Collected = {
  url: 'https://blog.example.fr/webinaires',
  title: 'Six idées de webinaires',
  text: 'Nos webinaires convertissent à 12 %.',
  segments: [{ text: 'Nos webinaires convertissent à 12 %.' }],
  metadata: { title: 'Six idées', description: 'Le résumé', siteName: 'Le Blog', language: 'fr' },
};

describe('buildCapture', () => {
  it('makes a selection clip with its figures, read in the page language', () => {
    expect(buildCapture('selection', collected, {}, 'en-US')).toMatchObject({
      kind: 'selection',
      text: 'Nos webinaires convertissent à 12 %.',
      pageUrl: 'https://blog.example.fr/webinaires',
      pageTitle: 'Six idées de webinaires',
      site: 'Le Blog',
      locale: 'fr',
      figures: [{ value: 12, kind: 'percent' }],
    });
  });

  it('makes a page clip from the description, without figures', () => {
    const capture = buildCapture('page', { ...collected, text: '', segments: [] }, {}, 'fr');
    expect(capture).toMatchObject({ kind: 'page', text: 'Le résumé', figures: [] });
  });

  it('makes a link clip about the link target, remembering where it was found', () => {
    const capture = buildCapture(
      'link',
      { ...collected, linkText: 'Inscription', metadata: {} },
      { linkUrl: 'https://www.events.example/inscription' },
      'fr',
    );
    expect(capture).toMatchObject({
      kind: 'link',
      text: 'Inscription',
      pageUrl: 'https://www.events.example/inscription',
      site: 'events.example',
      metadata: {},
      foundOn: 'https://blog.example.fr/webinaires',
    });
  });

  it("falls back to the browser's hints when the page could not be read", () => {
    const capture = buildCapture(
      'selection',
      undefined,
      { selectionText: ' CA : 2,5 M€ ', pageUrl: 'https://chromewebstore.google.com/x', pageTitle: 'Store' },
      'fr-FR',
    );
    expect(capture).toMatchObject({
      kind: 'selection',
      text: 'CA : 2,5 M€',
      pageTitle: 'Store',
      site: 'chromewebstore.google.com',
      figures: [{ value: 2_500_000, kind: 'currency', currency: 'EUR' }],
    });
  });

  it('gives a note when there is neither page nor selection', () => {
    expect(buildCapture('popup', undefined, {}, 'fr').kind).toBe('note');
  });
});

describe('siteOf', () => {
  it("prefers the site's own name, else its host without www", () => {
    expect(siteOf('https://www.example.com/a', undefined)).toBe('example.com');
    expect(siteOf('https://www.example.com/a', 'Example')).toBe('Example');
    expect(siteOf('javascript:alert(1)', undefined)).toBe('');
  });
});
