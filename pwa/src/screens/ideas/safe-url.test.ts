import { describe, expect, it } from 'vitest';
import { actionTitle, safeHttpUrl } from './safe-url.ts';

describe('links of clipped ideas', () => {
  it('keeps http and https addresses', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  });

  it('drops every other scheme and what is not an address', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('JavaScript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHttpUrl('file:///etc/passwd')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl('')).toBeUndefined();
  });
});

describe('the title of an accepted idea', () => {
  it('is the first line of the text', () => {
    expect(actionTitle('Run a webinar on pricing\nmore details', 'Page')).toBe('Run a webinar on pricing');
  });

  it('falls back to the page title and shortens on a word', () => {
    expect(actionTitle('   ', 'The page')).toBe('The page');
    const long = 'word '.repeat(40);
    const title = actionTitle(long, '');
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('word…')).toBe(true);
  });
});
