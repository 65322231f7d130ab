// fake-indexeddb before core: Dexie picks up the global indexedDB when it loads (see fixtures.ts).
import 'fake-indexeddb/auto';
import { addDays, buildExamplePlan, daysBetween, newId, reverseFunnel } from '@jalon/core';
import { exportBundle } from '@jalon/core/storage';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openScreen, type Seeded, seedExample } from './desk-support.ts';
import { localToday, nodeDb, writeAll } from './fixtures.ts';
import { type App, closeApp, openApp, writeTemp } from './harness.ts';

/**
 * The plan drawn, not typed, in real Chromium at 360 px: the Gantt timeline, the funnel's bars,
 * the levers board moved by keyboard, and an action kit placed around its anchor. Figures are
 * recomputed here with core from the same records; geometry is read from the page.
 */
const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not drawn');
  return b;
};

describe('the Gantt timeline of the example plan', () => {
  let app: App | undefined;
  const example = buildExamplePlan('en', { today: localToday(), newId, now: new Date().toISOString() });

  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    // The example as it comes, every action in its period (the shared fixture moves two to today).
    const db = nodeDb();
    await writeAll(db, example);
    const bundle = await exportBundle(db);
    db.close();
    await app.page.goto(`${app.server.url}/sync`);
    await app.page.setInputFiles('#import-file', await writeTemp('example.json', bundle));
    await app.page.waitForSelector('[data-testid="import-report"]');
    await app.page.evaluate((id) => localStorage.setItem('jalon.planId', id), example.plans[0]!.id);
  });
  afterAll(() => closeApp(app));

  it('timeline: the Gantt chart shows every action of the example, each bar where its dates are', async () => {
    const { page } = app!;
    await openScreen(app!, '/timeline?scale=plan');
    const plan = example.plans[0]!;
    const actions = example.actions;
    const rows = page.locator('.gantt .gantt-row[data-action]');
    expect(await rows.count()).toBe(actions.length);
    expect(await page.locator('.gantt-list li[data-action]').count()).toBe(actions.length);
    for (const action of actions) {
      expect(await page.locator(`.gantt-row[data-action="${action.id}"]`).getAttribute('title')).toContain(
        action.title,
      );
    }
    // Bars sit at their start dates: the x distance between two bars is their distance in days.
    const days = daysBetween(plan.period.start, plan.period.end) + 1;
    const body = await box(page.locator('.gantt-body'));
    const dated = actions.filter((a) => !a.relativeTo && a.startDate! >= plan.period.start);
    const [a, b] = [dated[0]!, dated.at(-1)!];
    const ax = (await box(page.locator(`.gantt-row[data-action="${a.id}"] .gantt-bar`))).x;
    const bx = (await box(page.locator(`.gantt-row[data-action="${b.id}"] .gantt-bar`))).x;
    expect((bx - ax) / body.width).toBeCloseTo(daysBetween(a.startDate!, b.startDate!) / days, 2);
    // Associated actions hang under their anchor, in its lane, with a line to the key date.
    const invitation = actions.find((x) => x.relativeTo && x.relativeTo.offsetDays < 0)!;
    const anchor = actions.find((x) => x.id === invitation.relativeTo!.actionId)!;
    const lane = page.locator('.gantt-lane', { has: page.locator(`[data-action="${anchor.id}"]`) });
    const order = await lane
      .locator('.gantt-row')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(order.indexOf(invitation.id)).toBeGreaterThan(order.indexOf(anchor.id));
    const hanging = lane.locator(`.gantt-row[data-action="${invitation.id}"]`);
    expect(await hanging.getAttribute('data-depth')).toBe('1');
    expect(await hanging.locator('.gantt-hanger').count()).toBe(1);
    // For screen readers, one image named by a summary, then its text; both print, the toolbar does not.
    const figure = page.locator('[data-testid="gantt"]');
    expect(await figure.getAttribute('role')).toBe('img');
    expect(await figure.getAttribute('aria-label')).toContain(`${actions.length} actions`);
    await page.emulateMedia({ media: 'print' });
    expect(await figure.isVisible()).toBe(true);
    expect(await page.locator('.gantt-list').isVisible()).toBe(true);
    expect(await page.locator('.timeline .toolbar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Lanes by owner: the same actions, one lane per owner.
    await page.click('.segmented button.seg-owner');
    expect(await rows.count()).toBe(actions.length);
    const owners = new Set(actions.map((x) => x.owner.trim()));
    expect(await page.locator('.gantt-lane').count()).toBe(owners.size);
  });
});

