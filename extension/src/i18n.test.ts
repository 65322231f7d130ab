import { describe, expect, it } from 'vitest';
import { resolveLanguage, translate } from './i18n.ts';

describe('translate', () => {
  it('speaks French and English, with placeholders', () => {
    expect(translate('fr', 'tabIdeas', { count: 3 })).toBe('Idées (3)');
    expect(translate('en', 'tabIdeas', { count: 3 })).toBe('Ideas (3)');
  });
});

describe('resolveLanguage', () => {
  it('follows the browser unless the user chose, and falls back to English', () => {
    expect(resolveLanguage('auto', 'fr-CA')).toBe('fr');
    expect(resolveLanguage('auto', 'de-DE')).toBe('en');
    expect(resolveLanguage('fr', 'en-US')).toBe('fr');
  });
});
