// fake-indexeddb must install its globals before Dexie loads.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SyncRow } from '../../sync/row.ts';
import { exportBundle, importBundle } from '../bundle-io.ts';
import { listConflicts } from '../queries.ts';
import { createRecord, getRecord, type NewRecord } from '../repository.ts';
import { freshDb, seedPlan } from '../storage.test-support.ts';
import { saveAction, setActionDone, toggleActionStep, undo } from './actions.ts';
import { addRecord, deleteRecord, editRecord } from './edit.ts';
import { acceptIdea, completeClip, moveIdeas, saveClip, setIdeaStatus } from './ideas.ts';
import { addKpiValue } from './kpis.ts';

describe('editRecord', () => {
  it('writes only what the user changed, so a stale form reverts nothing', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const base = { title: action.title, owner: action.owner, status: action.status };
    // Another tab ticks the action while this form is open.
    await editRecord(db, 'actions', action.id, { base: { status: 'todo' }, draft: { status: 'done' } });
    const { record, kept } = await editRecord(db, 'actions', action.id, {
      base,
      draft: { ...base, owner: 'Claire' },
    });
    expect(record).toMatchObject({ owner: 'Claire', status: 'done', title: action.title });
    expect(kept).toEqual([]);
    expect(await listConflicts(db)).toEqual([]);
  });

  it('keeps the other value as a conflict when both changed the same field, on every device', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    const base = { title: action.title };
    // An edit saved in another tab, then this form's save of the same field.
    await editRecord(phone, 'actions', action.id, { base, draft: { title: 'Chat sur le site' } });
    const { record, kept } = await editRecord(phone, 'actions', action.id, {
      base,
      draft: { title: 'Chat et FAQ' },
    });
    expect(record.title).toBe('Chat et FAQ');
    expect(kept).toEqual(['title']);
    const [conflict] = await listConflicts(phone);
    expect(conflict).toMatchObject({ field: 'title', value: 'Chat sur le site', current: 'Chat et FAQ' });
    await importBundle(laptop, await exportBundle(phone));
    expect((await listConflicts(laptop)).map((c) => [c.value, c.current])).toEqual([
      ['Chat sur le site', 'Chat et FAQ'],
    ]);
  });

  it('keeps a value imported while the form was open, and its stamp stays unseen', async () => {
    const phone = freshDb();
    const laptop = freshDb();
    const { action } = await seedPlan(phone);
    await importBundle(laptop, await exportBundle(phone));
    const form = { owner: action.owner, title: action.title };
    await editRecord(laptop, 'actions', action.id, { base: { owner: '' }, draft: { owner: 'Karim' } });
    await importBundle(phone, await exportBundle(laptop));
    // The phone's form, opened before the import, saves a title change only.
    await editRecord(phone, 'actions', action.id, { base: form, draft: { ...form, title: 'Nouveau titre' } });
    await importBundle(laptop, await exportBundle(phone));
    for (const db of [phone, laptop]) {
      expect(await getRecord(db, 'actions', action.id)).toMatchObject({
        owner: 'Karim',
        title: 'Nouveau titre',
      });
      expect(await listConflicts(db)).toEqual([]);
    }
  });

  it('says when the record was deleted meanwhile, and can restore it with the user’s changes', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    await deleteRecord(db, 'actions', action.id);
    const edit = { base: { title: action.title }, draft: { title: 'Sauvé' } };
    await expect(editRecord(db, 'actions', action.id, edit)).rejects.toMatchObject({
      code: 'record-deleted',
    });
    await editRecord(db, 'actions', action.id, { ...edit, restore: true });
    expect((await getRecord(db, 'actions', action.id))?.title).toBe('Sauvé');
  });

  it('refuses a link into another plan or to a deleted record, writing nothing', async () => {
    const db = freshDb();
    const { plan, action, lever } = await seedPlan(db);
    const other = await seedPlan(db);
    await expect(
      editRecord(db, 'actions', action.id, {
        base: { leverId: lever.id },
        draft: { leverId: other.lever.id },
      }),
    ).rejects.toMatchObject({ code: 'unknown-reference', field: 'actions.leverId' });
    await deleteRecord(db, 'levers', lever.id);
    await expect(
      addRecord(db, 'actions', { planId: plan.id, leverId: lever.id, title: 'x' } as NewRecord<'actions'>),
    ).rejects.toMatchObject({ code: 'unknown-reference' });
    expect((await getRecord(db, 'actions', action.id))?.leverId).toBe(lever.id);
  });
});

