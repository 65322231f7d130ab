import { type KeyAction, keyActionSchema } from '../model/key-action.ts';

/** A valid stored action with every default, for unit tests; `fields` override. */
export function action(id: string, fields: Partial<KeyAction> = {}): KeyAction {
  const at = '2026-01-01T00:00:00.000Z';
  const base = keyActionSchema.parse({
    id,
    planId: 'plan',
    createdAt: at,
    updatedAt: at,
    leverId: 'lever',
    title: id,
  });
  return { ...base, ...fields };
}
