import { describe, expect, it } from 'vitest';
import { type KeyDate, type Kpi, kpiOfferAfterDone, type Lever } from '../index.ts';

const kpi = (id: string, leverId?: string) => ({ id, name: id, ...(leverId ? { leverId } : {}) }) as Kpi;
const lever = (id: string, channel: Lever['channel'], kpiIds: string[] = []) =>
  ({ id, channel, kpiIds }) as unknown as Lever;
const plan = {
  levers: [lever('show', 'events', ['leads']), lever('seo', 'seo', ['traffic'])],
  keyDates: [{ id: 'launch', kind: 'launch' } as KeyDate, { id: 'fair', kind: 'event' } as KeyDate],
  kpis: [kpi('leads'), kpi('traffic'), kpi('registrations', 'show'), kpi('badges')],
};

describe('the KPIs to enter once an action is done', () => {
  it('are the action’s own, in its order, when it feeds some', () => {
    const offer = kpiOfferAfterDone({ kpiIds: ['traffic', 'gone', 'leads'], leverId: 'seo' }, plan);
    expect(offer?.kpis.map((k) => k.id)).toEqual(['traffic', 'leads']);
    expect(offer?.event).toBe(false);
  });

  it('are its lever’s for an event action that feeds none', () => {
    const offer = kpiOfferAfterDone({ kpiIds: [], leverId: 'show' }, plan);
    expect(offer).toEqual({ kpis: [plan.kpis[0], plan.kpis[2]], event: true });
  });

  it('make an action tied to an event key date an event action', () => {
    expect(kpiOfferAfterDone({ kpiIds: [], leverId: 'seo', keyDateId: 'fair' }, plan)).toEqual({
      kpis: [plan.kpis[1]],
      event: true,
    });
    expect(kpiOfferAfterDone({ kpiIds: [], leverId: 'seo', keyDateId: 'launch' }, plan)).toBeUndefined();
  });

  it('ask nothing of an action that feeds no KPI and is no event', () => {
    expect(kpiOfferAfterDone({ kpiIds: [], leverId: 'seo' }, plan)).toBeUndefined();
    expect(kpiOfferAfterDone({ kpiIds: ['gone'], leverId: 'lost' }, plan)).toBeUndefined();
  });
});
