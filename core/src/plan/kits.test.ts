import { describe, expect, it } from 'vitest';
import { daysBetween } from '../dates.ts';
import type { PlanErrorCode } from '../errors.ts';
import { expectFrenchTypography } from '../language.test-support.ts';
import { keyActionSchema } from '../model/key-action.ts';
import { keyDateSchema } from '../model/key-date.ts';
import { leverSchema } from '../model/lever.ts';
import { actionKits, buildKit, KIT_NAME_MAX, type KitId, type KitInput, kitsForChannel } from './kits.ts';
import { resolveSchedule, staleDates } from './schedule-actions.ts';

let n = 0;
const ids = { newId: () => `id-${++n}`, now: '2027-01-04T09:00:00.000Z' };
const input = (fields: Partial<KitInput> = {}): KitInput => ({
  kitId: 'trade-show',
  lang: 'en',
  planId: 'plan',
  leverId: 'lever',
  date: '2027-03-16',
  ...fields,
});
const planError = (code: PlanErrorCode, field: string) =>
  expect.objectContaining({ name: 'PlanError', code, field });

describe('the action kits', () => {
  it('cover trade shows, webinars, SEO and content, paid ads, e-mailing and events', () => {
    expect(actionKits('en').map((k) => k.id)).toEqual([
      'trade-show',
      'webinar',
      'seo-content',
      'paid-ads',
      'emailing',
      'event',
    ]);
  });

  for (const lang of ['fr', 'en'] as const) {
    it(`have every text in ${lang}, each title naming the anchor`, () => {
      for (const kit of actionKits(lang)) {
        const { texts } = kit;
        for (const text of [texts.name, texts.summary, texts.defaultName, texts.dateLabel, texts.lever])
          expect(text.trim(), kit.id).not.toBe('');
        for (const step of [kit.anchor, ...kit.associated]) {
          const action = texts.actions[step.key];
          expect(action, `${kit.id}.${step.key}`).toBeDefined();
          expect(action?.title).toContain('{name}');
          expect(action?.steps.length).toBeGreaterThan(0);
          if (lang === 'fr') {
            for (const t of [action!.title, action!.description, ...action!.steps])
              expectFrenchTypography(t, `${kit.id}.${step.key}`);
          }
        }
        if (lang === 'fr') expectFrenchTypography(texts.summary, `${kit.id} summary`);
      }
    });
  }

  it('give each associated action a distinct key, a duration and an offset from the anchor', () => {
    for (const kit of actionKits('en')) {
      const keys = [kit.anchor, ...kit.associated].map((s) => s.key);
      expect(new Set(keys).size, kit.id).toBe(keys.length);
      expect(kit.anchor.offsetDays).toBe(0);
      for (const step of [kit.anchor, ...kit.associated]) {
        expect(Number.isInteger(step.durationDays) && step.durationDays >= 1).toBe(true);
        expect(Number.isInteger(step.offsetDays)).toBe(true);
      }
    }
  });

  it('offer the kits of a lever’s channel first', () => {
    expect(kitsForChannel('webinars', 'en')[0]?.id).toBe('webinar');
    expect(
      kitsForChannel('events', 'fr')
        .slice(0, 2)
        .map((k) => k.id),
    ).toEqual(['trade-show', 'event']);
    expect(kitsForChannel('sales', 'en').map((k) => k.id)).toEqual(actionKits('en').map((k) => k.id));
  });
});

describe('buildKit', () => {
  it('places a trade show’s invitations 21 days before, a reminder 7 days before, follow-up 2 days after', () => {
    const { actions } = buildKit(input({ name: 'Preventica' }), ids);
    const [stand, invitations, reminder, followUp] = actions;
    expect(stand).toMatchObject({
      title: 'Run the stand — Preventica',
      startDate: '2027-03-16',
      deadline: '2027-03-17',
      durationDays: 2,
    });
    expect(stand?.relativeTo).toBeUndefined();
    expect(invitations).toMatchObject({
      title: 'Send the invitations — Preventica',
      relativeTo: { actionId: stand?.id, offsetDays: -21 },
      startDate: '2027-02-23',
    });
    expect(reminder).toMatchObject({
      relativeTo: { actionId: stand?.id, offsetDays: -7 },
      startDate: '2027-03-09',
    });
    expect(followUp).toMatchObject({
      relativeTo: { actionId: stand?.id, offsetDays: 2 },
      startDate: '2027-03-18',
    });
  });

  for (const kit of actionKits('fr')) {
    it(`stores for ${kit.id} the dates schedule resolves, each record valid`, () => {
      const built = buildKit(input({ kitId: kit.id, lang: 'fr', leverId: undefined, keyDate: 'new' }), ids);
      expect(built.actions).toHaveLength(1 + kit.associated.length);
      expect(staleDates(built.actions, resolveSchedule(built.actions))).toEqual([]);
      for (const a of built.actions) {
        expect(keyActionSchema.safeParse(a).success, a.title).toBe(true);
        expect(a.leverId).toBe(built.levers[0]?.id);
        expect(a.keyDateId).toBe(built.keyDates[0]?.id);
        expect(daysBetween(a.startDate!, a.deadline!) + 1).toBe(a.durationDays);
      }
      expect(built.levers.map((l) => leverSchema.safeParse(l).success)).toEqual([true]);
      expect(built.levers[0]).toMatchObject({
        name: kit.texts.lever,
        channel: kit.channels[0],
        decision: 'start',
      });
      expect(built.keyDates.map((k) => keyDateSchema.safeParse(k).success)).toEqual([true]);
      expect(built.keyDates[0]).toMatchObject({ title: kit.texts.defaultName, date: '2027-03-16' });
    });
  }

  it('adds to the given lever and key date, and names the anchor by default', () => {
    const built = buildKit(
      input({ kitId: 'webinar', keyDate: { id: 'kd' }, name: '   ', owner: ' Sam ' }),
      ids,
    );
    expect(built.levers).toEqual([]);
    expect(built.keyDates).toEqual([]);
    expect(
      built.actions.every((a) => a.leverId === 'lever' && a.keyDateId === 'kd' && a.owner === 'Sam'),
    ).toBe(true);
    expect(built.actions[0]?.title).toBe('Host the webinar — Webinar');
  });

  it('refuses an unknown kit, a date that is not one and a name too long for the titles', () => {
    expect(() => buildKit(input({ kitId: 'podcast' as KitId }), ids)).toThrow(
      planError('invalid-record', 'kitId'),
    );
    expect(() => buildKit(input({ date: '2027-02-30' }), ids)).toThrow(planError('invalid-date', 'date'));
    expect(() => buildKit(input({ name: 'x'.repeat(KIT_NAME_MAX + 1) }), ids)).toThrow(
      planError('invalid-record', 'name'),
    );
  });
});
