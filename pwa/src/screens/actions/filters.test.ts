import { buildExamplePlan, type KeyAction, newId } from '@jalon/core';
import { describe, expect, it } from 'vitest';
import { type ActionFilter, filterActions, filterFromQuery, filterToQuery } from './filters.ts';

const today = '2027-03-10';
const plan = buildExamplePlan('fr', { today, newId, now: `${today}T09:00:00.000Z` });
const none: ActionFilter = { q: '', owner: '', status: '', lever: '', due: '' };
const due = (a: KeyAction) => a.deadline;

describe('the action list filter', () => {
  it('reads the address, dropping what it does not know', () => {
    const filter = filterFromQuery(new URLSearchParams('q=salon&status=late&due=week&owner=%20Léa%20&x=1'));
    expect(filter).toEqual({ q: 'salon', owner: 'Léa', status: '', lever: '', due: 'week' });
    expect(filterFromQuery(new URLSearchParams(`q=${'a'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('writes the address back, other parameters kept and empty ones left out', () => {
    const query = filterToQuery(
      { ...none, q: 'salon pro', status: 'todo' },
      new URLSearchParams('view=priority'),
    );
    expect(query).toBe('?view=priority&q=salon+pro&status=todo');
    expect(filterToQuery(none)).toBe('');
  });

  it('finds words in any order, accents and case aside', () => {
    const target = plan.actions[0]!;
    const words = target.title.split(/\s+/).filter((w) => w.length > 3);
    const q = [words.at(-1), words[0]]
      .join(' ')
      .toUpperCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '');
    const found = filterActions(plan.actions, { ...none, q }, due, today);
    expect(found).toContain(target);
    expect(found.length).toBeLessThan(plan.actions.length);
    expect(filterActions(plan.actions, { ...none, q: 'zzzz introuvable' }, due, today)).toEqual([]);
  });

  it('keeps one owner, status, lever or due window', () => {
    const lever = plan.levers[0]!.id;
    expect(
      filterActions(plan.actions, { ...none, lever }, due, today).every((a) => a.leverId === lever),
    ).toBe(true);
    const owner = plan.actions[0]!.owner.trim();
    expect(
      filterActions(plan.actions, { ...none, owner }, due, today).every((a) => a.owner.trim() === owner),
    ).toBe(true);
    const week = filterActions(plan.actions, { ...none, due: 'week' }, due, today);
    expect(week.every((a) => a.deadline! >= today && a.deadline! <= '2027-03-16')).toBe(true);
    const undated = filterActions(plan.actions, { ...none, due: 'undated' }, due, today);
    expect(undated.every((a) => a.deadline === undefined)).toBe(true);
    const overdue = filterActions(plan.actions, { ...none, due: 'overdue' }, () => '2027-03-01', today);
    expect(overdue.every((a) => a.status === 'todo' || a.status === 'doing')).toBe(true);
    expect(overdue.length).toBeGreaterThan(0);
  });
});
