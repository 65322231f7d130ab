import { describe, expect, it } from 'vitest';
import { ideaActionDescription, ideaActionTitle } from '../index.ts';

describe('the action an accepted idea becomes', () => {
  it('is titled by the first line of the text', () => {
    expect(ideaActionTitle({ text: '\n  Run a webinar on pricing\nmore details', pageTitle: 'Page' })).toBe(
      'Run a webinar on pricing',
    );
  });

  it('falls back to the page title and shortens on a word', () => {
    expect(ideaActionTitle({ text: '   ', pageTitle: 'The page' })).toBe('The page');
    expect(ideaActionTitle({ text: '', pageTitle: '' })).toBe('—');
    const title = ideaActionTitle({ text: 'word '.repeat(40), pageTitle: '' });
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('word…')).toBe(true);
  });

  it('says where it comes from', () => {
    expect(
      ideaActionDescription({
        text: 'Quote',
        note: 'My note',
        pageTitle: 'Study',
        pageUrl: 'https://a.example/x',
      }),
    ).toBe('Quote\n\nMy note\n\nStudy — https://a.example/x');
  });
});
