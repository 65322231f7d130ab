import { describe, expect, it } from 'vitest';
import type { Lever } from '../model/lever.ts';
import type { Objective } from '../model/objective.ts';
import { action } from './action.test-support.ts';
import { actionTree, ownersOf, priorityOrder } from './action-tree.ts';

const objective = (id: string): Objective => ({
  id,
  planId: 'plan',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  title: id,
  description: '',
  kind: 'intermediate',
  kpiIds: [],
});

const lever = (id: string, objectiveIds: string[]): Lever => ({
  id,
  planId: 'plan',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: id,
  channel: 'seo',
  decision: 'continue',
  lastPeriod: { figures: [], verdict: '', cause: 'unknown' },
  objectiveIds,
  kpiIds: [],
  weight: 1,
});

const shape = (tree: ReturnType<typeof actionTree>) =>
  tree.map((b) => ({
    objective: b.objective?.id,
    levers: b.levers.map((l) => ({
      lever: l.lever?.id,
      also: l.alsoServes.map((o) => o.id),
      actions: l.actions.map((a) => a.id),
    })),
  }));

describe('actionTree', () => {
  const objectives = [objective('leads'), objective('visitors')];
  const levers = [
    lever('seo', ['visitors', 'leads']),
    lever('sea', ['leads']),
    lever('pr', []),
    lever('chat', ['gone']),
  ];

  it('files each lever under the first objective it serves, with its actions in the given order', () => {
    const actions = [
      action('a1', { leverId: 'seo' }),
      action('a2', { leverId: 'sea' }),
      action('a3', { leverId: 'seo' }),
    ];
    expect(shape(actionTree({ objectives, levers, actions }, ['a3', 'a2', 'a1'], false))).toEqual([
      { objective: 'leads', levers: [{ lever: 'sea', also: [], actions: ['a2'] }] },
      { objective: 'visitors', levers: [{ lever: 'seo', also: ['leads'], actions: ['a3', 'a1'] }] },
    ]);
  });

  it('keeps levers without actions when asked, and files levers serving no live objective last', () => {
    const tree = shape(actionTree({ objectives, levers, actions: [] }, [], true));
    expect(tree.map((b) => b.objective)).toEqual(['leads', 'visitors', undefined]);
    expect(tree[2]?.levers.map((l) => l.lever)).toEqual(['pr', 'chat']);
  });

  it('gathers actions whose lever is gone under no lever', () => {
    const tree = shape(
      actionTree({ objectives, levers: [], actions: [action('lost', { leverId: 'deleted' })] }, [], false),
    );
    expect(tree).toEqual([
      { objective: undefined, levers: [{ lever: undefined, also: [], actions: ['lost'] }] },
    ]);
  });
});

describe('priorityOrder', () => {
  it('ranks open actions with prioritize, then done, then cancelled', () => {
    const actions = [
      action('cancelled', { status: 'cancelled', importance: 5, difficulty: 1 }),
      action('done', { status: 'done', importance: 5, difficulty: 1 }),
      action('easy', { importance: 4, difficulty: 1 }),
      action('overdue', { importance: 1, difficulty: 5, deadline: '2026-01-01' }),
      action('hard', { status: 'doing', importance: 2, difficulty: 5 }),
    ];
    expect(priorityOrder(actions, '2026-02-01')).toEqual(['overdue', 'easy', 'hard', 'done', 'cancelled']);
  });
});

describe('ownersOf', () => {
  it('lists each owner once, sorted, without blanks', () => {
    const actions = [
      action('a', { owner: 'Zoé' }),
      action('b', { owner: 'Émile' }),
      action('c', { owner: ' ' }),
      action('d', { owner: 'Zoé' }),
    ];
    expect(ownersOf(actions, 'fr')).toEqual(['Émile', 'Zoé']);
  });

  it('names the unassigned ones last when a filter must reach them', () => {
    const actions = [
      action('a', { owner: 'Zoé' }),
      action('b', { owner: '' }),
      action('c', { owner: 'Ali' }),
    ];
    expect(ownersOf(actions, 'fr', { withBlank: true })).toEqual(['Ali', 'Zoé', '']);
    expect(ownersOf([action('d', { owner: 'Ali' })], 'fr', { withBlank: true })).toEqual(['Ali']);
  });
});
