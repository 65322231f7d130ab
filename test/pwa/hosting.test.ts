import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CADDYFILE, type HostedApp, serveWithCaddy } from '../support/caddy.ts';
import { type Browser, launch } from '../support/chromium.ts';
import { NGINX_CONF, nginxHasBrotli, serveWithNginx } from '../support/nginx.ts';
import { assertBuilt, DIST, PHONE } from './harness.ts';

type Violation = { directive: string; blocked: string; source: string };

/**
 * The PWA behind each documented server configuration (pwa/deploy/Caddyfile and nginx.conf,
 * docs/hosting.md): the headers a real HTTPS host must send, and a Content-Security-Policy the app
 * runs under with no violation, from the first visit through every screen of a plan.
 */
const hosts = [
  {
    file: 'Caddyfile',
    serve: serveWithCaddy,
    policy: () => /Content-Security-Policy "([^"]+)"/.exec(readFileSync(CADDYFILE, 'utf8'))?.[1],
    brotli: true,
  },
  {
    file: 'nginx.conf',
    serve: serveWithNginx,
    policy: () => /set \$csp "([^"]+)"/.exec(readFileSync(NGINX_CONF, 'utf8'))?.[1],
    // Debian's nginx has brotli only with libnginx-mod-http-brotli-static installed.
    brotli: nginxHasBrotli(),
  },
];

describe.each(hosts)('hosting the PWA with pwa/deploy/$file', ({ serve, policy, brotli: hasBrotli }) => {
  let host: HostedApp;
  let browser: Browser;
  const html = () => readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = () => /src="\/(assets\/index-[^"]+\.js)"/.exec(html())?.[1] ?? 'no entry';
  const get = (path: string, encoding = 'gzip, deflate, br') =>
    fetch(`${host.url}${path}`, { headers: { 'accept-encoding': encoding } });

  beforeAll(async () => {
    assertBuilt();
    host = await serve(DIST);
    browser = await launch({ locale: 'en-GB', viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.dispose();
    await host?.close();
  });

  it('allows the boot script by the hash the build computed, in the header as in the page', () => {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html())?.[1];
    expect(meta, 'index.html has a CSP <meta>').toBeTruthy();
    // A changed boot script changes its hash: copy the build's policy into pwa/deploy/.
    expect(policy()).toBe(`${meta}; frame-ancestors 'none'`);
  });

  it('never caches index.html and sw.js, caches hashed assets for good, and falls back to the app', async () => {
    for (const path of ['/', '/kpi', '/start?mode=example', '/sw.js', '/manifest.webmanifest']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
    }
    const deep = await get('/objectives');
    expect(deep.headers.get('content-type')).toMatch(/^text\/html/);
    expect(deep.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await deep.text()).toContain('<template id="boot-start-fr">');

    const asset = await get(`/${entry()}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // A chunk that is not there (an old page asking after a deploy) is a 404, never index.html.
    const missing = await get('/assets/index-gone.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('sends brotli to browsers that take it where the server can, gzip to the others', async () => {
    const brotli = await get(`/${entry()}`, 'gzip, br');
    expect(brotli.headers.get('content-encoding')).toBe(hasBrotli ? 'br' : 'gzip');
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
    const gzip = await get('/', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toContain('<div id="app"');
  });

  it('sends the security headers of an HTTPS host', async () => {
    const headers = (await get('/')).headers;
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
  });

  /** Every CSP violation the page reports, from its first script on. */
  async function watchViolations(page: Page): Promise<Violation[]> {
    const seen: Violation[] = [];
    await page.exposeFunction('__reportViolation', (v: Violation) => seen.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportViolation(v: Violation): void }).__reportViolation({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}`,
        }),
      );
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        seen.push({ directive: 'console', blocked: message.text(), source: '' });
    });
    return seen;
  }

  it('runs under its Content-Security-Policy with no violation, from the first visit through every screen', async () => {
    const page = await browser.context.newPage();
    const violations = await watchViolations(page);
    await page.goto(host.url);
    await page.waitForURL(/\/start$/);
    await page.getByRole('heading', { name: 'Start' }).waitFor();
    await page.goto(`${host.url}/start?mode=example`);
    await page.click('main button.primary');
    await page.waitForSelector('[data-testid="checklist"]');
    for (const path of ['/kpi', '/objectives', '/personas', '/levers', '/actions', '/timeline', '/budget']) {
      await page.goto(`${host.url}${path}`);
      await page.waitForSelector('main h1');
    }
    for (const path of ['/reviews', '/ideas', '/sync', '/menu', '/today']) {
      await page.goto(`${host.url}${path}`);
      await page.waitForSelector('main h1, main h2');
    }
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(violations).toEqual([]);
    await page.close();
  });
});
