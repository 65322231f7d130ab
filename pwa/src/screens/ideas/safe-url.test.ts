import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

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
