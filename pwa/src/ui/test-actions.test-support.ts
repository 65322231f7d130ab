import type { KeyAction } from '@jalon/core';

/** A valid stored action with every default, for unit tests; `fields` override. */
export function action(id: string, fields: Partial<KeyAction> = {}): KeyAction {
  return {
    id,
    planId: 'plan',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    leverId: 'lever',
    title: id,
    description: '',
    owner: '',
    importance: 3,
    difficulty: 3,
    status: 'todo',
    steps: [],
    plannedCost: 0,
    actualCost: 0,
    expectedRevenue: 0,
    personaIds: [],
    kpiIds: [],
    ...fields,
  };
}
