import { describe, expect, it } from 'vitest';
import { buildExamplePlan } from '../examples/build.ts';
import { newId } from '../ids.ts';
import type { KeyAction } from '../model/key-action.ts';
import type { Revenue } from '../model/revenue.ts';
import {
  type ActionFilter,
  type BudgetFilter,
  filterActions,
  filterBudget,
  filterLevers,
  type LeverFilter,
  matchesWords,
  searchWords,
} from './list-filter.ts';

const today = '2027-03-10';
const plan = buildExamplePlan('fr', { today, newId, now: `${today}T09:00:00.000Z` });
const none: ActionFilter = { q: '', owner: '', status: '', lever: '', due: '' };
const due = (a: KeyAction) => a.deadline;
/** A search that must be folded to match: the words upper-cased, their accents stripped. */
const shout = (text: string) =>
  text
    .toUpperCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');

describe('the search of the long lists', () => {
  it('reads words in any order, case and accents aside, across several texts', () => {
    const words = searchWords('  ÉCHÉANCE   salon ');
    expect(words).toEqual(['echeance', 'salon']);
    expect(matchesWords(words, ['Salon pro', undefined, 'Échéance'])).toBe(true);
    expect(matchesWords(words, ['Salon pro'])).toBe(false);
    expect(matchesWords([], [])).toBe(true);
  });
});

describe('the action list filter', () => {
  it('finds words in any order, accents and case aside', () => {
    const target = plan.actions[0]!;
    const words = target.title.split(/\s+/).filter((w) => w.length > 3);
    const q = shout([words.at(-1), words[0]].join(' '));
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

describe('the levers board filter', () => {
  const all: LeverFilter = { q: '', objective: '', decision: '', owner: '' };

  it('keeps every lever when nothing is asked, in the plan order', () => {
    expect(filterLevers(plan, all)).toEqual(plan.levers);
  });

  it('finds a lever by its name or by an objective it serves', () => {
    const lever = plan.levers.find((l) => l.objectiveIds.length > 0)!;
    const byName = filterLevers(plan, { ...all, q: shout(lever.name) });
    expect(byName).toContain(lever);
    expect(byName.length).toBeLessThan(plan.levers.length);
    const objective = plan.objectives.find((o) => o.id === lever.objectiveIds[0])!;
    const byObjective = filterLevers(plan, { ...all, q: objective.title });
    expect(byObjective).toContain(lever);
    expect(filterLevers(plan, { ...all, q: 'zzzz introuvable' })).toEqual([]);
  });

  it('keeps one objective, one column, or the levers of one owner', () => {
    const objective = plan.levers[0]!.objectiveIds[0]!;
    const served = filterLevers(plan, { ...all, objective });
    expect(served.length).toBeGreaterThan(0);
    expect(served.every((l) => l.objectiveIds.includes(objective))).toBe(true);
    const decision = plan.levers[0]!.decision;
    const column = filterLevers(plan, { ...all, decision });
    expect(column.length).toBeGreaterThan(0);
    expect(column.length).toBeLessThan(plan.levers.length);
    expect(column.every((l) => l.decision === decision)).toBe(true);
    const owner = plan.actions[0]!.owner.trim();
    const owned = filterLevers(plan, { ...all, owner });
    expect(owned.map((l) => l.id)).toEqual(
      plan.levers
        .filter((l) => plan.actions.some((a) => a.leverId === l.id && a.owner.trim() === owner))
        .map((l) => l.id),
    );
    expect(owned.length).toBeGreaterThan(0);
  });
});

describe('the budget filter', () => {
  const all: BudgetFilter = { q: '', objective: '', lever: '' };

  it('shows everything when nothing is asked', () => {
    expect(filterBudget(plan, all)).toEqual({
      levers: plan.levers,
      lines: plan.budgetLines,
      actions: plan.actions,
      revenues: plan.revenues,
    });
  });

  it('keeps the revenue a lever won with that lever, found by its note or its lever', () => {
    const [won, other] = plan.levers;
    const at = `${today}T09:00:00.000Z`;
    const revenue = (id: string, leverId: string, note: string): Revenue => ({
      id,
      planId: plan.plans[0]!.id,
      createdAt: at,
      updatedAt: at,
      leverId,
      date: today,
      amount: 120_000,
      note,
    });
    const revenues = [revenue('r1', won!.id, 'Salon de Lyon'), revenue('r2', other!.id, '')];
    const withRevenue = { ...plan, revenues };
    expect(filterBudget(withRevenue, { ...all, lever: won!.id }).revenues.map((r) => r.id)).toEqual(['r1']);
    expect(filterBudget(withRevenue, { ...all, q: 'LYON' }).revenues.map((r) => r.id)).toEqual(['r1']);
    expect(filterBudget(withRevenue, { ...all, q: other!.name }).revenues.map((r) => r.id)).toContain('r2');
  });

  it('keeps one lever with its lines and actions', () => {
    const lever = plan.levers.find((l) => plan.budgetLines.some((line) => line.leverId === l.id))!;
    const view = filterBudget(plan, { ...all, lever: lever.id });
    expect(view.levers).toEqual([lever]);
    expect(view.lines.length).toBeGreaterThan(0);
    expect(view.lines.every((line) => line.leverId === lever.id)).toBe(true);
    expect(view.actions).toEqual(plan.actions.filter((a) => a.leverId === lever.id));
  });

  it('keeps one objective: the levers serving it, the lines funding it, their actions', () => {
    const objective = plan.levers[0]!.objectiveIds[0]!;
    const view = filterBudget(plan, { ...all, objective });
    expect(view.levers.length).toBeGreaterThan(0);
    expect(view.levers.every((l) => l.objectiveIds.includes(objective))).toBe(true);
    const serving = new Set(view.levers.map((l) => l.id));
    expect(view.actions.every((a) => serving.has(a.leverId))).toBe(true);
    expect(view.actions.length).toBeGreaterThan(0);
    expect(
      view.lines.every((line) =>
        line.objectiveId === undefined ? serving.has(line.leverId ?? '') : line.objectiveId === objective,
      ),
    ).toBe(true);
  });

  it('finds a lever name in the lines and actions of that lever', () => {
    const lever = plan.levers.find((l) => plan.actions.some((a) => a.leverId === l.id))!;
    const view = filterBudget(plan, { ...all, q: shout(lever.name) });
    expect(view.levers).toContain(lever);
    const own = plan.actions.filter((a) => a.leverId === lever.id);
    expect(own.every((a) => view.actions.includes(a))).toBe(true);
    expect(view.actions.length).toBeLessThan(plan.actions.length);
  });
});
