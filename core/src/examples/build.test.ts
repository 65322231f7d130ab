import { describe, expect, it } from 'vitest';
import { expectFrenchTypography } from '../language.test-support.ts';
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

  it('stamps every record with `now`, but the review saved at last month’s meeting', () => {
    const review = example.reviews[0];
    for (const { record } of records(example).filter(({ record }) => record !== review))
      expect(record).toMatchObject({ createdAt: now, updatedAt: now });
    expect(review).toBeDefined();
    expect((review?.createdAt ?? now).slice(0, 10) < now.slice(0, 10)).toBe(true);
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

  it('holds one plan over six whole months, three of them gone by, in euros', () => {
    expect(example.plans).toHaveLength(1);
    expect(example.plans[0]).toMatchObject({
      period: { start: '2025-08-01', end: '2026-01-31' },
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

  it('planned the chat plugin for its first month, owned by the traffic manager, measured by three KPIs, and it is done', () => {
    const title =
      lang === 'fr' ? 'Installer un plugin de chat sur le site' : 'Install a chat plugin on the website';
    const chat = example.actions.find((a) => a.title === title);
    expect(chat).toMatchObject({ deadline: '2025-08-31', owner: 'Traffic manager', status: 'done' });
    expect(chat?.actualCost).toBeGreaterThan(0);
    const kpis = example.kpis.filter((k) => chat?.kpiIds.includes(k.id));
    expect(kpis).toHaveLength(3);
    expect(kpis.find((k) => k.unit === 'percent')).toMatchObject({ baseline: 4, target: 5 });
    expect(chat?.steps.length).toBeGreaterThanOrEqual(3);
    for (const step of chat?.steps ?? []) expect(step.done).toBe(true);
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
    const months = webinarDates.map((d) => d.date.slice(0, 7));
    expect(months).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2025-10']);
  });

  it('holds the key dates of a trade show and of the monthly, mid-plan and final reviews', () => {
    expect(example.keyDates.filter((d) => d.kind === 'event')).toHaveLength(7);
    expect(example.keyDates.filter((d) => d.kind === 'deadline')).toHaveLength(6);
  });

  it('sets every KPI over the plan period with a baseline different from its target, measured before today', () => {
    for (const k of example.kpis) {
      expect(k).toMatchObject({ startDate: '2025-08-01', deadline: '2026-01-31' });
      expect(k.target).not.toBe(k.baseline);
      const entries = example.kpiEntries.filter((e) => e.kpiId === k.id);
      expect(entries.length, k.name).toBeGreaterThan(0);
      for (const e of entries) expect(e.date >= '2025-08-01' && e.date < '2025-11-20', e.date).toBe(true);
    }
  });

  it('counts the revenue it records, to the cent, in its new revenue and new customers KPIs', () => {
    const [revenue, customers] = example.kpis;
    const latest = (kpiId: string | undefined) =>
      example.kpiEntries.filter((e) => e.kpiId === kpiId).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    const last = latest(revenue?.id);
    const won = example.revenues.filter((r) => r.date < (last?.date ?? ''));
    expect(last?.value).toBe(won.reduce((sum, r) => sum + r.amount, 0));
    expect(latest(customers?.id)?.value).toBe(won.length);
    expect(example.revenues.every((r) => r.date < '2025-11-20')).toBe(true);
  });

  it('keeps ideas waiting in the inbox and last month’s review, saved with its KPIs and notes', () => {
    expect(example.ideas.length).toBeGreaterThanOrEqual(3);
    for (const idea of example.ideas) expect(idea.status).toBe('inbox');
    expect(example.reviews).toHaveLength(1);
    const [review] = example.reviews;
    expect(review).toMatchObject({ kind: 'monthly', period: { start: '2025-09-01', end: '2025-09-30' } });
    expect(review?.kpiSnapshot).toHaveLength(example.kpis.length);
    for (const text of [review?.worked, review?.flopped, review?.decisions]) expect(text).not.toBe('');
  });

  it('spends on each budget line its share of what the lever’s actions have cost, within the plan budget', () => {
    const lines = example.budgetLines;
    const actual = lines.reduce((sum, l) => sum + l.actual, 0);
    const spent = example.actions.reduce((sum, a) => sum + a.actualCost, 0);
    const stopped = example.levers.filter((l) => l.weight === 0).map((l) => l.id);
    const unlined = example.actions
      .filter((a) => stopped.includes(a.leverId))
      .reduce((sum, a) => sum + a.actualCost, 0);
    expect(actual).toBe(spent - unlined);
    expect(actual).toBeGreaterThan(0);
    expect(actual).toBeLessThan(example.plans[0]?.budget ?? 0);
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

  it('begin on the first day of the month three months before today, and end six months later', () => {
    expect(examplePeriod('2026-05-14')).toMatchObject({ start: '2026-02-01', end: '2026-07-31' });
    expect(examplePeriod('2026-01-31')).toMatchObject({ start: '2025-10-01', end: '2026-03-31' });
    expect(examplePeriod('2026-12-01')).toMatchObject({ start: '2026-09-01', end: '2027-02-28' });
    expect(build('en', '2026-03-15').plans[0]?.period).toEqual({ start: '2025-12-01', end: '2026-05-31' });
  });

  it('are named after their months, and aim at their last day', () => {
    const fr = build('fr', '2026-05-14');
    expect(fr.plans[0]?.name).toBe("Plan d'action marketing février–juillet 2026 — Ordalys");
    expect(fr.objectives[0]?.title).toBe(
      "Augmenter le chiffre d'affaires de 30\u00a0% d'ici le 31 juillet 2026",
    );
    const en = build('en', '2026-01-31');
    expect(en.plans[0]?.name).toBe('Marketing action plan October 2025 – March 2026 — Fieldwise');
    expect(en.objectives[0]?.title).toBe('Grow revenue 30% by 31 March 2026');
  });

  it('refuses a today that is not a real day', () => {
    expect(() => build('fr', '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'invalid-date', field: 'today' }),
    );
  });
});

describe('the French example', () => {
  it('follows French typography in every text it writes', () => {
    const example = build('fr');
    const texts: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(example);
    expect(texts.length).toBeGreaterThan(500);
    for (const text of texts) expectFrenchTypography(text, text.slice(0, 60));
  });
});
