import { describe, expect, it } from 'vitest';
import { bundleLimits } from './bundle.ts';
import { parseBundle } from './parse.ts';

const STAMP = '2026-03-01T09:00:00.000Z-0000-00000000000000a1';
const AT = '2026-03-01T09:00:00.000Z';

type Row = { id: string; _c: string; _f?: Record<string, string>; _x?: Record<string, string[]> } & Record<
  string,
  unknown
>;

function validBundle() {
  const actions: Row[] = [
    { id: 'a1', planId: 'p1', leverId: 'l1', title: 'Chat', createdAt: AT, updatedAt: AT, _c: STAMP },
  ];
  return {
    format: 'jalon-bundle',
    version: 2,
    exportedAt: AT,
    device: '00000000000000a1',
    tables: {
      plans: [
        {
          id: 'p1',
          name: 'Plan S1',
          period: { start: '2026-01-01', end: '2026-06-30' },
          currency: 'EUR',
          locale: 'fr-FR',
          revenueGoal: 36_000_000,
          averageDealValue: 1_200_000,
          stages: [{ id: 'sql', label: 'SQL', conversionRate: 0.35, source: 'own' }],
          createdAt: AT,
          updatedAt: AT,
          _c: STAMP,
        },
      ],
      levers: [
        { id: 'l1', planId: 'p1', name: 'SEO', channel: 'seo', createdAt: AT, updatedAt: AT, _c: STAMP },
      ],
      actions,
    },
    conflicts: [],
  };
}
type Hostile = ReturnType<typeof validBundle> & Record<string, unknown>;

function codeOf(text: string): string | undefined {
  const result = parseBundle(text);
  return result.ok ? undefined : result.error.code;
}

