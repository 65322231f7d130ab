import { randomUUID } from 'node:crypto';
import { buildExamplePlan, type ExampleLanguage, parseBundle, tableNames } from '@jalon/core';

const DEVICE = 'e2e0000000000001';

/**
 * A bundle file holding core's example plan (levers, objectives, personas, KPIs…), as the PWA
 * would export it: what a user imports in the extension's options to clip into their real plan.
 */
export function exampleBundle(lang: ExampleLanguage, today = '2026-03-15'): { text: string; planId: string } {
  const now = `${today}T09:00:00.000Z`;
  const plan = buildExamplePlan(lang, { today, now, newId: randomUUID });
  let counter = 0;
  const stamp = () => `${now}-${(counter++).toString(16).padStart(4, '0')}-${DEVICE}`;
  const tables = Object.fromEntries(
    // Without the example's own ideas: the inbox holds only what the tests clip.
    tableNames.map((table) => [
      table,
      table === 'ideas' ? [] : plan[table].map((record) => ({ ...record, _c: stamp() })),
    ]),
  );
  const text = JSON.stringify({
    format: 'jalon-bundle',
    version: 1,
    exportedAt: now,
    device: DEVICE,
    tables,
    conflicts: [],
  });
  const parsed = parseBundle(text);
  if (!parsed.ok) throw new Error(`example bundle refused: ${parsed.error.code} ${parsed.error.message}`);
  const planId = plan.plans[0]?.id;
  if (!planId) throw new Error('example plan has no plan');
  return { text, planId };
}
