// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../errors.ts';
import { listConflicts } from '../queries.ts';
import { getRecord } from '../repository.ts';
import { freshDb, seedPlan } from '../storage.test-support.ts';
import { editRecord } from './edit.ts';
import { savePersona } from './forms.ts';

describe("the forms' save commands", () => {
  it('create a record from a new form, in the given plan', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    await savePersona(db, { planId: plan.id, draft: { name: 'Claire, DAF', role: undefined } });
    const saved = (await db.personas.where('planId').equals(plan.id).toArray()).map((p) => p.name);
    expect(saved).toContain('Claire, DAF');
  });

  it('save only what the user changed, and keep a field changed elsewhere too as a conflict', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    await savePersona(db, { planId: plan.id, draft: { name: 'Claire', role: 'DAF' } });
    const loaded = (await db.personas.where('planId').equals(plan.id).toArray()).find(
      (p) => p.name === 'Claire',
    );
    const base = (await getRecord(db, 'personas', loaded!.id as string))!;
    // Another tab renames the persona and rewrites its description while this form is open.
    await editRecord(db, 'personas', base.id, {
      base: { name: 'Claire', role: 'DAF' },
      draft: { name: 'Claire M.', role: 'Directrice financière' },
    });
    const { kept } = await savePersona(db, {
      planId: plan.id,
      base,
      draft: { name: 'Claire', role: 'DAF, PME industrielle' },
    });
    expect(kept).toEqual(['role']);
    expect(await getRecord(db, 'personas', base.id)).toMatchObject({
      name: 'Claire M.',
      role: 'DAF, PME industrielle',
    });
    expect(await listConflicts(db)).toHaveLength(1);
  });

  it('refuse a new record missing a required field, writing nothing', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    const before = await db.personas.count();
    await expect(savePersona(db, { planId: plan.id, draft: { role: 'sans nom' } })).rejects.toBeInstanceOf(
      PlanError,
    );
    expect(await db.personas.count()).toBe(before);
  });
});