describe('actions', () => {
  it('moves associated actions with their anchor, in one save', async () => {
    const db = freshDb();
    const { plan, lever, action } = await seedPlan(db);
    const { action: invite } = await saveAction(db, {
      planId: plan.id,
      draft: {
        leverId: lever.id,
        title: 'Invitations',
        relativeTo: { actionId: action.id, offsetDays: -21 },
      },
    });
    expect(invite).toMatchObject({ startDate: '2026-01-10', deadline: '2026-01-10' });
    const saved = await saveAction(db, {
      planId: plan.id,
      id: action.id,
      base: { deadline: '2026-01-31' },
      draft: { deadline: '2026-03-31' },
    });
    expect(saved.moved).toBe(1);
    expect(await getRecord(db, 'actions', invite.id)).toMatchObject({ startDate: '2026-03-10' });
  });

  it('ticks an action, and undoes the tick unless it changed again', async () => {
    const db = freshDb();
    const { action } = await seedPlan(db);
    const token = await setActionDone(db, action.id, { done: true, today: '2026-01-20' });
    expect(await getRecord(db, 'actions', action.id)).toMatchObject({ status: 'done', doneOn: '2026-01-20' });
    await undo(db, token);
    const back = await getRecord(db, 'actions', action.id);
    expect(back?.status).toBe('todo');
    expect(back?.doneOn).toBeUndefined();
    const again = await setActionDone(db, action.id, { done: true, today: '2026-01-21' });
    await editRecord(db, 'actions', action.id, { base: { status: 'done' }, draft: { status: 'cancelled' } });
    await undo(db, again);
    expect((await getRecord(db, 'actions', action.id))?.status).toBe('cancelled');
  });

  it('toggles one step without reverting another tab’s ticks', async () => {
    const db = freshDb();
    const { plan, lever } = await seedPlan(db);
    const { action } = await saveAction(db, {
      planId: plan.id,
      draft: {
        leverId: lever.id,
        title: 'Salon',
        deadline: '2026-04-01',
        steps: [
          { id: 's1', label: 'Stand', done: false },
          { id: 's2', label: 'Badges', done: false },
        ],
      },
    });
    await toggleActionStep(db, action.id, 's1');
    await toggleActionStep(db, action.id, 's2');
    expect((await getRecord(db, 'actions', action.id))?.steps.map((s) => s.done)).toEqual([true, true]);
  });
});

describe('KPI values', () => {
  it('stores typed money once, in cents, with the one rounding', async () => {
    const db = freshDb();
    const { plan } = await seedPlan(db);
    const kpi = await createRecord(db, 'kpis', {
      planId: plan.id,
      name: 'CA',
      unit: 'currency',
      baseline: 0,
      target: 100,
      startDate: '2026-01-01',
      deadline: '2026-06-30',
    } as NewRecord<'kpis'>);
    const entry = await addKpiValue(db, {
      kpiId: kpi.id,
      text: '10,075 €',
      locale: 'fr-FR',
      date: '2026-02-01',
    });
    expect(entry.value).toBe(1008);
    await expect(
      addKpiValue(db, { kpiId: kpi.id, text: '12 %', locale: 'fr-FR', date: '2026-02-01' }),
    ).rejects.toMatchObject({ code: 'invalid-kpi-value', detail: 'percent-on-money' });
    expect(await db.kpiEntries.count()).toBe(1);
  });
});

describe('ideas', () => {
  async function inbox() {
    const db = freshDb();
    const seeded = await seedPlan(db);
    const { ideaId } = await saveClip(db, {
      planId: seeded.plan.id,
      idea: {
        text: 'Les salons génèrent 30 % des leads B2B',
        pageUrl: 'https://example.org/a',
        pageTitle: 'Étude',
      },
      kpiValues: [],
      today: '2026-01-10',
    });
    return { db, ...seeded, ideaId: ideaId! };
  }

  it('completes a clip from the page without undoing what the user changed meanwhile', async () => {
    const { db, ideaId } = await inbox();
    const saved = { text: 'Les salons génèrent 30 % des leads B2B', pageTitle: 'Étude' };
    await editRecord(db, 'ideas', ideaId, {
      base: { pageTitle: 'Étude' },
      draft: { pageTitle: 'Mon titre' },
    });
    await completeClip(db, ideaId, saved, {
      text: 'Les salons génèrent 30 % des leads B2B.',
      pageTitle: 'Étude 2026',
    });
    expect(await getRecord(db, 'ideas', ideaId)).toMatchObject({
      text: 'Les salons génèrent 30 % des leads B2B.',
      pageTitle: 'Mon titre',
    });
  });

  it('accepts an idea into an action with title, owner and due date, linked both ways', async () => {
    const { db, lever, ideaId } = await inbox();
    const action = await acceptIdea(db, ideaId, {
      title: 'Salon Marketing B2B',
      leverId: lever.id,
      owner: 'Claire',
      deadline: '2026-03-15',
    });
    expect(action).toMatchObject({
      title: 'Salon Marketing B2B',
      owner: 'Claire',
      deadline: '2026-03-15',
      ideaId,
    });
    expect(await getRecord(db, 'ideas', ideaId)).toMatchObject({ status: 'accepted', actionId: action.id });
    await expect(acceptIdea(db, ideaId, { title: 'Encore', leverId: lever.id })).rejects.toMatchObject({
      code: 'idea-not-in-inbox',
    });
    await expect(setIdeaStatus(db, ideaId, 'discarded')).rejects.toMatchObject({ code: 'idea-not-in-inbox' });
    expect(await db.actions.count()).toBe(2);
  });

  it('moves ideas to another plan, dropping the links that cannot follow', async () => {
    const { db, lever, ideaId } = await inbox();
    await editRecord(db, 'ideas', ideaId, { base: {}, draft: { leverId: lever.id } });
    const target = await seedPlan(db);
    expect(await moveIdeas(db, [ideaId], target.plan.id)).toBe(1);
    const moved = (await db.ideas.get(ideaId)) as SyncRow;
    expect(moved.planId).toBe(target.plan.id);
    expect(moved.leverId).toBeUndefined();
  });
});