describe('the drawn plan', () => {
  let app: App | undefined;
  let seed: Seeded;

  beforeAll(async () => {
    app = await openApp({ locale: 'en-GB' });
    seed = await seedExample(app, 'en');
  });
  afterAll(() => closeApp(app));

  it('timeline: a today line on today’s date', async () => {
    const { page } = app!;
    const today = localToday();
    await openScreen(app!, `/timeline?scale=month&at=${today}`);
    const body = await box(page.locator('.gantt-body'));
    const line = await box(page.locator('[data-testid="gantt-today"]'));
    const first = `${today.slice(0, 8)}01`;
    const last = addDays(`${addDays(first, 32).slice(0, 8)}01`, -1);
    const share = (daysBetween(first, today) + 0.5) / (daysBetween(first, last) + 1);
    expect((line.x - body.x) / body.width).toBeCloseTo(share, 1);
  });

  it('objectives: the funnel’s bars are as wide as each stage’s count, and a tapped bar edits its rate', async () => {
    const { page } = app!;
    await openScreen(app!, '/objectives');
    const plan = seed.records('plans')[0]!;
    const widths = async () =>
      page.locator('.funnel-bars > li').evaluateAll((items) =>
        items.map((li) => {
          const bar = li.querySelector('.funnel-bar') as HTMLElement;
          return bar.getBoundingClientRect().width / (bar.parentElement as HTMLElement).clientWidth;
        }),
      );
    const expectProportional = async (stages: typeof plan.stages) => {
      const funnel = reverseFunnel({
        goal: { revenue: plan.revenueGoal, averageDealValue: plan.averageDealValue },
        stages,
      });
      const counts = [...funnel.stages.map((s) => s.count), funnel.customers];
      const shares = await widths();
      expect(shares).toHaveLength(counts.length);
      for (const [i, count] of counts.entries()) {
        // Bars keep 3 px at least, so that a tiny stage stays visible.
        if (count / counts[0]! > 0.02) expect(shares[i], `stage ${i}`).toBeCloseTo(count / counts[0]!, 2);
      }
    };
    await expectProportional(plan.stages);
    const stage = plan.stages[1]!;
    const bar = page.locator(`.funnel-bars li[data-stage="${stage.id}"] button.funnel-bar-button`);
    await bar.click();
    expect(await bar.getAttribute('aria-expanded')).toBe('true');
    const input = page.locator(`input[name="rate-${stage.id}"]`);
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('50');
    const edited = plan.stages.map((s) => (s.id === stage.id ? { ...s, conversionRate: 0.5 } : s));
    await expect
      .poll(() => page.locator(`li[data-stage="${stage.id}"] .funnel-rate`).textContent())
      .toContain('50%');
    await expectProportional(edited);
    await page.keyboard.press('Escape');
    expect(await input.count()).toBe(0);
  });

  it('levers: a lever moves across the board by keyboard, the focus with it', async () => {
    const { page } = app!;
    await openScreen(app!, '/levers');
    const lever = seed.records('levers').find((l) => l.decision === 'continue')!;
    const name = page.locator(`li[data-lever="${lever.id}"] .board-name`);
    await name.focus();
    await page.keyboard.press('ArrowRight');
    const inStop = page.locator(`section[data-group="stop"] li[data-lever="${lever.id}"]`);
    await inStop.waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-lever]')?.getAttribute('data-lever')),
      )
      .toBe(lever.id);
    expect(await page.locator('[data-testid="board-status"]').textContent()).toBe(
      `“${lever.name}” is now in the Stop column.`,
    );
    await page.keyboard.press('ArrowRight');
    await page.locator(`section[data-group="start"] li[data-lever="${lever.id}"]`).waitFor();
    await page.reload();
    await page.waitForSelector('main .desk');
    expect(await page.locator(`section[data-group="start"] li[data-lever="${lever.id}"]`).count()).toBe(1);
    // And back two columns with two quick presses: the second moves on from where the first went.
    await page.locator(`li[data-lever="${lever.id}"] .board-name`).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.locator(`section[data-group="continue"] li[data-lever="${lever.id}"]`).waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-lever]')?.getAttribute('data-lever')),
      )
      .toBe(lever.id);
  });

  it('actions: a trade show kit adds its actions, the associated ones placed relative to the stand', async () => {
    const { page } = app!;
    await openScreen(app!, '/actions');
    const events = seed.records('levers').find((l) => l.channel === 'events')!;
    const group = page.locator(`.tree-lever[data-lever="${events.id}"]`);
    await group.getByRole('button', { name: `Start from a kit for “${events.name}”` }).click();
    const form = group.locator('[data-testid="kit-form"]');
    expect(await form.locator('input[name="kit"]').first().isChecked()).toBe(true); // the trade show, for this lever
    const show = addDays(localToday(), 60);
    await form.locator('input[name="kit-name"]').fill('Preventica');
    await form.locator('input[name="kit-date"]').fill(show);
    expect(await form.locator('select[name="kit-key-date"]').inputValue()).toBe('new');
    await form.getByRole('button', { name: 'Add these 4 actions' }).click();
    await form.waitFor({ state: 'detached' });

    const row = (title: string) =>
      group.locator('li[data-action]').filter({ has: page.getByText(title, { exact: true }) });
    const stand = 'Run the stand — Preventica';
    await row(stand).waitFor();
    expect(await row(stand).locator('.when').textContent()).toContain(
      new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${show}T00:00:00Z`)),
    );
    expect(await row('Send the invitations — Preventica').locator('.when').textContent()).toContain(
      `21 d before “${stand}”`,
    );
    expect(await row('Remind the invitees — Preventica').locator('.when').textContent()).toContain(
      `7 d before “${stand}”`,
    );
    expect(await row('Follow up the contacts met — Preventica').locator('.when').textContent()).toContain(
      `2 d after “${stand}”`,
    );
    // On the timeline they hang from the new key date, at their dates.
    await openScreen(app!, `/timeline?at=${show}&scale=plan`);
    const invitations = page.locator('.gantt-row', {
      has: page.getByText('Send the invitations — Preventica'),
    });
    // The plan scale shows the plan's period; open the kit's quarter if the show falls outside it.
    if ((await invitations.count()) === 0)
      await openScreen(app!, `/timeline?at=${addDays(show, -21)}&scale=quarter`);
    expect(await invitations.getAttribute('data-start')).toBe(addDays(show, -21));
    expect(await invitations.getAttribute('data-depth')).toBe('1');
    expect(await page.locator('.gantt [data-key-date]').count()).toBeGreaterThan(0);
  });
});
