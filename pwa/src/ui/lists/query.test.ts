import { describe, expect, it } from 'vitest';
import { blankFilter, type FilterSpec, filterFromQuery, filterToQuery, isFiltered } from './query.ts';

type Filter = { q: string; owner: string; status: '' | 'todo' | 'doing' };
const spec: FilterSpec<Filter> = { q: 'text', owner: 'text', status: ['todo', 'doing'] };

describe('a list filter in the address', () => {
  it('reads the address, dropping what it does not know', () => {
    const filter = filterFromQuery(spec, new URLSearchParams('q=salon&status=late&owner=L%C3%A9a&x=1'));
    expect(filter).toEqual({ q: 'salon', owner: 'Léa', status: '' });
    expect(filterFromQuery(spec, new URLSearchParams('status=doing')).status).toBe('doing');
    expect(filterFromQuery(spec, new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('writes the address back, other parameters kept, blank ones left out, a search as typed', () => {
    const query = filterToQuery(
      { q: 'salon ', owner: ' ', status: 'todo' },
      new URLSearchParams('view=priority'),
    );
    expect(query).toBe('?view=priority&q=salon+&status=todo');
    expect(filterToQuery(blankFilter(spec))).toBe('');
  });

  it('knows a filtered list from a whole one', () => {
    expect(isFiltered(blankFilter(spec))).toBe(false);
    expect(isFiltered({ ...blankFilter(spec), status: 'todo' })).toBe(true);
    expect(isFiltered({ ...blankFilter(spec), q: '  ' })).toBe(false);
  });
});
