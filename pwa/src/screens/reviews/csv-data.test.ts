import { buildExamplePlan } from '@jalon/core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/messages.ts';
import { labels } from '../../ui/labels.ts';
import { dialects, toCsv } from './csv.ts';
import { actionRows, budgetRows, kpiRows } from './csv-data.ts';
import { messages } from './messages.ts';

let n = 0;
const plan = buildExamplePlan('fr', {
  today: '2026-11-28',
  newId: () => `id-${++n}`,
  now: '2026-11-28T10:00:00.000Z',
});
const t = translator(messages, 'fr');
const tl = translator(labels, 'fr');

describe('actionRows', () => {
  it('has a translated header and one row per action, filed under lever and objective', () => {
    const rows = actionRows(plan, t, tl);
    expect(rows[0]?.slice(0, 3)).toEqual(['Objectif', 'Levier', 'Action']);
    expect(rows).toHaveLength(plan.actions.length + 1);
    const audit = rows.find((r) => String(r[2]).startsWith('Réaliser un audit SEO'))!;
    expect(audit[1]).toBe('SEO');
    // The audit opens the plan: by the example's third month it is done.
    expect(audit[4]).toBe('Fait');
    expect(audit[13]).toEqual({ cents: 400_000 });
  });
});

describe('kpiRows', () => {
  it('gives a KPI without entries one row, and money KPIs in currency units', () => {
    const withEntry = {
      ...plan,
      kpiEntries: [
        {
          id: 'e1',
          planId: plan.plans[0]!.id,
          createdAt: '2027-02-01T00:00:00.000Z',
          updatedAt: '2027-02-01T00:00:00.000Z',
          kpiId: plan.kpis[0]!.id,
          value: 4_500_000,
          date: '2027-01-31',
          source: 'manual' as const,
          note: '',
        },
      ],
    };
    const rows = kpiRows(withEntry, t, tl);
    expect(rows).toHaveLength(plan.kpis.length + 1);
    expect(rows[1]?.[6]).toBe('2027-01-31');
    expect(rows[1]?.[7]).toEqual({ cents: 4_500_000 });
    expect(rows[2]?.[6]).toBe('');
  });
});

describe('budgetRows', () => {
  it('lists each budget line with the currency, and makes a French CSV Excel reads', () => {
    const rows = budgetRows(plan, 'EUR', t);
    expect(rows).toHaveLength(plan.budgetLines.length + 1);
    const text = toCsv(rows, dialects.fr);
    expect(text.startsWith('\ufeffObjectif;Levier;Libellé;Date;Prévu;Réel;Devise\r\n')).toBe(true);
    // Planned and spent so far, both in euros with a decimal comma.
    expect(text).toMatch(/;\d+,\d{2};\d+,\d{2};EUR\r\n/);
    expect(text).not.toMatch(/;\d+,\d{2};0,00;EUR\r\n/);
  });
});
