import { describe, expect, it } from 'vitest';
import { matches } from './search.ts';
import { parseTags } from './tags.ts';

describe('parseTags', () => {
  it('splits, trims and keeps each tag once', () => {
    expect(parseTags(' salon, webinaire ;salon\n, ')).toEqual(['salon', 'webinaire']);
  });
});

describe('matches', () => {
  const idea = {
    id: 'i',
    kind: 'selection' as const,
    text: 'Organiser un Événement client',
    pageUrl: '',
    pageTitle: 'Blog',
    site: 'exemple.fr',
    tags: ['salon'],
    status: 'inbox' as const,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
  it('finds every word, ignoring case and accents, across text, title, site and tags', () => {
    expect(matches(idea, 'evenement SALON')).toBe(true);
    expect(matches(idea, 'exemple')).toBe(true);
    expect(matches(idea, 'webinaire')).toBe(false);
    expect(matches(idea, '  ')).toBe(true);
  });
});