describe('parseBundle', () => {
  it('reads a valid bundle and fills defaults', () => {
    const result = parseBundle(JSON.stringify(validBundle()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.bundle.tables.actions[0]).toMatchObject({ status: 'todo', importance: 3 });
  });

  it('refuses an empty file', () => {
    expect(codeOf('')).toBe('empty');
    expect(codeOf('  \n ')).toBe('empty');
  });

  it('refuses text that is not JSON', () => {
    expect(codeOf('name;revenue\nPlan;12')).toBe('not-json');
  });

  it('tells a truncated file from one that is not JSON', () => {
    const text = JSON.stringify(validBundle());
    expect(codeOf(text.slice(0, text.length / 2))).toBe('truncated');
  });

  it('refuses a file over the size cap before parsing it', () => {
    const notEvenJson = `{${'x'.repeat(2_000)}`;
    const result = parseBundle(notEvenJson, { maxChars: 1_000 });
    expect(result.ok || result.error.code).toBe('too-large');
    expect(bundleLimits.maxChars).toBeGreaterThanOrEqual(100 * 1_048_576);
  });

  it('refuses 10 000 levels of nesting without overflowing the stack', () => {
    expect(codeOf(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)).toBe('too-deep');
    const deep = validBundle() as Hostile;
    deep.extra = JSON.parse(`${'['.repeat(100)}${']'.repeat(100)}`);
    expect(codeOf(JSON.stringify(deep))).toBe('too-deep');
  });

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses a ${key} key anywhere and pollutes nothing`, () => {
      const text = JSON.stringify(validBundle()).replace(
        '"name":"SEO"',
        `"name":"SEO","${key}":{"polluted":true}`,
      );
      expect(codeOf(text)).toBe('forbidden-key');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses an unknown format', () => {
    expect(codeOf(JSON.stringify({ ...validBundle(), format: 'dexie' }))).toBe('unknown-format');
    expect(codeOf('[1, 2, 3]')).toBe('unknown-format');
    expect(codeOf('"jalon"')).toBe('unknown-format');
  });

  it('asks to update Jalon for a newer format version', () => {
    const result = parseBundle(JSON.stringify({ ...validBundle(), version: 3 }), { locale: 'fr' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('newer-version');
      expect(result.error.message).toMatch(/version plus récente de Jalon/);
    }
  });

  it('refuses wrong types, naming where', () => {
    const bad = validBundle();
    (bad.tables.plans[0] as Record<string, unknown>).revenueGoal = '36000000';
    const result = parseBundle(JSON.stringify(bad));
    expect(result.ok || result.error).toMatchObject({
      code: 'invalid',
      detail: 'tables.plans.0.revenueGoal',
    });
  });

  it('refuses money that is not whole cents and rates outside (0, 1]', () => {
    const cents = validBundle();
    cents.tables.plans[0]!.revenueGoal = 12.5;
    expect(codeOf(JSON.stringify(cents))).toBe('invalid');
    const rate = validBundle();
    rate.tables.plans[0]!.stages[0]!.conversionRate = 1.2;
    expect(codeOf(JSON.stringify(rate))).toBe('invalid');
  });

  it('refuses strings and arrays over their caps', () => {
    const longText = validBundle();
    longText.tables.actions[0]!.title = 'x'.repeat(10_000);
    expect(codeOf(JSON.stringify(longText))).toBe('over-cap');
    const longList = validBundle() as Hostile;
    (longList.tables.actions[0] as Record<string, unknown>).kpiIds = Array.from({ length: 1000 }, () => 'k');
    expect(codeOf(JSON.stringify(longList))).toBe('over-cap');
  });

  it('refuses duplicate ids', () => {
    const dup = validBundle();
    dup.tables.actions.push({ ...dup.tables.actions[0]! });
    expect(codeOf(JSON.stringify(dup))).toBe('duplicate-id');
  });

  it('refuses dangling references', () => {
    const dangling = validBundle();
    dangling.tables.actions[0]!.leverId = 'nowhere';
    expect(codeOf(JSON.stringify(dangling))).toBe('dangling-reference');
    const orphan = validBundle();
    orphan.tables.levers[0]!.planId = 'p2';
    expect(codeOf(JSON.stringify(orphan))).toBe('dangling-reference');
  });

  it('refuses malformed stamps and stamps for unknown fields', () => {
    const stamp = validBundle();
    stamp.tables.actions[0]!._c = 'yesterday';
    expect(codeOf(JSON.stringify(stamp))).toBe('invalid-stamp');
    const field = validBundle() as Hostile;
    (field.tables.actions[0] as Record<string, unknown>)._f = { nope: STAMP };
    expect(codeOf(JSON.stringify(field))).toBe('invalid');
  });

  it('refuses stamps that are not real instants, naming where', () => {
    for (const impossible of [
      '2026-13-01T10:00:00.000Z-0000-00000000000000a1',
      '2026-02-30T10:00:00.000Z-0000-00000000000000a1',
      '2026-03-01T24:00:00.000Z-0000-00000000000000a1',
      '9999-12-31T23:59:59.999Z-ffff-ffffffffffffffff',
    ]) {
      const bundle = validBundle();
      bundle.tables.actions[0]!._f = { title: impossible };
      const result = parseBundle(JSON.stringify(bundle), { locale: 'fr' });
      expect(result.ok || result.error, impossible).toMatchObject({
        code: 'invalid-stamp',
        detail: 'tables.actions.0._f.title',
      });
      if (!result.ok) expect(result.error.message).toMatch(/date de modification impossible/);
    }
  });

  it('refuses, given the reading clock, a file whose stamps run more than a year ahead', () => {
    const now = Date.parse('2026-03-01T09:00:00.000Z');
    const ahead = validBundle();
    ahead.tables.actions[0]!._f = { title: '2027-06-01T10:00:00.000Z-0000-00000000000000a1' };
    const result = parseBundle(JSON.stringify(ahead), { locale: 'en', now });
    expect(result.ok || result.error).toMatchObject({ code: 'clock-ahead', detail: '2027-06-01' });
    const month = validBundle();
    month.tables.actions[0]!._f = { title: '2026-04-01T10:00:00.000Z-0000-00000000000000a1' };
    expect(parseBundle(JSON.stringify(month), { now }).ok).toBe(true);
    expect(parseBundle(JSON.stringify(ahead)).ok).toBe(true);
  });

  it('reads a version-1 file, summarising each field’s history to one stamp per device', () => {
    const v1 = { ...validBundle(), version: 1 };
    const a = (minute: number) =>
      `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z-0000-00000000000000a1`;
    const b = (minute: number) =>
      `2026-03-01T09:${String(minute).padStart(2, '0')}:00.000Z-0000-00000000000000b2`;
    v1.tables.actions[0]!._x = { title: [a(1), a(2), b(3), a(4), b(5)] };
    const result = parseBundle(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.bundle.version).toBe(2);
      expect(result.bundle.tables.actions[0]!._x).toEqual({ title: [a(4), b(5)] });
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      undefined,
      42,
      {},
      'null',
      '{"format":"jalon-bundle","version":1,"tables":null}',
    ]) {
      expect(() => parseBundle(input as unknown as string)).not.toThrow();
      expect(parseBundle(input as unknown as string).ok).toBe(false);
    }
  });

  it('words its messages in French and English', () => {
    const fr = parseBundle('', { locale: 'fr-FR' });
    const en = parseBundle('', { locale: 'en-GB' });
    expect(fr.ok || fr.error.message).toBe('Le fichier est vide.');
    expect(en.ok || en.error.message).toBe('The file is empty.');
  });
});
