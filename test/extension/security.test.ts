import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../support/server.ts';
import {
  clickMenu,
  type Extension,
  grantActiveTab,
  launchExtension,
  openExtensionWindow,
  readTable,
  selectContents,
  TEST_PAGES,
} from './support.ts';

type Row = Record<string, unknown>;

const validCapture = {
  kind: 'selection',
  text: 'forged',
  pageUrl: 'https://evil.example/',
  pageTitle: 'x',
  site: 'x',
  metadata: {},
  figures: [],
  locale: 'en',
};
const validSave = {
  type: 'clip/save',
  draft: { capture: validCapture, saveIdea: true, note: '', tags: [], personaIds: [], kpiValues: [] },
};

describe('security, in Chromium with the built extension', () => {
  let ext: Extension;
  let server: StaticServer;
  let hostile: Page;
  let tabId: number;
  const count = async (table: string) => (await readTable(ext.worker, table)).length;

  beforeAll(async () => {
    server = await serveStatic(TEST_PAGES);
    ext = await launchExtension({ language: 'en' });
    // Records CSP violations in every page, extension pages included: inline code refused is code that tried to run.
    await ext.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.sample}`),
      );
    });
    hostile = await ext.context.newPage();
    await hostile.goto(`${server.url}/hostile.html`);
  });
  afterAll(async () => {
    await ext?.browser.dispose();
    await server?.close();
  });

  it('has only its five permissions at runtime, no host, and cannot read a page the user did not act on', async () => {
    const granted = await ext.worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins).toEqual([]);
    expect([...(granted.permissions ?? [])].sort()).toEqual([
      'activeTab',
      'alarms',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    const tab = await ext.worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
    );
    const attempt = await ext.worker.evaluate(
      (id) =>
        chrome.scripting.executeScript({ target: { tabId: id }, func: () => document.title }).then(
          () => 'read',
          (e: Error) => e.message,
        ),
      tab,
    );
    expect(attempt).toMatch(/Cannot access|permission/);
  });

  it('refuses messages from content scripts, even its own, and stores nothing', async () => {
    tabId = await grantActiveTab(ext, hostile);
    const ideas = await count('ideas');
    const answers = await ext.worker.evaluate(
      async ({ id, messages }) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id },
          // Runs in the page's isolated world, like a content script a page had subverted.
          func: (all: unknown[]) => Promise.all(all.map((m) => chrome.runtime.sendMessage(m))),
          args: [messages],
        });
        return result?.result as { ok: boolean; error?: { code: string } }[];
      },
      { id: tabId, messages: [validSave, { type: 'inbox/refresh' }, { type: 'ideas/list' }] },
    );
    expect(answers.map((a) => a.error?.code)).toEqual([
      'forbidden-sender',
      'forbidden-sender',
      'forbidden-sender',
    ]);
    expect(await count('ideas')).toBe(ideas);
  });

  it('gives web pages no way to message it at all', async () => {
    expect(
      await hostile.evaluate(
        () =>
          typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
  });

  it('refuses malformed messages from its own pages and stores nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.id}/src/options/index.html`);
    const before = {
      ideas: await count('ideas'),
      entries: await count('kpiEntries'),
      actions: await count('actions'),
    };
    const malformed = [
      null,
      42,
      'clip/save',
      { type: 'clip/save' },
      { type: 'db/clear' },
      { ...validSave, planId: 'another-plan' },
      {
        type: 'clip/save',
        draft: { ...validSave.draft, capture: { ...validCapture, text: { toString: 1 } } },
      },
      {
        type: 'clip/save',
        draft: { ...validSave.draft, capture: { ...validCapture, text: 'x'.repeat(25_000) } },
      },
      { type: 'clip/save', draft: { ...validSave.draft, kpiValues: [{ figure: 0, kpiId: 'no such kpi' }] } },
      { type: 'idea/accept', id: 'nope', leverId: 'nope' },
      { type: 'idea/discard', id: '<script>' },
    ];
    const answers = await page.evaluate(
      (all) => Promise.all(all.map((m) => chrome.runtime.sendMessage(m))),
      malformed,
    );
    for (const answer of answers as { ok: boolean }[]) expect(answer.ok).toBe(false);
    expect({
      ideas: await count('ideas'),
      entries: await count('kpiEntries'),
      actions: await count('actions'),
    }).toEqual(before);
    await page.close();
  });

  it('shows clipped script, handlers and javascript: URLs as text in its pages, and runs none of them', async () => {
    await selectContents(hostile, '#payload');
    await clickMenu(ext.worker, tabId, 'clip-selection');
    await hostile.evaluate(() => getSelection()?.removeAllRanges());
    await clickMenu(ext.worker, tabId, 'clip-page');
    await clickMenu(ext.worker, tabId, 'clip-link', { linkUrl: "javascript:window.__pwned='link'" });
    const stored = await readTable(ext.worker, 'ideas');
    const page = stored.find((row) => row.kind === 'page') as Row;
    expect(page.metadata).not.toHaveProperty('canonicalUrl');
    expect(page.metadata).not.toHaveProperty('image');

    await selectContents(hostile, '#payload');
    await hostile.bringToFront();
    const popup = await openExtensionWindow(ext, 'src/popup/index.html');
    await popup.waitForSelector('body[data-ready="true"]');
    expect(await popup.inputValue('textarea[name=text]')).toContain(
      `<img src=x onerror="window.__pwned='text'">`,
    );
    await popup.getByRole('tab', { name: /Ideas/ }).click();
    await popup.locator('.ideas .idea').nth(2).waitFor();
    const shown = await popup.textContent('body');
    expect(shown).toContain(`<script>window.__pwned='description'</script>`);
    expect(shown).toContain(`<img src=x onerror="window.__pwned='link-text'">`);
    expect(shown).toContain("javascript:window.__pwned='link'");

    const verdict = await popup.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      violations: (window as unknown as { __violations?: string[] }).__violations,
      planted: document.querySelectorAll(
        'img, iframe, svg, object, embed, b, [onerror], [onclick], [onload], [onmouseover], a[href^="javascript:" i], script:not([src])',
      ).length,
      links: Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')),
      title: document.title,
    }));
    expect(verdict.pwned).toBeUndefined();
    expect(verdict.violations).toEqual([]);
    expect(verdict.planted).toBe(0);
    expect(verdict.links.every((href) => /^https?:/.test(href ?? ''))).toBe(true);
    expect(verdict.title).toBe('Jalon');
    expect(
      await hostile.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    await popup.close();
  });
  it('reads the real selection even when the page rewrites the selection API', async () => {
    await selectContents(hostile, '#payload');
    // The page's own world lies; the content script runs in the extension's world, which it cannot touch.
    await hostile.evaluate(() => {
      const lie = () => ({ toString: () => 'LIE', rangeCount: 0, isCollapsed: true });
      Object.defineProperty(window, 'getSelection', { value: lie });
      Object.defineProperty(Document.prototype, 'getSelection', { value: lie });
    });
    const outcome = await clickMenu(ext.worker, tabId, 'clip-selection');
    const idea = (await readTable(ext.worker, 'ideas')).find((row) => row.id === outcome?.ideaId);
    expect(String(idea?.text)).toContain('Conversion rose to 12.5%');
  });
});
