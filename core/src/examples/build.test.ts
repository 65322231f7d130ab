import { describe, expect, it } from 'vitest';
import { type TableName, tableNames, tableReferences, tableSchemas } from '../model/tables.ts';
import { buildExamplePlan, type ExampleLanguage, type ExamplePlan } from './build.ts';
import { examplePeriod } from './calendar.ts';

const now = '2025-11-20T09:30:00.000Z';
const counter = () => {
  let n = 0;
  return () => `ex-${++n}`;
};
const build = (lang: ExampleLanguage, today = '2025-11-20') =>
  buildExamplePlan(lang, { today, now, newId: counter() });
const languages: ExampleLanguage[] = ['fr', 'en'];

/** The values at a dotted path, through arrays: `relativeTo.actionId`, `kpiSnapshot.kpiId`. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return value === undefined ? [] : [value];
  const [head, ...rest] = path;
  if (value === null || typeof value !== 'object' || head === undefined) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest);
}

const records = (example: ExamplePlan) =>
  tableNames.flatMap((table) => (example[table] as { id: string }[]).map((record) => ({ table, record })));

describe.each(languages)('the %s example plan', (lang) => {
  const example = build(lang);

  it('holds only records valid against their table schema, complete as stored (parsing adds nothing)', () => {
    for (const { table, record } of records(example)) {
      const parsed = tableSchemas[table].safeParse(record);
      expect(parsed.error, `${table} ${record.id}`).toBeUndefined();
      expect(parsed.data).toEqual(record);
    }
  });

  it('gives every record, and every checklist step, its own id from newId', () => {
    const stepIds = example.actions.flatMap((a) => a.steps.map((s) => s.id));
    const ids = [...records(example).map(({ record }) => record.id), ...stepIds];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ex-\d+$/);
  });

  it('stamps every record with `now`', () => {
    for (const { record } of records(example))
      expect(record).toMatchObject({ createdAt: now, updatedAt: now });
  });

  it('points every reference, planId included, at an existing record', () => {
    const idsOf = (table: TableName) => new Set((example[table] as { id: string }[]).map((r) => r.id));
    const [plan] = example.plans;
    let checked = 0;
    for (const { table, record } of records(example)) {
      if (table !== 'plans') expect(record).toHaveProperty('planId', plan?.id);
      for (const [field, target] of Object.entries(tableReferences[table])) {
        if (target === undefined) continue;
        const targets = idsOf(target);
        for (const value of valuesAt(record, field.split('.'))) {
          expect(targets.has(value as string), `${table}.${field} → ${String(value)}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('holds one plan over six months from January 1, in euros', () => {
    expect(example.plans).toHaveLength(1);
    expect(example.plans[0]).toMatchObject({
      period: { start: '2026-01-01', end: '2026-06-30' },
      currency: 'EUR',
      revenueGoal: 36_000_000,
      averageDealValue: 1_200_000,
    });
  });

  it('mixes benchmark midpoints with one or two of its own conversion rates', () => {
    const sources = example.plans[0]?.stages.map((s) => s.source) ?? [];
    expect(sources.filter((s) => s === 'own').length).toBeGreaterThanOrEqual(1);
    expect(sources.filter((s) => s === 'own').length).toBeLessThanOrEqual(2);
    expect(sources).toContain('benchmark');
  });

  it('has a business objective and its intermediate objectives, one per stage plus new customers', () => {
    const [business, ...intermediate] = example.objectives;
    expect(business).toMatchObject({
      kind: 'business',
      unit: 'currency',
      baseline: 120_000_000,
      target: 156_000_000,
    });
    expect(intermediate.map((o) => o.stageId)).toEqual([
      ...(example.plans[0]?.stages.map((s) => s.id) ?? []),
      'customers',
    ]);
    for (const o of intermediate) expect(o).toMatchObject({ kind: 'intermediate', parentId: business?.id });
  });

  it('has at least three personas, each fully described, one of them the owner persona this plan adds', () => {
    expect(example.personas.length).toBeGreaterThanOrEqual(3);
    for (const p of example.personas) {
      for (const list of [p.goals, p.stakes, p.problems, p.channels, p.objections])
        expect(list.length).toBeGreaterThan(0);
      expect(p.lastReviewed).toBeDefined();
    }
    const owner = lang === 'fr' ? /dirigeant/i : /CEO \/ founder/;
    expect(example.personas.some((p) => owner.test(p.role))).toBe(true);
  });

  it('sorts its levers into continue, stop and start, and asks once whether a flop was the execution', () => {
    const decisions = new Set(example.levers.map((l) => l.decision));
    expect([...decisions].sort()).toEqual(['continue', 'start', 'stop']);
    const execution = example.levers.filter((l) => l.lastPeriod.cause === 'execution');
    expect(execution).toHaveLength(1);
    expect(execution[0]?.decision).toBe('continue');
    for (const l of example.levers.filter((l) => l.decision !== 'start')) {
      expect(l.lastPeriod.figures.length).toBeGreaterThan(0);
    }
  });

  it('links every lever it keeps or starts to objectives, a numeric target and KPIs', () => {
    for (const l of example.levers.filter((l) => l.decision !== 'stop')) {
      expect(l.objectiveIds.length, l.name).toBeGreaterThan(0);
      expect(l.kpiIds.length, l.name).toBeGreaterThan(0);
      expect(l.target?.value, l.name).toEqual(expect.any(Number));
    }
    const seo = example.levers.find((l) => l.channel === 'seo');
    expect(seo?.target).toMatchObject({ value: 50, unit: '%' });
  });

  it('plans the chat plugin for January, owned by the traffic manager, measured by three KPIs', () => {
    const title =
      lang === 'fr' ? 'Installer un plugin de chat sur le site' : 'Install a chat plugin on the website';
    const chat = example.actions.find((a) => a.title === title);
    expect(chat).toMatchObject({ deadline: '2026-01-31', owner: 'Traffic manager' });
    const kpis = example.kpis.filter((k) => chat?.kpiIds.includes(k.id));
    expect(kpis).toHaveLength(3);
    expect(kpis.find((k) => k.unit === 'percent')).toMatchObject({ baseline: 4, target: 5 });
    for (const step of chat?.steps ?? []) expect(step.done).toBe(false);
    expect(chat?.steps.length).toBeGreaterThanOrEqual(3);
  });

  it('gives every action an owner, a deadline, a duration and checklist steps', () => {
    for (const a of example.actions) {
      expect(a.owner, a.title).not.toBe('');
      expect(a.deadline, a.title).toBeDefined();
      expect(a.durationDays, a.title).toBeGreaterThan(0);
      expect(a.steps.length, a.title).toBeGreaterThan(0);
    }
  });

  it('anchors six webinars, one a month, and the trade show on key dates', () => {
    const webinarDates = example.keyDates.filter((d) => example.actions.some((a) => a.keyDateId === d.id));
    const anchored = example.actions.filter((a) => a.keyDateId && a.relativeTo === undefined);
    expect(anchored).toHaveLength(7); // six webinars and the trade show
    const months = webinarDates.map((d) => d.date.slice(5, 7));
    expect(months).toEqual(['01', '02', '03', '04', '05', '06', '03']);
  });

  it('holds the key dates of a trade show and of the monthly, quarterly and half-year reviews', () => {
    expect(example.keyDates.filter((d) => d.kind === 'event')).toHaveLength(7);
    expect(example.keyDates.filter((d) => d.kind === 'deadline')).toHaveLength(6);
  });

  it('sets every KPI over the plan period with a baseline different from its target, and records no made-up measure', () => {
    for (const k of example.kpis) {
      expect(k).toMatchObject({ startDate: '2026-01-01', deadline: '2026-06-30' });
      expect(k.target).not.toBe(k.baseline);
    }
    expect(example.kpiEntries).toEqual([]);
    expect(example.ideas).toEqual([]);
    expect(example.reviews).toEqual([]);
  });
});

describe('the example plans', () => {
  it('have the same structure in French and English', () => {
    const fr = build('fr');
    const en = build('en');
    for (const table of tableNames) expect(fr[table].length, table).toBe(en[table].length);
    const shape = (example: ExamplePlan) =>
      example.actions.map((a) => [a.steps.length, a.deadline, a.plannedCost, a.relativeTo?.offsetDays]);
    expect(shape(fr)).toEqual(shape(en));
    expect(fr.budgetLines.map((l) => l.planned)).toEqual(en.budgetLines.map((l) => l.planned));
  });

  it('are written in their own language', () => {
    expect(build('fr').plans[0]).toMatchObject({ locale: 'fr-FR', name: expect.stringContaining('Ordalys') });
    expect(build('en').plans[0]).toMatchObject({
      locale: 'en-IE',
      name: expect.stringContaining('Fieldwise'),
    });
  });

  it('come out the same for the same ids and dates', () => {
    expect(build('fr')).toEqual(build('fr'));
  });

  it('run over this year until June 30, and over next year from July 1', () => {
    expect(examplePeriod('2026-06-30')).toEqual({ year: 2026, start: '2026-01-01', end: '2026-06-30' });
    expect(examplePeriod('2026-07-01')).toEqual({ year: 2027, start: '2027-01-01', end: '2027-06-30' });
    expect(build('en', '2026-03-15').plans[0]?.period).toEqual({ start: '2026-01-01', end: '2026-06-30' });
  });

  it('refuses a today that is not a real day', () => {
    expect(() => build('fr', '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'today' }),
    );
  });
});
