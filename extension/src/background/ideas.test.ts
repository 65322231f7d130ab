import { describe, expect, it } from 'vitest';
import { actionTitle } from './ideas.ts';

describe('actionTitle', () => {
  it("is the idea's first line", () => {
    expect(actionTitle({ text: '\n  Run a webinar  on pricing\nwith the sales team', pageTitle: 'x' })).toBe(
      'Run a webinar on pricing',
    );
  });

  it('falls back to the page title, and cuts a long line at a word', () => {
    expect(actionTitle({ text: '', pageTitle: 'Competitor landing page' })).toBe('Competitor landing page');
    const long = actionTitle({ text: 'word '.repeat(60), pageTitle: '' });
    expect(long.length).toBeLessThanOrEqual(121);
    expect(long.endsWith('word…')).toBe(true);
  });
});
